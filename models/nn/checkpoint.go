package nn

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// TrainHook lets the caller of a training loop checkpoint it and resume it.
// The loop hands its whole state (iteration, parameters, optimizer
// velocities, minibatch sampler positions) to Save as opaque bytes, and
// starts from the bytes Resume returns. Random draws are the caller's:
// the loop's generator is the caller's *rand.Rand, so the caller saves
// and restores its position (Resume runs after the loop has made its
// initial draws and before the first iteration's).
//
// A nil hook (the Optimizer zero value) changes nothing, and resuming from a
// state saved after iteration k gives bit for bit the iterations an
// uninterrupted loop computes from k+1 on.
type TrainHook interface {
	// Resume returns the state of an earlier Save to start from, or nil.
	Resume() ([]byte, error)
	// Due reports whether to Save after iteration it (1-based; the last
	// one too, so a caller running several loops can keep each one's end).
	Due(it int) bool
	// Save receives the state after iteration it.
	Save(it int, state []byte) error
}

// ErrBadState: a state given to resume from does not fit the loop.
var ErrBadState = errors.New("models: checkpoint state does not fit this training loop")

const loopStateMagic = "ganpipe-loop 1"

// graphNetState is a GraphNet's LoopState: parameters, the optimizer's
// moments, samplers and, if kept, the best iterate. The optimizer's update
// count is the iteration (one update per iteration), so it is not saved.
type graphNetState struct {
	t   *GraphNet
	opt *OptState
}

// groups lists the state's arrays: parameters, M, and V if the rule has one
// (an SGD state is the same bytes as before the optimizers were one type).
func (s graphNetState) groups() [][][]float32 {
	g := [][][]float32{s.t.ParamData, s.opt.M}
	if s.opt.V != nil {
		g = append(g, s.opt.V)
	}
	return g
}

// SaveState implements LoopState.
func (s graphNetState) SaveState(it int) []byte {
	t := s.t
	var extra []byte
	if t.Best != nil {
		extra = t.Best.saveExtra()
	}
	return EncodeLoop(it, s.groups(), t.Samplers, extra)
}

// LoadState implements LoopState.
func (s graphNetState) LoadState(state []byte) (int, error) {
	t := s.t
	it, extra, err := DecodeLoop(state, s.groups(), t.Samplers)
	if err != nil {
		return 0, err
	}
	s.opt.T = it
	if (len(extra) > 0) != (t.Best != nil) {
		return 0, fmt.Errorf("%w: extra state present: %v, expected: %v", ErrBadState, len(extra) > 0, t.Best != nil)
	}
	if t.Best != nil {
		if err := t.Best.loadExtra(extra); err != nil {
			return 0, err
		}
	}
	return it, nil
}

// EncodeLoop writes a loop's state: its iteration, groups of float32
// arrays (parameters, optimizer moments, ...), its samplers' permutations
// and positions, and extra bytes of its own.
func EncodeLoop(it int, groups [][][]float32, samplers []*Sampler, extra []byte) []byte {
	var b bytes.Buffer
	w := func(v any) { binary.Write(&b, binary.LittleEndian, v) }
	b.WriteString(loopStateMagic)
	w(int64(it))
	w(int64(len(groups)))
	for _, arrays := range groups {
		w(int64(len(arrays)))
		for _, a := range arrays {
			w(int64(len(a)))
			w(a)
		}
	}
	w(int64(len(samplers)))
	for _, s := range samplers {
		w(int64(len(s.idx)))
		idx := make([]int64, len(s.idx))
		for i, v := range s.idx {
			idx[i] = int64(v)
		}
		w(idx)
		w(int64(s.pos))
	}
	w(int64(len(extra)))
	b.Write(extra)
	return b.Bytes()
}

// DecodeLoop restores what EncodeLoop wrote into the given arrays and
// samplers, returning the iteration and the extra bytes. The shapes must
// match exactly: a state of another architecture is refused, and nothing is
// applied unless all of it fits.
func DecodeLoop(state []byte, groups [][][]float32, samplers []*Sampler) (int, []byte, error) {
	r := &loopReader{r: bytes.NewReader(state)}
	magic := make([]byte, len(loopStateMagic))
	if _, err := r.r.Read(magic); err != nil || string(magic) != loopStateMagic {
		return 0, nil, fmt.Errorf("%w: not a loop state", ErrBadState)
	}
	var it int64
	r.read(&it)
	decoded, err := r.groups(groups)
	if err != nil {
		return 0, nil, err
	}
	ss, err := r.samplers(samplers)
	if err != nil {
		return 0, nil, err
	}
	var extra []byte
	var n int64
	r.read(&n)
	if r.err == nil && n >= 0 && n <= int64(r.r.Len()) {
		extra = make([]byte, n)
		r.read(extra)
	}
	if r.err != nil || r.r.Len() != 0 || it < 0 || it > math.MaxInt32 {
		return 0, nil, fmt.Errorf("%w: truncated or trailing bytes", ErrBadState)
	}
	for k, arrays := range groups {
		for i, a := range arrays {
			copy(a, decoded[k][i])
		}
	}
	for i, s := range samplers {
		copy(s.idx, ss[i].idx)
		s.pos = ss[i].pos
	}
	return int(it), extra, nil
}

// loopReader reads a loop state's little-endian fields, keeping the first
// error (later reads do nothing).
type loopReader struct {
	r   *bytes.Reader
	err error
}

func (l *loopReader) read(v any) {
	if l.err == nil {
		l.err = binary.Read(l.r, binary.LittleEndian, v)
	}
}

