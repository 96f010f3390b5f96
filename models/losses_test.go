package models

import (
	"math"
	"math/rand"
	"testing"
)

// The reference below recomputes each loss from the parameters and inputs in
// float64 with plain loops, written from the definitions in the doc comments
// (not from the graph code), so the functions under test are checked against
// an independent implementation. Tolerance: 1e-5 relative, the bound issue 8
// sets for agreement with PyTorch; float32 rounding at these small shapes is
// ~1e-6.

const lossTol = 1e-5

// refDense is act(x W + b) in float64 for rows x in.
func refDense(x []float64, rows int, W, b []float32, in, out int, act string) []float64 {
	y := make([]float64, rows*out)
	for r := 0; r < rows; r++ {
		for j := 0; j < out; j++ {
			s := float64(b[j])
			for k := 0; k < in; k++ {
				s += x[r*in+k] * float64(W[k*out+j])
			}
			switch act {
			case "relu":
				s = math.Max(s, 0)
			case "sigmoid":
				s = 1 / (1 + math.Exp(-s))
			}
			y[r*out+j] = s
		}
	}
	return y
}

func to64(v []float32) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
	}
	return out
}

func mulMask(x []float64, m []float32) []float64 {
	if m == nil {
		return x
	}
	out := make([]float64, len(x))
	for i := range x {
		out[i] = x[i] * float64(m[i])
	}
	return out
}

func softplus64(v float64) float64 { return math.Max(v, 0) + math.Log1p(math.Exp(-math.Abs(v))) }

func randUniform(rng *rand.Rand, n int, lo, hi float64) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(lo + (hi-lo)*rng.Float64())
	}
	return v
}

func checkRel(t *testing.T, name string, got, want float64) {
	t.Helper()
	if rel := math.Abs(got-want) / math.Abs(want); !(rel <= lossTol) {
		t.Errorf("%s = %.9g, float64 reference %.9g (relative difference %.2g > %g)", name, got, want, rel, lossTol)
	}
}

func TestAutoencoderLossFixedMasks(t *testing.T) {
	rng := rand.New(rand.NewSource(21))
	sizes := []int{12, 9, 4}
	drop := []float64{0.2, 0.5}
	a, err := NewAutoencoder(AEConfig{Sizes: sizes, Dropout: drop, Activation: Sigmoid}, rng)
	if err != nil {
		t.Fatal(err)
	}
	const B = 7
	x := randUniform(rng, B*sizes[0], 0, 1)
	masks := [][]float32{DropoutMask(B*sizes[0], drop[0], rng), DropoutMask(B*sizes[1], drop[1], rng)}
	got, err := a.Loss(x, B, masks)
	if err != nil {
		t.Fatal(err)
	}
	// Reference: masked sigmoid encoder, sigmoid decoder, BCE from the
	// logits (softplus(a) - t a) summed over pixels, mean over rows.
	h := to64(x)
	for l, e := range a.enc {
		h = refDense(mulMask(h, masks[l]), B, e.W, e.B, e.In, e.Out, "sigmoid")
	}
	for j, d := range a.dec {
		act := "sigmoid"
		if j == len(a.dec)-1 {
			act = "linear"
		}
		h = refDense(h, B, d.W, d.B, d.In, d.Out, act)
	}
	var want float64
	for i, v := range h {
		want += softplus64(v) - float64(x[i])*v
	}
	want /= B
	checkRel(t, "Autoencoder.Loss", got, want)

	// The masks matter: all-ones masks give another loss.
	ones := [][]float32{make([]float32, len(masks[0])), make([]float32, len(masks[1]))}
	for _, m := range ones {
		for i := range m {
			m[i] = 1
		}
	}
	if l1, err := a.Loss(x, B, ones); err != nil || l1 == got {
		t.Errorf("loss without dropout = %v (err %v), the same as with the masks", l1, err)
	}
	if _, err := a.Loss(x, B, masks[:1]); err == nil {
		t.Errorf("a missing mask was accepted")
	}
}

