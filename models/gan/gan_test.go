package gan

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
	"gonum.org/v1/gonum/mat"
	G "gorgonia.org/gorgonia"
)

// TestGANLossValues: L_D and L_G on fixed logits v_real = (0, 2), v_fake = -1
// against hand computations (softplus(0) = ln 2 = 0.693147, softplus(2) - 2 =
// ln(1 + e^-2) = 0.126928, softplus(-1) = 0.313262, softplus(1) = 1.313262).
// Tolerance 1e-6.
func TestGANLossValues(t *testing.T) {
	cases := []struct {
		name         string
		loss         LossKind
		div          Divergence
		smooth       float64
		wantD, wantG float64
	}{
		{"minimax", LossMinimax, "", 1, (0.693147+0.126928)/2 + 0.313262, -0.313262},
		{"nonsaturating", LossNonSaturating, "", 1, (0.693147+0.126928)/2 + 0.313262, 1.313262},
		// Label smoothing 0.9: a(v) = softplus(v) - 0.9 v: a(0) = ln 2, a(2) = 2.126928 - 1.8.
		{"nonsaturating smooth 0.9", LossNonSaturating, "", 0.9, (0.693147+0.326928)/2 + 0.313262, 1.313262},
		{"wgan", LossWGAN, "", 1, -1 + -1, 1},
		// KL: a = -v, b = exp(v - 1): -(0+2)/2 + e^-2 = -1 + 0.135335.
		{"fgan kl", LossFGAN, DivKL, 1, -1 + 0.135335, -0.135335},
		// reverse KL: a = exp(-v): (1 + e^-2)/2 = 0.567668; b = v - 1 = -2.
		{"fgan reverse_kl", LossFGAN, DivReverseKL, 1, 0.567668 - 2, 2},
		// Pearson: a = -v: -1; b = v^2/4 + v = 0.25 - 1.
		{"fgan pearson", LossFGAN, DivPearson, 1, -1 - 0.75, 0.75},
		// Hellinger: a = exp(-v) - 1: (0 + e^-2 - 1)/2 = -0.432332; b = e^v - 1 = -0.632121.
		{"fgan hellinger", LossFGAN, DivHellinger, 1, -0.432332 - 0.632121, 0.632121},
		// JS: a = softplus(-v) - ln 2: (0 + 0.126928 - 0.693147)/2 = -0.283110;
		// b = softplus(v) - ln 2 = 0.313262 - 0.693147 = -0.379885.
		{"fgan js", LossFGAN, DivJS, 1, -0.283110 - 0.379885, 0.379885},
		// GAN: a = softplus(-v): (0.693147 + 0.126928)/2; b = softplus(v).
		{"fgan gan", LossFGAN, DivGAN, 1, (0.693147+0.126928)/2 + 0.313262, -0.313262},
	}
	for _, c := range cases {
		a, b, g, err := ganTerms(c.loss, c.div, c.smooth)
		if err != nil {
			t.Fatal(err)
		}
		dv := make([]float32, 2)
		ld := meanTerm(a, []float32{0, 2}, dv) + meanTerm(b, []float32{-1}, dv)
		lg := meanTerm(g, []float32{-1}, dv)
		// 1e-6: the hand values are rounded to 6 decimals.
		if !numtest.Close(t, ld, c.wantD, 1e-6, "L_D, hand values to 6 decimals") || !numtest.Close(t, lg, c.wantG, 1e-6, "L_G, hand values to 6 decimals") {
			t.Errorf("%s", c.name)
		}
	}
}

