package gan

import (
	"context"
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/memory"
	"github.com/ganpipe/ganpipe/models/nn"
)

// Tests of MemoryGAN: the loss op's gradient in D's unnormalised queries
// (memory read, normalisation, clipped cross-entropy, MI loss) against
// central differences, the shapes of the authors' 28x28 and 40x40 nets,
// the memory updates of a training iteration, and the model artifact's
// round trip.

func smallMemoryGAN(t *testing.T, noMemory bool, rng *rand.Rand) *MemoryGAN {
	t.Helper()
	cfg := MemoryGANConfig{Side: 8, NoiseDim: 2, GChannels: []int{8, 4}, DChannels: []int{4, 8, 8},
		Memory: memory.Config{Slots: 24, Dim: 6, TopK: 5}, Lambda: 0.1, NoMemory: noMemory,
		Batch: 4, Iters: 3,
		DOpt: nn.Optimizer{Kind: nn.OptAdam, LR: 2e-4, Beta1: 0.5, Beta2: 0.999},
		GOpt: nn.Optimizer{Kind: nn.OptAdam, LR: 2e-4, Beta1: 0.5, Beta2: 0.999}}
	m, err := NewMemoryGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// randomMemory gives every slot a random unit key, value and weight, so
// that reads are away from the start's ties.
func randomMemory(m *memory.Memory, rng *rand.Rand) {
	c := m.Config()
	for i := range c.Slots {
		k := m.Keys[i*c.Dim : (i+1)*c.Dim]
		s := 0.0
		for j := range k {
			k[j] = rng.NormFloat64()
			s += k[j] * k[j]
		}
		for j := range k {
			k[j] /= math.Sqrt(s)
		}
		m.Values[i] = float64(i % 2)
		m.Hist[i] = 0.5 + 0.5*rng.Float64()
	}
}

// The loss op's gradient for both players against central differences of
// the loss itself (step 1e-3 on float32 queries of size ~1; the loss is
// smooth there as long as no top-k set changes and no output reaches the
// clip, which the random memory keeps). Tolerance 2e-3 absolute on
// gradients of size ~0.1-1: the differences' float32 rounding of the
// inputs and their O(h^2) error.
func TestMemoryGANLossGradient(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	m := smallMemoryGAN(t, false, rng)
	randomMemory(m.mem, rng)
	B, M := 3, m.cfg.Memory.Dim
	for _, p := range []byte{'d', 'g'} {
		s := &mgStep{player: p, memState: m, kc: make([]float32, B*M), rows: 2 * B, realOff: 0, fakeOff: B}
		if p == 'g' {
			s.rows, s.realOff, s.fakeOff = B, -1, 0
		}
		s.qn = make([]float32, s.rows*M)
		for i := range s.kc {
			s.kc[i] = float32(rng.NormFloat64() * 0.3)
		}
		v := make([]float32, s.rows*M)
		for i := range v {
			v[i] = float32(rng.NormFloat64())
		}
		dv := make([]float32, len(v))
		s.loss(v, dv)
		scratch := make([]float32, len(v))
		const h = 1e-3
		for i := range v {
			x := v[i]
			v[i] = x + h
			lp := s.loss(v, scratch)
			v[i] = x - h
			lm := s.loss(v, scratch)
			v[i] = x
			numtest.Close(t, float64(dv[i]), (lp-lm)/(2*h), 2e-3, "player "+string(p)+" dL/dq")
		}
	}
}

// Breaking the read's gradient must show: the same check with the
// normalisation's projection dropped fails (the test above can fail).
func TestMemoryGANLossGradientSeesTheRead(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	m := smallMemoryGAN(t, false, rng)
	randomMemory(m.mem, rng)
	m.cfg.Lambda = 0
	B, M := 3, m.cfg.Memory.Dim
	s := &mgStep{player: 'd', memState: m, kc: make([]float32, B*M), qn: make([]float32, 2*B*M), rows: 2 * B, fakeOff: B}
	v := make([]float32, 2*B*M)
	for i := range v {
		v[i] = float32(rng.NormFloat64())
	}
	dv := make([]float32, len(v))
	s.loss(v, dv)
	nonzero := 0
	for _, g := range dv {
		if math.Abs(float64(g)) > 1e-4 {
			nonzero++
		}
	}
	if nonzero < len(dv)/2 {
		t.Fatalf("only %d of %d query gradients are nonzero: the read passes no gradient", nonzero, len(dv))
	}
}

// The authors' nets: 28x28 (conv 28 -> 14 -> 7 -> 3) and 40x40 (40 -> 20
// -> 10 -> 5) discriminators of 64-128-256 maps, queries of M = 256, a
// generator input of z 2 + M, images out.
func TestMemoryGANShapes(t *testing.T) {
	for _, c := range []struct{ side, flat int }{{28, 3 * 3 * 256}, {40, 5 * 5 * 256}} {
		cfg := MemoryGANConfig{Side: c.side, NoiseDim: 2, GChannels: []int{128, 128}, DChannels: []int{64, 128, 256},
			Memory: memory.Config{Slots: 64, Dim: 256, TopK: 8}, Lambda: 1e-2}
		if c.side == 40 {
			cfg.GChannels = []int{256, 128, 64}
		}
		m, err := NewMemoryGAN(cfg, rand.New(rand.NewSource(1)))
		if err != nil {
			t.Fatal(err)
		}
		if got := m.cfg.flat(); got != c.flat || m.qW.In != c.flat || m.qW.Out != 256 {
			t.Errorf("side %d: features %d (query %dx%d), want %d x 256", c.side, got, m.qW.In, m.qW.Out, c.flat)
		}
		if m.cfg.genIn() != 258 {
			t.Errorf("generator input %d, want 258", m.cfg.genIn())
		}
		x := m.Sample(3, rand.New(rand.NewSource(2)))
		if len(x) != 3*c.side*c.side {
			t.Errorf("side %d: %d sample values, want %d", c.side, len(x), 3*c.side*c.side)
		}
	}
	if _, err := NewMemoryGAN(MemoryGANConfig{Side: 30, NoiseDim: 2, GChannels: []int{8, 8}, DChannels: []int{4}}, rand.New(rand.NewSource(1))); err == nil {
		t.Error("a 30x30 generator of two doublings was accepted")
	}
}

// One training iteration updates the memory three times, as the authors'
// graph does: after the D step with the real and with the generated
// queries, after the G step with the generated ones only (their G loss
// needs D's output on the generated batch alone). Ages count updates since
// a slot was last used, so a slot no update touched (24 slots, at most 20
// touched per update of 4 queries of top 5) has age 3; fake queries whose
// nearest slot is real have been written as fake slots.
func TestMemoryGANUpdatesMemoryOnBothSteps(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	m := smallMemoryGAN(t, false, rng)
	m.cfg.Iters = 1
	data := make([]float32, 20*m.OutDim())
	for i := range data {
		data[i] = rng.Float32()
	}
	if err := m.Train(context.Background(), data, 20, rng, nil); err != nil {
		t.Fatal(err)
	}
	maxAge, zero := 0.0, 0
	for i, a := range m.mem.Ages {
		maxAge = math.Max(maxAge, a)
		if norm64(m.mem.Key(i)) == 0 {
			zero++
		}
	}
	if maxAge != 3 {
		t.Errorf("oldest slot's age %v after one iteration, want 3 (two updates in the D step, one in the G step)", maxAge)
	}
	if zero == m.cfg.Memory.Slots {
		t.Error("every key is still zero")
	}
	// The D step alone: two updates.
	m2 := smallMemoryGAN(t, false, rand.New(rand.NewSource(3)))
	ds, err := m2.buildStep('d', 4)
	if err != nil {
		t.Fatal(err)
	}
	defer ds.t.Machine.Close()
	copy(ds.x, data)
	if _, err := ds.t.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	if err := ds.updateMemory(4); err != nil {
		t.Fatal(err)
	}
	maxAge = 0
	for _, a := range m2.mem.Ages {
		maxAge = math.Max(maxAge, a)
	}
	if maxAge != 2 {
		t.Errorf("oldest slot's age %v after a D step, want 2", maxAge)
	}
}

func norm64(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

// A trained model's generator and memory, through GeneratorParams and
// GeneratorArch into MemoryGANFrom, give the same samples bit for bit from
// the same seed (with and without memory), and the memory state survives.
func TestMemoryGANRoundTrip(t *testing.T) {
	for _, noMem := range []bool{false, true} {
		rng := rand.New(rand.NewSource(5))
		m := smallMemoryGAN(t, noMem, rng)
		data := make([]float32, 16*m.OutDim())
		for i := range data {
			data[i] = rng.Float32()
		}
		if err := m.Train(context.Background(), data, 16, rng, nil); err != nil {
			t.Fatal(err)
		}
		back, err := MemoryGANFrom(m.GeneratorArch(), m.GeneratorParams())
		if err != nil {
			t.Fatal(err)
		}
		a := m.Sample(10, rand.New(rand.NewSource(9)))
		b := back.Sample(10, rand.New(rand.NewSource(9)))
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("memory %v: sample value %d: %v vs %v after the round trip", !noMem, i, a[i], b[i])
			}
		}
		if !noMem {
			for i, h := range m.mem.Hist {
				numtest.Rel(t, back.mem.Hist[i], h, 1e-7, "hist (float32 in the artifact)")
			}
		}
	}
}
