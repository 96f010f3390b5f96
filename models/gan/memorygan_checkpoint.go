package gan

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/ganpipe/ganpipe/models/nn"
)

// mgLoop is a MemoryGAN training loop's state besides the caller's random
// generator: the networks' tensors (the DCGAN-shaped G and D with G's
// batch-norm running statistics, the query layer and its batch norm), both
// players' Adam moments and step counts, the data sampler and the memory
// (keys, values, ages, histograms, in float64 as trained). It is Train's
// nn.LoopState, so a run resumed from the state saved after iteration k
// runs iterations k+1 on bit for bit as an uninterrupted one.
type mgLoop struct {
	m        *MemoryGAN
	dst, gst *nn.OptState
	sampler  *nn.Sampler
}

// SaveState implements nn.LoopState.
func (s *mgLoop) SaveState(it int) []byte {
	var extra bytes.Buffer
	w := func(v any) { binary.Write(&extra, binary.LittleEndian, v) }
	w([]int64{int64(s.dst.T), int64(s.gst.T)})
	for _, a := range s.memArrays() {
		w(int64(len(a)))
		w(a)
	}
	return nn.EncodeLoop(it, s.groups(), []*nn.Sampler{s.sampler}, extra.Bytes())
}

// LoadState implements nn.LoopState: array shapes must match exactly (a
// state of another configuration is refused with nn.ErrBadState).
func (s *mgLoop) LoadState(state []byte) (int, error) {
	it, extra, err := nn.DecodeLoop(state, s.groups(), []*nn.Sampler{s.sampler})
	if err != nil {
		return 0, err
	}
	r := bytes.NewReader(extra)
	var t [2]int64
	if err := binary.Read(r, binary.LittleEndian, t[:]); err != nil {
		return 0, fmt.Errorf("%w: MemoryGAN optimizer counters missing", nn.ErrBadState)
	}
	mem := s.memArrays()
	got := make([][]float64, len(mem))
	for i, a := range mem {
		var n int64
		if err := binary.Read(r, binary.LittleEndian, &n); err != nil || n != int64(len(a)) {
			return 0, fmt.Errorf("%w: memory array %d has %d values, want %d", nn.ErrBadState, i, n, len(a))
		}
		got[i] = make([]float64, n)
		if err := binary.Read(r, binary.LittleEndian, got[i]); err != nil {
			return 0, fmt.Errorf("%w: memory state truncated", nn.ErrBadState)
		}
		for _, v := range got[i] {
			if math.IsNaN(v) {
				return 0, fmt.Errorf("%w: memory array %d holds NaN", nn.ErrBadState, i)
			}
		}
	}
	if r.Len() != 0 {
		return 0, fmt.Errorf("%w: trailing bytes after the MemoryGAN loop state", nn.ErrBadState)
	}
	for i, a := range mem {
		copy(a, got[i])
	}
	s.dst.T, s.gst.T = int(t[0]), int(t[1])
	return it, nil
}

// groups lists the float32 arrays of a checkpoint in a fixed order.
func (s *mgLoop) groups() [][][]float32 {
	params := s.m.gan.params()
	if s.m.qW != nil {
		params = append(params, s.m.qW.W, s.m.qBN.W, s.m.qBN.B)
	}
	return [][][]float32{params, s.dst.M, s.dst.V, s.gst.M, s.gst.V}
}

// memArrays is the memory's state (none without memory).
func (s *mgLoop) memArrays() [][]float64 {
	if s.m.mem == nil {
		return nil
	}
	mem := s.m.mem
	return [][]float64{mem.Keys, mem.Values, mem.Ages, mem.Hist}
}