// TestFGANConjugates: each conjugate of PAPERS.md's table equals sup_u (u t -
// f(u)) for the divergence's generator f (Nowozin et al. Table 1), found by a
// fine grid search over u in (0, 50] (tolerance 1e-3: grid resolution); the
// composed f*(g(v)) equals its stable simplification (1e-9); and every term's
// derivative matches a central difference (h = 1e-5, tolerance 1e-6).
func TestFGANConjugates(t *testing.T) {
	gens := map[Divergence]func(u float64) float64{
		DivKL:        func(u float64) float64 { return u * math.Log(u) },
		DivReverseKL: func(u float64) float64 { return -math.Log(u) },
		DivPearson:   func(u float64) float64 { return (u - 1) * (u - 1) },
		DivHellinger: func(u float64) float64 { return (math.Sqrt(u) - 1) * (math.Sqrt(u) - 1) },
		DivJS: func(u float64) float64 {
			return -(u+1)*math.Log((1+u)/2) + u*math.Log(u)
		},
		DivGAN: func(u float64) float64 { return u*math.Log(u) - (u+1)*math.Log(u+1) },
	}
	points := map[Divergence][]float64{
		DivKL: {-1, 0, 1}, DivReverseKL: {-2, -1, -0.5}, DivPearson: {-1, 0, 1.5},
		DivHellinger: {-1, 0, 0.5}, DivJS: {-1, 0, 0.5}, DivGAN: {-2, -1, -0.3},
	}
	for _, d := range Divergences {
		for _, tt := range points[d] {
			sup := math.Inf(-1)
			for u := 1e-4; u <= 50; u += 1e-4 {
				sup = math.Max(sup, u*tt-gens[d](u))
			}
			got, _ := fConjugate(d, tt)
			if !numtest.Close(t, got, sup, 1e-3, "grid search resolution") {
				t.Errorf("%s: f*(%v) vs sup_u (ut - f(u))", d, tt)
			}
		}
		for _, v := range []float64{-2, -0.5, 0, 0.7, 1.5} {
			g, _ := fActivation(d, v)
			want, _ := fConjugate(d, g)
			got, _ := fStarOfG(d, v)
			if !numtest.Close(t, got, want, 1e-9, "stable simplification vs composition, float64 rounding") {
				t.Errorf("%s: f*(g(%v)) vs composed", d, v)
			}
		}
		a, b, c, err := ganTerms(LossFGAN, d, 1)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []term{a, b, c} {
			for _, v := range []float64{-1.5, -0.2, 0.3, 1.1} {
				const h = 1e-5
				_, dv := f(v)
				lp, _ := f(v + h)
				lm, _ := f(v - h)
				if fd := (lp - lm) / (2 * h); !numtest.Close(t, dv, fd, 1e-6*(1+math.Abs(fd)), "central difference h = 1e-5: O(h^2) truncation") {
					t.Errorf("%s: derivative at %v", d, v)
				}
			}
		}
	}
}

// TestOptimalDiscriminator: with p_data = N(0,1) and a fixed p_g = N(1,1),
// a minimax discriminator (one tanh layer of 16) trained alone approaches
// D* = p_data/(p_data + p_g) = sigmoid(0.5 - x) (the log-density ratio is
// 0.5 - x by hand). Tolerance 0.05 in probability on x in [-2, 3] after 3000
// Adam steps of 256 + 256 samples (sampling noise of the objective keeps the
// fit ~0.01-0.03 off).
func TestOptimalDiscriminator(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	m, err := NewGAN(GANConfig{NoiseDim: 1, Out: 1, GOutAct: nn.Linear, DHidden: []int{16}, DAct: "tanh", Loss: LossMinimax}, rng)
	if err != nil {
		t.Fatal(err)
	}
	B := 256
	ds := testDStep(t, m, B)
	st := nn.NewOptState(nn.Optimizer{Kind: nn.OptAdam, LR: 3e-3, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8}, ds.t.ParamData)
	for it := 0; it < 3000; it++ {
		for i := 0; i < B; i++ {
			ds.x[i] = float32(rng.NormFloat64())
			ds.x[B+i] = float32(1 + rng.NormFloat64())
		}
		if _, err := ds.t.ForwardBackward(); err != nil {
			t.Fatal(err)
		}
		st.Step(ds.t.ParamData, ds.t.GradData)
	}
	var xs []float32
	for x := -2.0; x <= 3; x += 0.25 {
		xs = append(xs, float32(x))
	}
	v := nn.Forward(m.dLayers(), xs, len(xs), true)
	var worst float64
	for i, x := range xs {
		got, want := sigmoid(float64(v[i])), sigmoid(0.5-float64(x))
		worst = math.Max(worst, math.Abs(got-want))
	}
	t.Logf("max |D - D*| on [-2, 3]: %.4f", worst)
	if worst > 0.05 {
		t.Fatalf("max |D - D*| = %.4f > 0.05", worst)
	}
}

