package nn

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"
)

// memHook is a TrainHook that keeps the last saved state in memory.
type memHook struct {
	every   int
	resume  []byte
	saved   []byte
	savedAt []int
}

func (h *memHook) Resume() ([]byte, error) { return h.resume, nil }
func (h *memHook) Due(it int) bool         { return it%h.every == 0 }
func (h *memHook) Save(it int, s []byte) error {
	h.saved = append([]byte(nil), s...)
	h.savedAt = append(h.savedAt, it)
	return nil
}

// counterState is a LoopState of one float32 array.
type counterState struct{ w []float32 }

func (s counterState) SaveState(it int) []byte {
	return EncodeLoop(it, [][][]float32{{s.w}}, nil, nil)
}
func (s counterState) LoadState(b []byte) (int, error) {
	it, _, err := DecodeLoop(b, [][][]float32{{s.w}}, nil)
	return it, err
}

// TestLoopOrder checks what one iteration of the loop does, in order: the
// step, the observer with the step's terms, the checkpoint when due.
func TestLoopOrder(t *testing.T) {
	var log []string
	w := []float32{0}
	hook := &memHook{every: 2}
	l := Loop{
		Iters: 3,
		Step:  func(it int) error { w[0] += float32(it); log = append(log, "step"); return nil },
		Terms: func(it int, terms map[string]float64) { terms["w"] = float64(w[0]) },
		Observer: func(it, total int, terms map[string]float64) {
			if total != 3 {
				t.Errorf("observer total %d, want 3", total)
			}
			log = append(log, "obs")
		},
		Hook:  hook,
		State: counterState{w},
	}
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(log, " "); got != "step obs step obs step obs" {
		t.Errorf("loop order %q", got)
	}
	if len(hook.savedAt) != 1 || hook.savedAt[0] != 2 {
		t.Errorf("saved at %v, want [2]", hook.savedAt)
	}
	// Resuming from the state after iteration 2 runs iteration 3 only,
	// from w = 1+2: the result is the uninterrupted run's 6 exactly.
	w2 := []float32{-1}
	steps := 0
	r := Loop{Iters: 3, Step: func(it int) error { steps++; w2[0] += float32(it); return nil },
		Hook: &memHook{every: 100, resume: hook.saved}, State: counterState{w2}}
	if err := r.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if steps != 1 || w2[0] != w[0] {
		t.Errorf("resumed: %d steps, w %v; want 1 step, w %v", steps, w2[0], w[0])
	}
}

// TestLoopStops checks cancellation (between iterations) and the NaN guard
// (OnDiverge runs, the error names the iteration and wraps ErrDiverged).
func TestLoopStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	steps := 0
	l := Loop{Iters: 10, Step: func(it int) error {
		steps++
		if it == 3 {
			cancel()
		}
		return nil
	}}
	if err := l.Run(ctx); !errors.Is(err, context.Canceled) || steps != 3 {
		t.Errorf("cancelled at 3: err %v after %d steps, want context.Canceled after 3", err, steps)
	}
	diverged := 0
	l = Loop{Iters: 10, Unit: "generator update",
		Step: func(it int) error {
			if it == 4 {
				return Finite("generator loss", math.NaN())
			}
			return Finite("generator loss", 1)
		},
		OnDiverge: func(it int) { diverged = it },
	}
	err := l.Run(context.Background())
	if !errors.Is(err, ErrDiverged) || diverged != 4 || !strings.HasPrefix(err.Error(), "generator update 4: generator loss NaN") {
		t.Errorf("NaN at 4: err %v, OnDiverge at %d", err, diverged)
	}
	other := errors.New("graph failed")
	diverged = 0
	l.Step = func(int) error { return other }
	if err := l.Run(context.Background()); !errors.Is(err, other) || diverged != 0 {
		t.Errorf("a failing step: err %v, OnDiverge at %d; want the error and no OnDiverge", err, diverged)
	}
}