func TestGMMNLossFixedInputs(t *testing.T) {
	rng := rand.New(rand.NewSource(22))
	sigmas := []float64{0.5, 1, 2}
	g, err := NewGMMN(GMMNConfig{NoiseDim: 3, Hidden: []int{8, 6}, Out: 5, OutAct: Sigmoid, Sigmas: sigmas}, rng)
	if err != nil {
		t.Fatal(err)
	}
	const M, N = 9, 11
	z := randUniform(rng, M*3, -1, 1)
	data := randUniform(rng, N*5, 0, 1)
	got, err := g.Loss(z, M, data, N)
	if err != nil {
		t.Fatal(err)
	}
	h := to64(z)
	for i, l := range g.layers {
		act := "relu"
		if i == len(g.layers)-1 {
			act = "sigmoid"
		}
		h = refDense(h, M, l.W, l.B, l.In, l.Out, act)
	}
	x := to64(data)
	// Biased MMD^2 per bandwidth, k(a,b) = exp(-|a-b|^2 / (2 sigma)), summed
	// over bandwidths, square root.
	k := func(a, b []float64, s float64) float64 {
		var d float64
		for i := range a {
			d += (a[i] - b[i]) * (a[i] - b[i])
		}
		return math.Exp(-d / (2 * s))
	}
	mean := func(p, q []float64, np, nq int, s float64) float64 {
		var t float64
		for i := 0; i < np; i++ {
			for j := 0; j < nq; j++ {
				t += k(p[i*5:(i+1)*5], q[j*5:(j+1)*5], s)
			}
		}
		return t / float64(np*nq)
	}
	var tot float64
	for _, s := range sigmas {
		tot += mean(h, h, M, M, s) + mean(x, x, N, N, s) - 2*mean(h, x, M, N, s)
	}
	checkRel(t, "GMMN.Loss", got, math.Sqrt(tot))
}

func TestGANLossesFixedInputs(t *testing.T) {
	rng := rand.New(rand.NewSource(23))
	sgd := Optimizer{Kind: OptSGD, LR: 0.1}
	m, err := NewGAN(GANConfig{NoiseDim: 4, Noise: "uniform", Out: 10, GHidden: []int{7}, GOutAct: Sigmoid,
		DHidden: []int{5, 3}, DPieces: 3, DDropIn: 0.2, DDrop: 0.5, Loss: LossNonSaturating,
		Batch: 6, Iters: 1, DOpt: sgd, GOpt: sgd}, rng)
	if err != nil {
		t.Fatal(err)
	}
	const B = 6
	real := randUniform(rng, B*10, 0, 1)
	zD, zG := randUniform(rng, B*4, -1, 1), randUniform(rng, B*4, -1, 1)
	dMasks, gMasks := m.DropoutMasks(2*B, rng), m.DropoutMasks(B, rng)
	gotD, gotG, err := m.Losses(real, zD, zG, B, dMasks, gMasks)
	if err != nil {
		t.Fatal(err)
	}
	gen := func(z []float32) []float64 {
		h := to64(z)
		for i, l := range m.g {
			act := "relu"
			if i == len(m.g)-1 {
				act = "sigmoid"
			}
			h = refDense(h, B, l.W, l.B, l.In, l.Out, act)
		}
		return h
	}
	// D: input mask, then per maxout layer (units x pieces, pieces of unit u
	// in columns u*P..u*P+P-1) its max and its mask; a linear output unit.
	critic := func(x []float64, rows int, masks [][]float32) []float64 {
		h := mulMask(x, masks[0])
		for i, l := range m.d {
			pre := refDense(h, rows, l.W, l.B, l.In, l.Out, "linear")
			units := l.Out / 3
			h = make([]float64, rows*units)
			for r := 0; r < rows; r++ {
				for u := 0; u < units; u++ {
					best := math.Inf(-1)
					for p := 0; p < 3; p++ {
						best = math.Max(best, pre[r*l.Out+u*3+p])
					}
					h[r*units+u] = best
				}
			}
			h = mulMask(h, masks[i+1])
		}
		return refDense(h, rows, m.dOut.W, m.dOut.B, m.dOut.In, 1, "linear")
	}
	x := append(to64(real), gen(zD)...)
	v := critic(x, 2*B, dMasks)
	var wantD, wantG float64
	for i := 0; i < B; i++ {
		wantD += softplus64(-v[i]) / B  // -log D(real)
		wantD += softplus64(v[B+i]) / B // -log(1 - D(fake))
	}
	v = critic(gen(zG), B, gMasks)
	for i := 0; i < B; i++ {
		wantG += softplus64(-v[i]) / B // non-saturating: -log D(G(z))
	}
	checkRel(t, "GAN D loss", gotD, wantD)
	checkRel(t, "GAN G loss", gotG, wantG)
}