// TestGradientPenaltyLinear: for a linear critic v = w.x + b the input
// gradient is w everywhere, so the WGAN-GP D loss is -E v_real + E v_fake +
// lambda (|w| - 1)^2, with gradient in w (mean x_fake - mean x_real) + 2
// lambda (|w| - 1) w / |w| and 0 in b (closed form). The finite-difference
// Hessian-vector product is exact here (v is linear in x); tolerance 1e-4
// relative (float32).
func TestGradientPenaltyLinear(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	m, err := NewGAN(GANConfig{NoiseDim: 2, Out: 3, GOutAct: nn.Linear, Loss: LossWGANGP, GPLambda: 10}, rng)
	if err != nil {
		t.Fatal(err)
	}
	copy(m.dOut.W, []float32{0.3, -1.2, 0.5})
	m.dOut.B[0] = 0.1
	B := 8
	ds, err := m.buildDStep(B)
	if err != nil {
		t.Fatal(err)
	}
	gp, err := m.buildGP(B)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2*B*3; i++ {
		ds.x[i] = float32(rng.NormFloat64())
	}
	pen, err := m.penalty(gp, ds, rng)
	if err != nil {
		t.Fatal(err)
	}
	loss, err := ds.t.ForwardBackward()
	if err != nil {
		t.Fatal(err)
	}
	w := []float64{0.3, -1.2, 0.5}
	nw := math.Sqrt(0.09 + 1.44 + 0.25)
	wantPen := 10 * (nw - 1) * (nw - 1)
	// 1e-4 relative: the penalty's gradient comes from a central difference
	// (ganGPStep) in float32, not the exact derivative.
	if !numtest.Close(t, pen, wantPen, 1e-4*wantPen, "penalty vs closed form; central difference in float32") {
		t.FailNow()
	}
	var wantLoss float64
	for j := 0; j < 3; j++ {
		var mr, mf float64
		for i := 0; i < B; i++ {
			mr += float64(ds.x[i*3+j]) / float64(B)
			mf += float64(ds.x[(B+i)*3+j]) / float64(B)
		}
		wantLoss += (mf - mr) * w[j]
		want := mf - mr + 2*10*(nw-1)*w[j]/nw
		numtest.Close(t, float64(ds.t.GradData[0][j]), want, 1e-4*(1+math.Abs(want)), fmt.Sprintf("dL/dw[%d] vs closed form; central difference in float32", j))
	}
	wantLoss += wantPen
	numtest.Close(t, loss, wantLoss, 1e-4*(1+math.Abs(wantLoss)), "loss vs closed form; the penalty term carries the central difference's error")
	// The bias shifts real and fake outputs alike, so its gradient is 0 up to
	// float32 rounding of the means.
	numtest.Close(t, float64(ds.t.GradData[1][0]), 0, 1e-5, "dL/db; float32 rounding of the means")
}

// TestSpectralNorm: power iteration's sigma equals the top singular value of
// gonum's SVD (relative 1e-6 after 200 iterations of a 20x30 Gaussian matrix,
// whose top gap makes convergence geometric); and the normalised layer's
// gradient matches finite differences (u, v re-converged on every forward
// pass so the difference sees sigma(W + h); relative L2 tolerance 1e-2).
func TestSpectralNorm(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	in, out := 20, 30
	w := nntest.RandVec(rng, in*out)
	st := newSNState(in, out, rng.NormFloat64)
	for i := 0; i < 200; i++ {
		st.iterate(w)
	}
	wd := make([]float64, len(w))
	for i, x := range w {
		wd[i] = float64(x)
	}
	var svd mat.SVD
	if !svd.Factorize(mat.NewDense(in, out, wd), mat.SVDNone) {
		t.Fatal("SVD failed")
	}
	top := svd.Values(nil)[0]
	if !numtest.Rel(t, st.sigma, top, 1e-6, "power iteration (200 steps, geometric) vs SVD") {
		t.FailNow()
	}

	g := nn.NewGraphNet()
	xn, xb := g.Input("x", 4, 5)
	copy(xb, nntest.RandVec(rng, 20))
	wn := g.Param("W", nntest.RandVec(rng, 15), 5, 3)
	snop := newSNOp(newSNState(5, 3, rng.NormFloat64), true)
	snop.iters = 100
	sn, err := G.ApplyOp(snop, wn)
	if err != nil {
		t.Fatal(err)
	}
	xw, err := G.Mul(xn, sn)
	if err != nil {
		t.Fatal(err)
	}
	tn, tb := g.Input("t", 4, 3)
	for i := range tb {
		tb[i] = float32(rng.Float64())
	}
	cost, err := nn.ApplyBCE(xw, tn)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Compile(cost); err != nil {
		t.Fatal(err)
	}
	defer g.Machine.Close()
	if e := nntest.GradCheck(t, g, 1e-2); e > 1e-2 {
		t.Fatalf("relative gradient error %.3g", e)
	}
}