// TestLoopBest checks best-iterate keeping: checked before the first
// iteration and every BestEvery-th, reported as kept_iter / kept_loss,
// restored at the end.
func TestLoopBest(t *testing.T) {
	w := []float32{0}
	// The loss of w: lowest at w = 3.
	loss := func() float64 { return math.Abs(float64(w[0]) - 3) }
	var kept []float64
	l := Loop{
		Iters:     6,
		Step:      func(int) error { w[0]++; return nil },
		Observer:  func(_, _ int, terms map[string]float64) { kept = append(kept, terms["kept_iter"]) },
		Best:      NewBestIterate([][]float32{w}, loss),
		BestEvery: 2,
	}
	if err := l.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Checked at 0 (w 0, loss 3), 2 (w 2, loss 1), 4 (w 4, loss 1: not
	// strictly lower, so 2 stays), 6 (w 6, loss 3).
	if w[0] != 2 {
		t.Errorf("restored w %v, want 2 (the iterate kept at iteration 2)", w[0])
	}
	if want := []float64{0, 2, 2, 2, 2, 2}; fmt.Sprint(kept) != fmt.Sprint(want) {
		t.Errorf("kept_iter over the run %v, want %v", kept, want)
	}
}

// TestLoopStateRefused: a loop state round-trips, and one of another shape,
// cut short or with trailing bytes is refused with ErrBadState without
// touching the arrays or samplers it was to restore.
func TestLoopStateRefused(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	w := [][]float32{{1, 2, 3}, {4}}
	s := NewSampler(5, rng)
	s.Next()
	state := EncodeLoop(7, [][][]float32{w}, []*Sampler{s}, []byte("x"))

	w2 := [][]float32{{0, 0, 0}, {0}}
	s2 := NewSampler(5, rand.New(rand.NewSource(9)))
	it, extra, err := DecodeLoop(state, [][][]float32{w2}, []*Sampler{s2})
	if err != nil || it != 7 || string(extra) != "x" || fmt.Sprint(w2) != fmt.Sprint(w) || fmt.Sprint(s2.idx, s2.pos) != fmt.Sprint(s.idx, s.pos) {
		t.Fatalf("round trip: it %d extra %q err %v, w %v sampler %v %d", it, extra, err, w2, s2.idx, s2.pos)
	}
	for _, c := range []struct {
		name     string
		state    []byte
		groups   [][][]float32
		samplers []*Sampler
	}{
		{"short array", state, [][][]float32{{{0, 0}, {0}}}, []*Sampler{NewSampler(5, rng)}},
		{"two groups", state, [][][]float32{{{0, 0, 0}, {0}}, {}}, []*Sampler{NewSampler(5, rng)}},
		{"sampler size", state, [][][]float32{{{0, 0, 0}, {0}}}, []*Sampler{NewSampler(6, rng)}},
		{"no sampler", state, [][][]float32{{{0, 0, 0}, {0}}}, nil},
		{"truncated", state[:len(state)-3], [][][]float32{{{0, 0, 0}, {0}}}, []*Sampler{NewSampler(5, rng)}},
		{"trailing", append(append([]byte(nil), state...), 0), [][][]float32{{{0, 0, 0}, {0}}}, []*Sampler{NewSampler(5, rng)}},
		{"not a state", []byte("hello"), [][][]float32{{{0, 0, 0}, {0}}}, nil},
	} {
		before := fmt.Sprint(c.groups)
		var pos []int
		for _, sm := range c.samplers {
			pos = append(pos, sm.pos)
		}
		if _, _, err := DecodeLoop(c.state, c.groups, c.samplers); !errors.Is(err, ErrBadState) {
			t.Errorf("%s: err %v, want ErrBadState", c.name, err)
		}
		if fmt.Sprint(c.groups) != before {
			t.Errorf("%s: arrays changed to %v", c.name, c.groups)
		}
		for i, sm := range c.samplers {
			if sm.pos != pos[i] {
				t.Errorf("%s: sampler moved", c.name)
			}
		}
	}
}
