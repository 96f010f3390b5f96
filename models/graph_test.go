package models

import (
	"math"
	"math/rand"
	"testing"
)

// gradCheck compares the graph's analytic parameter gradients with central
// differences of the graph's own float32 loss (step h, differences taken in
// float64). It returns the relative L2 error over all parameters.
func gradCheck(t *testing.T, g *graphNet, h float64) float64 {
	t.Helper()
	if _, err := g.forwardBackward(); err != nil {
		t.Fatal(err)
	}
	analytic := make([][]float64, len(g.gdata))
	for i, d := range g.gdata {
		for _, v := range d {
			analytic[i] = append(analytic[i], float64(v))
		}
	}
	var num, den float64
	for i, p := range g.pdata {
		for j := range p {
			orig := p[j]
			p[j] = orig + float32(h)
			lp, err := g.forwardBackward()
			if err != nil {
				t.Fatal(err)
			}
			p[j] = orig - float32(h)
			lm, err := g.forwardBackward()
			if err != nil {
				t.Fatal(err)
			}
			p[j] = orig
			fd := (lp - lm) / (float64(p[j]+float32(h)) - float64(p[j]-float32(h)))
			num += (fd - analytic[i][j]) * (fd - analytic[i][j])
			den += fd * fd
		}
	}
	return math.Sqrt(num / den)
}

// TestGraphGradients: finite-difference checks of the custom-op graphs. Inputs
// are small so float32 round-off in the loss (~1e-7 relative) stays well below
// the tolerance 1e-2 on the relative L2 gradient error (step h = 1e-2 for smooth
// nets, truncation error O(h^2); 1e-3 with ReLU units); a wrong factor or sign
// would give errors ~1.
func TestGraphGradients(t *testing.T) {
	cases := []struct {
		name  string
		h     float64 // smaller for ReLU nets so fewer differences straddle a kink
		build func(rng *rand.Rand) *graphNet
	}{
		{"MLP sigmoid + BCE (AE, no dropout)", 1e-2, func(rng *rand.Rand) *graphNet {
			return aeGraph(t, rng, AEConfig{Sizes: []int{6, 5, 3}, Activation: Sigmoid})
		}},
		{"MLP tanh + BCE with dropout mask", 1e-2, func(rng *rand.Rand) *graphNet {
			return aeGraph(t, rng, AEConfig{Sizes: []int{6, 4}, Dropout: []float64{0.3}, Activation: Tanh})
		}},
		{"MLP relu + BCE", 1e-3, func(rng *rand.Rand) *graphNet {
			return aeGraph(t, rng, AEConfig{Sizes: []int{5, 7, 3}, Activation: ReLU})
		}},
		{"GMMN relu + sigmoid + sqrt-MMD", 1e-3, func(rng *rand.Rand) *graphNet {
			return gmmnGraph(t, rng, GMMNConfig{NoiseDim: 3, Hidden: []int{6}, Out: 4, OutAct: Sigmoid, Sigmas: []float64{0.1, 1}}, 12, 10)
		}},
		{"GMMN linear output", 1e-3, func(rng *rand.Rand) *graphNet {
			return gmmnGraph(t, rng, GMMNConfig{NoiseDim: 2, Hidden: []int{5, 5}, Out: 3, OutAct: Linear, Sigmas: []float64{2}}, 8, 9)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := c.build(rand.New(rand.NewSource(7)))
			if r := gradCheck(t, g, c.h); r > 1e-2 {
				t.Fatalf("relative gradient error %.3g > 1e-2", r)
			}
		})
	}
}

// aeGraph builds a batch-8 autoencoder graph with fixed random inputs and masks.
func aeGraph(t *testing.T, rng *rand.Rand, cfg AEConfig) *graphNet {
	a, err := NewAutoencoder(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	// Random biases: with zero biases an all-zero ReLU code puts the next layer
	// exactly on its kink, where finite differences see the one-sided average.
	for _, l := range append(append([]*layer(nil), a.enc...), a.dec...) {
		for i := range l.B {
			l.B[i] = 0.1 * float32(rng.NormFloat64())
		}
	}
	g, xbuf, masks, err := a.buildFull(8)
	if err != nil {
		t.Fatal(err)
	}
	for i := range xbuf {
		xbuf[i] = rng.Float32()
	}
	for l, m := range masks {
		if m != nil {
			fillMask(m, a.dropout(l), rng)
		}
	}
	return g
}

// gmmnGraph builds a GMMN graph with fixed noise and data (data offset so the
// MMD is clearly positive and sqrt is smooth).
func gmmnGraph(t *testing.T, rng *rand.Rand, cfg GMMNConfig, M, B int) *graphNet {
	gm, err := NewGMMN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	g, noise, data, _, err := gm.build(M, B)
	if err != nil {
		t.Fatal(err)
	}
	fillNoise(noise, rng)
	for i := range data {
		data[i] = 0.5 + 0.3*float32(rng.NormFloat64())
	}
	return g
}

// TestBCEValue checks the graph's BCE loss against the float64 definition
// -sum t log p + (1-t) log(1-p) averaged over rows, for the logits the graph
// computes (hand formula; tolerance 1e-5 relative).
func TestBCEValue(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	a, err := NewAutoencoder(AEConfig{Sizes: []int{5, 3}, Activation: Sigmoid}, rng)
	if err != nil {
		t.Fatal(err)
	}
	x := make([]float32, 4*5)
	for i := range x {
		x[i] = rng.Float32()
	}
	layers := append(append([]*layer(nil), a.enc...), a.dec...)
	p := forward(layers, x, 4, false)
	var want float64
	for i := range x {
		pi, ti := float64(p[i]), float64(x[i])
		want -= ti*math.Log(pi) + (1-ti)*math.Log(1-pi)
	}
	want /= 4
	if got := a.ReconstructionBCE(x, 4); math.Abs(got-want) > 1e-5*want {
		t.Fatalf("ReconstructionBCE = %.8g, float64 definition %.8g", got, want)
	}
	g, xbuf, _, err := a.buildFull(4)
	if err != nil {
		t.Fatal(err)
	}
	copy(xbuf, x)
	got, err := g.forwardBackward()
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(got-want) > 1e-5*want {
		t.Fatalf("graph BCE = %.8g, float64 definition %.8g", got, want)
	}
}