// groups reads the array groups, checking each count and length against
// want's; it returns new arrays (nothing is applied yet).
func (l *loopReader) groups(want [][][]float32) ([][][]float32, error) {
	var n int64
	l.read(&n)
	if l.err != nil || n != int64(len(want)) {
		return nil, fmt.Errorf("%w: %d array groups, want %d", ErrBadState, n, len(want))
	}
	decoded := make([][][]float32, len(want))
	for k, arrays := range want {
		l.read(&n)
		if l.err != nil || n != int64(len(arrays)) {
			return nil, fmt.Errorf("%w: %d arrays, want %d", ErrBadState, n, len(arrays))
		}
		for _, a := range arrays {
			l.read(&n)
			if l.err != nil || n != int64(len(a)) {
				return nil, fmt.Errorf("%w: array of %d values, want %d", ErrBadState, n, len(a))
			}
			d := make([]float32, n)
			l.read(d)
			decoded[k] = append(decoded[k], d)
		}
	}
	return decoded, nil
}

// samplerState is a decoded sampler, not yet applied.
type samplerState struct {
	idx []int
	pos int
}

// samplers reads the samplers' permutations and positions, checking them
// against want's sizes and ranges.
func (l *loopReader) samplers(want []*Sampler) ([]samplerState, error) {
	var n int64
	l.read(&n)
	if l.err != nil || n != int64(len(want)) {
		return nil, fmt.Errorf("%w: %d samplers, want %d", ErrBadState, n, len(want))
	}
	var ss []samplerState
	for _, s := range want {
		l.read(&n)
		if l.err != nil || n != int64(len(s.idx)) {
			return nil, fmt.Errorf("%w: sampler of %d rows, want %d", ErrBadState, n, len(s.idx))
		}
		idx := make([]int64, n)
		l.read(idx)
		var pos int64
		l.read(&pos)
		st := samplerState{idx: make([]int, n), pos: int(pos)}
		for i, v := range idx {
			if v < 0 || v >= n {
				return nil, fmt.Errorf("%w: sampler index %d out of range", ErrBadState, v)
			}
			st.idx[i] = int(v)
		}
		if pos < 0 || pos > n {
			return nil, fmt.Errorf("%w: sampler position %d out of range", ErrBadState, pos)
		}
		ss = append(ss, st)
	}
	return ss, nil
}

// saveExtra implements loopExtra: the kept iterate, its loss and iteration.
func (b *BestIterate) saveExtra() []byte {
	var buf bytes.Buffer
	w := func(v any) { binary.Write(&buf, binary.LittleEndian, v) }
	w(int64(b.Iter))
	w(b.Loss)
	w(int64(len(b.best)))
	for _, p := range b.best {
		w(int64(len(p)))
		w(p)
	}
	return buf.Bytes()
}

// loadExtra implements loopExtra.
func (b *BestIterate) loadExtra(state []byte) error {
	r := bytes.NewReader(state)
	var err error
	rd := func(v any) {
		if err == nil {
			err = binary.Read(r, binary.LittleEndian, v)
		}
	}
	var it, n int64
	var loss float64
	rd(&it)
	rd(&loss)
	rd(&n)
	if err != nil || n != int64(len(b.best)) {
		return fmt.Errorf("%w: best iterate of %d arrays, want %d", ErrBadState, n, len(b.best))
	}
	best := make([][]float32, n)
	for i, p := range b.best {
		rd(&n)
		if err != nil || n != int64(len(p)) {
			return fmt.Errorf("%w: best iterate array of %d values, want %d", ErrBadState, n, len(p))
		}
		best[i] = make([]float32, n)
		rd(best[i])
	}
	if err != nil || r.Len() != 0 {
		return fmt.Errorf("%w: best iterate truncated", ErrBadState)
	}
	b.Iter, b.Loss = int(it), loss
	for i := range b.best {
		copy(b.best[i], best[i])
	}
	return nil
}

// OptLoopState is the LoopState of a loop that updates Params with one or
// more optimizer states (the classifier's one, VEEGAN's two players) and
// draws from one sampler.
type OptLoopState struct {
	Params  [][]float32
	Opts    []*OptState
	Sampler *Sampler
}

// groups lists the arrays: the parameters, then each optimizer's moments.
func (s OptLoopState) groups() [][][]float32 {
	g := [][][]float32{s.Params}
	for _, o := range s.Opts {
		g = append(g, o.M, o.V)
	}
	return g
}

// SaveState implements LoopState: the arrays, the sampler and the
// optimizers' step counts.
func (s OptLoopState) SaveState(it int) []byte {
	var extra []byte
	for _, o := range s.Opts {
		extra = binary.LittleEndian.AppendUint64(extra, uint64(o.T))
	}
	return EncodeLoop(it, s.groups(), []*Sampler{s.Sampler}, extra)
}

// LoadState implements LoopState.
func (s OptLoopState) LoadState(state []byte) (int, error) {
	it, extra, err := DecodeLoop(state, s.groups(), []*Sampler{s.Sampler})
	if err != nil {
		return 0, err
	}
	if len(extra) != 8*len(s.Opts) {
		return 0, fmt.Errorf("%w: %d bytes of optimizer step counts, want %d", ErrBadState, len(extra), 8*len(s.Opts))
	}
	for i, o := range s.Opts {
		o.T = int(binary.LittleEndian.Uint64(extra[8*i:]))
	}
	return it, nil
}