// TestCriticGradients: finite differences through the discriminator's
// maxout units, dropout masks, minibatch discrimination (Concat) and the
// minimax loss, and through the generator graph with feature matching and
// instance noise (GradCheck of graph_test.go; h = 1e-3, relative L2
// tolerance 1e-2 — max and |.| kinks make larger steps unreliable).
func TestCriticGradients(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	m, err := NewGAN(GANConfig{
		NoiseDim: 3, Out: 4, GHidden: []int{5}, GOutAct: nn.Sigmoid,
		DHidden: []int{6, 4}, DPieces: 3, DDropIn: 0.2, DDrop: 0.5, Loss: LossMinimax,
		MBDKernels: 3, MBDDim: 2, FeatureMatching: true, InstanceNoise: 0.1,
	}, rng)
	if err != nil {
		t.Fatal(err)
	}
	B := 3
	ds := testDStep(t, m, B)
	copy(ds.x, nntest.RandVec(rng, len(ds.x)))
	fillMasks(ds.masks, ds.ps, 0, rng)
	if e := nntest.GradCheck(t, ds.t, 1e-3); e > 1e-2 {
		t.Errorf("discriminator: relative gradient error %.3g", e)
	}
	gs := testGStep(t, m, B)
	copy(gs.z, nntest.RandVec(rng, len(gs.z)))
	copy(gs.real, nntest.RandVec(rng, len(gs.real)))
	for i := range gs.noise {
		gs.noise[i] = float32(0.1 * rng.NormFloat64())
	}
	fillMasks(gs.masks, gs.ps, 0, rng)
	if e := nntest.GradCheck(t, gs.t, 1e-3); e > 1e-2 {
		t.Errorf("generator (feature matching): relative gradient error %.3g", e)
	}
}

