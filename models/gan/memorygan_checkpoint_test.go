package gan

import (
	"context"
	"math/rand"
	"testing"
)

// countedSource is a seeded math/rand source that counts its steps, so a
// resumed run can put its generator where the interrupted one was (the
// stages do the same with their countingSource).
type countedSource struct {
	src rand.Source64
	n   int
}

func (s *countedSource) Int63() int64    { s.n++; return s.src.Int63() }
func (s *countedSource) Uint64() uint64  { s.n++; return s.src.Uint64() }
func (s *countedSource) Seed(seed int64) { s.src.Seed(seed); s.n = 0 }

// saveAtHook saves the loop's state once, after iteration at, with the
// random generator's position; as a resume hook it returns resume and
// moves the generator to skipTo first (as the stages' hook does when the
// loop asks for its state, after the trainer's setup has drawn).
type saveAtHook struct {
	at     int
	src    *countedSource
	state  []byte
	draws  int
	resume []byte
	skipTo int
}

func (h *saveAtHook) Resume() ([]byte, error) {
	for h.src.n < h.skipTo {
		h.src.Uint64()
	}
	return h.resume, nil
}
func (h *saveAtHook) Due(it int) bool { return it == h.at }
func (h *saveAtHook) Save(it int, s []byte) error {
	h.state, h.draws = append([]byte(nil), s...), h.src.n
	return nil
}

// A MemoryGAN run resumed from the state saved after iteration 2 of 5 (and
// the random generator moved to where it was) ends bit for bit where the
// uninterrupted run does: the generator's tensors, the memory, and the
// samples drawn after training. With and without memory.
func TestMemoryGANResumesBitForBit(t *testing.T) {
	for _, noMem := range []bool{false, true} {
		data := make([]float32, 20*64)
		dr := rand.New(rand.NewSource(11))
		for i := range data {
			data[i] = dr.Float32()
		}
		run := func(hook *saveAtHook) ([]float32, []float32) {
			src := &countedSource{src: rand.NewSource(9).(rand.Source64)}
			rng := rand.New(src)
			m := smallMemoryGAN(t, noMem, rng)
			m.cfg.Iters = 5
			hook.src = src
			m.Hook = hook
			if err := m.Train(context.Background(), data, 20, rng, nil); err != nil {
				t.Fatal(err)
			}
			var flat []float32
			for _, d := range m.GeneratorParams().Data {
				flat = append(flat, d...)
			}
			if m.mem != nil {
				for _, a := range [][]float64{m.mem.Keys, m.mem.Hist, m.mem.Ages, m.mem.Values} {
					for _, v := range a {
						flat = append(flat, float32(v), float32(v-float64(float32(v))))
					}
				}
			}
			return flat, m.Sample(8, rng)
		}
		first := &saveAtHook{at: 2}
		want, wantSamples := run(first)
		if first.state == nil {
			t.Fatal("no state saved after iteration 2")
		}
		got, gotSamples := run(&saveAtHook{at: -1, resume: first.state, skipTo: first.draws})
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("memory %v: resumed run's state value %d is %v, uninterrupted %v", !noMem, i, got[i], want[i])
			}
		}
		for i := range wantSamples {
			if gotSamples[i] != wantSamples[i] {
				t.Fatalf("memory %v: resumed run's sample value %d is %v, uninterrupted %v", !noMem, i, gotSamples[i], wantSamples[i])
			}
		}
	}
}
