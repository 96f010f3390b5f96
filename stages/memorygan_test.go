package stages

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/memory"
	"github.com/ganpipe/ganpipe/models/nn"
)

// TestGroupPurity: each group's modal fraction and class, on hand-counted
// cases (exact fractions).
func TestGroupPurity(t *testing.T) {
	// Groups of 3: {0 0 1} -> 2/3 class 0; {2 2 2} -> 1 class 2; {1 0 2}:
	// a three-way tie -> 1/3, the lower class 0.
	pur, modal, err := groupPurity([]int32{0, 0, 1, 2, 2, 2, 1, 0, 2}, 3, 3)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []float64{2.0 / 3, 1, 1.0 / 3} {
		numtest.Close(t, pur[i], want, 1e-15, "a fraction of 3, exact")
	}
	if !slices.Equal(modal, []int32{0, 2, 0}) {
		t.Errorf("modal classes %v, want [0 2 0]", modal)
	}
	if _, _, err := groupPurity([]int32{0, 1, 0}, 2, 2); err == nil {
		t.Error("3 predictions in groups of 2: no error")
	}
	if _, _, err := groupPurity([]int32{0, 3}, 2, 3); err == nil {
		t.Error("class 3 of 3 classes: no error")
	}
}

// TestMeasureSlotPurity: the images classified per slot are the
// generator's output for that slot's key (regenerated from the same random
// stream), and the purities follow from the classes the classifier gives.
func TestMeasureSlotPurity(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	m, err := gan.NewMemoryGAN(gan.MemoryGANConfig{Side: 8, NoiseDim: 2, GChannels: []int{4, 4}, DChannels: []int{4, 4},
		Memory: memory.Config{Slots: 6, Dim: 3, TopK: 2}, Lambda: 0.1, Batch: 2, Iters: 1}, rng)
	if err != nil {
		t.Fatal(err)
	}
	mem := m.Memory()
	for i := range mem.Keys { // distinct keys, so slots give distinct images
		mem.Keys[i] = rng.NormFloat64()
	}
	for i := range mem.Hist {
		mem.Hist[i] = 1
	}
	slots, per := []int{4, 1, 0}, 4
	var first []float32
	// The class of image i of a call is i mod 2 for the slots' images, so
	// each group of 4 is 2 + 2 (purity 1/2, modal class 0); the generator's
	// own samples are all class 1 (purity 1).
	calls := 0
	classify := func(x []float32, n int) []int32 {
		calls++
		out := make([]int32, n)
		for i := range out {
			if calls == 1 {
				out[i] = int32(i % 2)
			} else {
				out[i] = 1
			}
		}
		if first == nil {
			first = append([]float32(nil), x...)
		}
		return out
	}
	p, err := measureSlotPurity(m, 2, classify, slots, per, rand.New(rand.NewSource(7)))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.slot) != 3 || len(p.drawn) != 3 || p.classes() != 1 {
		t.Fatalf("%d slot purities, %d sample groups, %d modal classes; want 3, 3, 1", len(p.slot), len(p.drawn), p.classes())
	}
	for i := range 3 {
		numtest.Close(t, p.slot[i], 0.5, 0, "2 of 4, exact")
		numtest.Close(t, p.drawn[i], 1, 0, "4 of 4, exact")
	}
	// Regenerate: the same stream gives the same z, and row r must come
	// from slot slots[r / per].
	z := make([]float32, len(slots)*per*2)
	nn.FillNoise(z, rand.New(rand.NewSource(7)))
	at := make([]int, len(slots)*per)
	for r := range at {
		at[r] = slots[r/per]
	}
	want, err := m.GenerateFrom(z, at, len(at))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(first, want) {
		t.Error("the images classified for the slots are not G(z, K_slot) of their own slot")
	}
	other := append([]int(nil), at...)
	other[0] = 2
	if o, _ := m.GenerateFrom(z, other, len(other)); slices.Equal(o[:64], want[:64]) {
		t.Error("slot 2's key gives slot 4's image: the test cannot tell slots apart")
	}
}
