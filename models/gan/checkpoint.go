package gan

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/ganpipe/ganpipe/models/nn"
)

// ganLoop is the state of a GAN training loop besides the model's own
// parameters: both players' optimizer states and historical averages, the
// divergence snapshot and the data sampler. Spectral normalization's power
// iteration vectors live in the model (m.sn) and are saved with it. It is
// the trainer's nn.LoopState.
type ganLoop struct {
	m        *GAN
	dst, gst *nn.OptState
	dh, gh   *histAvg
	// dParams and gParams are the arrays the two players' historical
	// averages follow (their graphs' parameters).
	dParams, gParams [][]float32
	snap             [][]float32
	sampler          *nn.Sampler
}

// SaveState implements nn.LoopState.
func (s *ganLoop) SaveState(it int) []byte { return s.save(s.m, it) }

// LoadState implements nn.LoopState: the historical averages get their
// arrays first, so that their shapes are checked like every other array's.
func (s *ganLoop) LoadState(state []byte) (int, error) {
	s.dh.startFrom(s.dParams)
	s.gh.startFrom(s.gParams)
	return s.load(s.m, state)
}

// groups lists the float32 arrays of a checkpoint in a fixed order. A
// historical average that has not started (or is off) is an empty group.
func (s *ganLoop) groups(m *GAN) [][][]float32 {
	return [][][]float32{m.params(), s.dst.M, s.dst.V, s.gst.M, s.gst.V, s.dh.mean, s.gh.mean, s.snap}
}

// save encodes the loop after generator update it.
func (s *ganLoop) save(m *GAN, it int) []byte {
	var extra bytes.Buffer
	w := func(v any) { binary.Write(&extra, binary.LittleEndian, v) }
	w([]int64{int64(s.dst.T), int64(s.gst.T), int64(s.dh.n), int64(s.gh.n), int64(len(m.sn))})
	for _, st := range m.sn {
		w(st.u)
		w(st.v)
		w(st.sigma)
	}
	for _, g := range m.srGamma { // dynamic spectral compensation's maxima
		w(g)
	}
	return nn.EncodeLoop(it, s.groups(m), []*nn.Sampler{s.sampler}, extra.Bytes())
}

// load restores a state from save and returns its generator update. The
// historical averages must already have their arrays (histAvg.startFrom), so
// that their shapes are checked like every other array's.
func (s *ganLoop) load(m *GAN, state []byte) (int, error) {
	it, extra, err := nn.DecodeLoop(state, s.groups(m), []*nn.Sampler{s.sampler})
	if err != nil {
		return 0, err
	}
	r := bytes.NewReader(extra)
	var head [5]int64
	if err := binary.Read(r, binary.LittleEndian, head[:]); err != nil || head[4] != int64(len(m.sn)) {
		return 0, fmt.Errorf("%w: GAN loop counters or spectral-norm states missing", nn.ErrBadState)
	}
	for _, st := range m.sn {
		u, v := make([]float64, len(st.u)), make([]float64, len(st.v))
		var sigma float64
		for _, x := range []any{u, v, &sigma} {
			if err := binary.Read(r, binary.LittleEndian, x); err != nil {
				return 0, fmt.Errorf("%w: spectral-norm state truncated", nn.ErrBadState)
			}
		}
		if math.IsNaN(sigma) {
			return 0, fmt.Errorf("%w: spectral-norm sigma is NaN", nn.ErrBadState)
		}
		copy(st.u, u)
		copy(st.v, v)
		st.sigma = sigma
	}
	for _, g := range m.srGamma {
		if err := binary.Read(r, binary.LittleEndian, g); err != nil {
			return 0, fmt.Errorf("%w: spectral-regularization maxima truncated", nn.ErrBadState)
		}
	}
	if r.Len() != 0 {
		return 0, fmt.Errorf("%w: trailing bytes after the GAN loop state", nn.ErrBadState)
	}
	s.dst.T, s.gst.T, s.dh.n, s.gh.n = int(head[0]), int(head[1]), int(head[2]), int(head[3])
	return it, nil
}

// startFrom gives a historical average its arrays, shaped like params,
// before a resume overwrites them (apply would take them from params on
// its first call, which a resumed loop has already made).
func (h *histAvg) startFrom(params [][]float32) {
	if h.lam <= 0 || h.mean != nil {
		return
	}
	for _, p := range params {
		h.mean = append(h.mean, make([]float32, len(p)))
	}
}