// TestGANLearnsShift: on 1-D data N(3, 0.5^2), every loss moves a generator
// (started near 0) to a sample mean within 0.5 of 3 in 600 updates (a sixth of
// the initial distance, room for the usual oscillation), with std below 2 (a
// collapse or explosion check; KL is mode-covering and ends widest, ~1.5).
// A smoke test of every objective end to end, not a quality benchmark.
func TestGANLearnsShift(t *testing.T) {
	adam := nn.Optimizer{Kind: nn.OptAdam, LR: 2e-3, Beta1: 0.5, Beta2: 0.999}
	cases := []struct {
		name  string
		cfg   GANConfig
		iters int // 0: 600
	}{
		{"minimax", GANConfig{Loss: LossMinimax}, 0},
		{"nonsaturating", GANConfig{Loss: LossNonSaturating}, 0},
		{"fgan kl", GANConfig{Loss: LossFGAN, Divergence: DivKL}, 0},
		{"fgan reverse_kl", GANConfig{Loss: LossFGAN, Divergence: DivReverseKL}, 0},
		{"fgan pearson", GANConfig{Loss: LossFGAN, Divergence: DivPearson}, 0},
		{"fgan hellinger", GANConfig{Loss: LossFGAN, Divergence: DivHellinger}, 0},
		{"fgan js", GANConfig{Loss: LossFGAN, Divergence: DivJS}, 0},
		{"wgan", GANConfig{Loss: LossWGAN, Clip: 0.1, NCritic: 5}, 0},
		// lambda 1, not 10: in 1-D with every x̂ in one linear region of
		// the initial critic, flipping a wrongly signed slope means passing
		// |g| = 0 (penalty lambda) for a gain of ~3 (the data's distance);
		// with 10 the critic stays in that local optimum (observed).
		// 1,500 updates: WGAN-GP's generator circles the data's mean here
		// (sample means 2.2-3.6 at single updates between 600 and 3,000, on
		// either BLAS), so the check is on the mean over the last updates.
		{"wgan_gp", GANConfig{Loss: LossWGANGP, NCritic: 5, GPLambda: 1}, 1500},
		{"nonsaturating + spectral norm + hist avg", GANConfig{Loss: LossNonSaturating, SpectralNorm: true, HistAvg: 1e-3}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(9))
			n := 2000
			data := make([]float32, n)
			for i := range data {
				data[i] = float32(3 + 0.5*rng.NormFloat64())
			}
			cfg := c.cfg
			cfg.NoiseDim, cfg.Noise, cfg.Out, cfg.GHidden, cfg.GOutAct = 2, "normal", 1, []int{16}, nn.Linear
			cfg.DHidden, cfg.DAct, cfg.Batch, cfg.Iters = []int{16}, "leaky", 64, 600
			if c.iters > 0 {
				cfg.Iters = c.iters
			}
			cfg.DOpt, cfg.GOpt = adam, adam
			m, err := NewGAN(cfg, rng)
			if err != nil {
				t.Fatal(err)
			}
			// The generator's sample mean every 25 updates over the last 500
			// (samples drawn with their own rng, so training is unchanged):
			// a single update's mean also measures where an oscillating pair
			// happens to stand, their average where it settles.
			srng := rand.New(rand.NewSource(99))
			var means []float64
			obs := func(iter, total int, _ map[string]float64) {
				if iter > total-500 && iter%25 == 0 {
					means = append(means, mean32(m.Sample(500, srng)))
				}
			}
			if err := m.Train(context.Background(), data, n, rng, obs); err != nil {
				t.Fatal(err)
			}
			avg := 0.0
			for _, v := range means {
				avg += v / float64(len(means))
			}
			s := m.Sample(2000, rng)
			var v float64
			for _, x := range s {
				v += (float64(x) - avg) * (float64(x) - avg)
			}
			std := math.Sqrt(v / float64(len(s)))
			t.Logf("sample mean over the last 500 updates %.3f (%d snapshots), final std %.3f (data 3, 0.5)", avg, len(means), std)
			// Tolerance: 0.5 on the mean (a sixth of the shift from the
			// generator's initial mean near 0), std under 2 (no blow-up).
			numtest.Close(t, avg, 3, 0.5, "a sixth of the shift from the generator's initial mean")
			if len(means) < 10 || std > 2 {
				t.Fatalf("sample mean %.3f over %d snapshots, std %.3f; data 3 and 0.5", avg, len(means), std)
			}
		})
	}
}

// TestGANDivergenceCaught: an absurd learning rate with the KL f-GAN (whose
// conjugate exp(v - 1) overflows) ends in ErrDiverged with the update number
// recorded and finite (restored) parameters, not a panic or NaN model.
func TestGANDivergenceCaught(t *testing.T) {
	rng := rand.New(rand.NewSource(10))
	data := nntest.RandVec(rng, 500*2)
	sgd := nn.Optimizer{Kind: nn.OptSGD, LR: 1e4}
	m, err := NewGAN(GANConfig{NoiseDim: 2, Out: 2, GHidden: []int{8}, GOutAct: nn.Linear, DHidden: []int{8},
		Loss: LossFGAN, Divergence: DivKL, Batch: 50, Iters: 300, DOpt: sgd, GOpt: sgd}, rng)
	if err != nil {
		t.Fatal(err)
	}
	err = m.Train(context.Background(), data, 500, rng, nil)
	if !errors.Is(err, nn.ErrDiverged) || m.DivergedAt == 0 {
		t.Fatalf("err = %v, DivergedAt %d; want ErrDiverged", err, m.DivergedAt)
	}
	for _, x := range m.Sample(100, rng) {
		if !finite(float64(x)) {
			t.Fatalf("restored generator gives %v", x)
		}
	}
	t.Logf("diverged at update %d: %v", m.DivergedAt, err)
}
