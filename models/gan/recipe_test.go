package gan

import (
	"context"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// recipeGAN is a small MLP GAN with the authors' recipe switched on
// (simultaneous updates, dropout in D, D loss scale 0.5, sqrt 3 noise) and
// its trainer on n random [0,1] rows.
func recipeGAN(t *testing.T, lr float64) (*GAN, *trainer, []float32) {
	t.Helper()
	rng := rand.New(rand.NewSource(3))
	const n, d, B = 40, 6, 8
	data := make([]float32, n*d)
	for i := range data {
		data[i] = float32(rng.Float64())
	}
	sgd := nn.Optimizer{Kind: nn.OptSGD, LR: lr, Momentum: 0.5}
	cfg := GANConfig{NoiseDim: 3, Noise: NoiseUniformSqrt3, Out: d, GHidden: []int{7}, GOutAct: nn.Sigmoid,
		DHidden: []int{5, 4}, DPieces: 3, DDropIn: 0.2, DDrop: 0.5, GInit: 0.05, DInit: 0.5,
		Loss: LossNonSaturating, DLossScale: 0.5, Update: UpdateSimultaneous, GOutBiasFromData: true,
		Batch: B, Iters: 1, DOpt: sgd, GOpt: sgd}
	m, err := NewGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range []*nn.Optimizer{&m.cfg.DOpt, &m.cfg.GOpt} {
		if err := o.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	tr, err := m.newTrainer(data, nil, n, rng, m.cfg.DOpt, m.cfg.GOpt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tr.close)
	return m, tr, data
}

// TestSimultaneousUpdate: in one simultaneous update D's generated rows are
// those of the pre-update generator on the update's noise, and G's pass
// goes through the pre-update D with the D pass's noise and the dropout
// masks of its generated rows, so G's mean critic value equals the D pass's
// on its generated rows (goodfeli/adversarial AdversaryCost2: g_obj is
// CE(1, y_hat0) of the very y_hat0 in d_obj). Tolerance 1e-5: the two
// passes compute G(z) with different kernels (graph vs Forwarder), float32.
// Both steps are then applied: both players' parameters move.
func TestSimultaneousUpdate(t *testing.T) {
	m, tr, _ := recipeGAN(t, 0.5)
	before := m.snapshot()
	gBefore := make([]*nn.Layer, len(m.g))
	for i, l := range m.g {
		c := *l
		c.W, c.B = append([]float32(nil), l.W...), append([]float32(nil), l.B...)
		gBefore[i] = &c
	}
	if err := tr.update(1); err != nil {
		t.Fatal(err)
	}
	B, d := tr.cfg.Batch, tr.cfg.Out
	want := nn.Forward(gBefore, tr.z, B, false)
	for i, v := range tr.ds.x[B*d : 2*B*d] {
		if !numtest.Close(t, float64(v), float64(want[i]), 1e-6, "D's generated rows = pre-update G(z), float32 kernels") {
			t.Fatalf("generated row value %d", i)
		}
	}
	numtest.Close(t, tr.gs.vFake, tr.ds.vFake, 1e-5, "G's pass = D's pass on its generated rows (same z, masks, pre-update D)")
	moved := func(lo, hi int) bool { return arraysDiffer(before, m.params(), lo, hi) }
	nG := 2 * len(m.g)
	if !moved(0, nG) || !moved(nG, len(before)) {
		t.Errorf("after the update G moved %v, D moved %v; want both", moved(0, nG), moved(nG, len(before)))
	}
}

// arraysDiffer reports whether any of arrays lo..hi-1 of a and b differ in
// any value (a parameter snapshot before and after an update).
func arraysDiffer(a, b [][]float32, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		for i := range a[k] {
			if a[k][i] != b[k][i] {
				return true
			}
		}
	}
	return false
}

// TestSimultaneousDropoutInGPass: G's pass through D applies dropout, with
// the masks of the D pass's generated rows (rows B..2B), not all ones and
// not fresh draws.
func TestSimultaneousDropoutInGPass(t *testing.T) {
	_, tr, _ := recipeGAN(t, 0.5)
	if err := tr.update(1); err != nil {
		t.Fatal(err)
	}
	B := tr.cfg.Batch
	for i, gm := range tr.gs.masks {
		dm := tr.ds.masks[i]
		if gm == nil || dm == nil {
			t.Fatalf("mask %d: G pass %v, D pass %v; the recipe drops out every D layer's input", i, gm != nil, dm != nil)
		}
		w := len(gm) / B
		zeros := 0
		for j, v := range gm {
			if v != dm[B*w+j] {
				t.Fatalf("mask %d entry %d: G pass %v, D pass's generated row %v", i, j, v, dm[B*w+j])
			}
			if v == 0 {
				zeros++
			}
		}
		if zeros == 0 {
			t.Errorf("mask %d drops nothing in G's pass", i)
		}
	}
}

// TestOutputBiasFromData: training starts from the sigmoid output bias
// logit(clip(column mean, 1e-7, 1-1e-7)) (pylearn2's
// init_sigmoid_bias_from_marginals). Hand values: mean 0.5 -> 0; all zeros
// -> logit(1e-7) = -16.118095; all ones -> +16.118095; mean 0.25 ->
// ln(1/3) = -1.098612. Learning rate 1e-30, so one update leaves the bias
// where it started. Tolerance 2e-6: float32 storage of 16.1 and the hand
// values' 6 decimals.
func TestOutputBiasFromData(t *testing.T) {
	rows := [][]float32{{0.2, 0, 1, 0}, {0.4, 0, 1, 0}, {0.6, 0, 1, 0}, {0.8, 0, 1, 1}}
	var data []float32
	for _, r := range rows {
		data = append(data, r...)
	}
	sgd := nn.Optimizer{Kind: nn.OptSGD, LR: 1e-30}
	m, err := NewGAN(GANConfig{NoiseDim: 2, Out: 4, GHidden: []int{3}, GOutAct: nn.Sigmoid, DHidden: []int{3},
		Loss: LossNonSaturating, GOutBiasFromData: true, Batch: 2, Iters: 1, DOpt: sgd, GOpt: sgd},
		rand.New(rand.NewSource(1)))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Train(context.Background(), data, 4, rand.New(rand.NewSource(2)), nil); err != nil {
		t.Fatal(err)
	}
	b := m.g[len(m.g)-1].B
	for j, want := range []float64{0, -16.118095, 16.118095, -1.098612} {
		numtest.Close(t, float64(b[j]), want, 2e-6, "logit of the clipped column mean, float32 and 6 decimals")
	}
	if _, err := NewGAN(GANConfig{NoiseDim: 2, Out: 4, GOutAct: nn.Tanh, GOutBiasFromData: true}, rand.New(rand.NewSource(1))); err == nil {
		t.Error("a tanh generator took the sigmoid output bias")
	}
}

// TestUniformSqrt3Noise: the authors' noise is U[-sqrt 3, sqrt 3]: every
// draw within the bounds, some beyond 1.7 (so not U[-1, 1]), mean 0 and
// variance 1 within 5 standard errors over 200,000 draws (mean: 5/sqrt(n)
// = 0.011; variance: the variance of z^2 is 9/5 - 1 = 0.8, 5 sqrt(0.8/n)
// = 0.010).
func TestUniformSqrt3Noise(t *testing.T) {
	m := &GAN{cfg: GANConfig{Noise: NoiseUniformSqrt3}}
	z := make([]float32, 200000)
	m.FillNoise(z, rand.New(rand.NewSource(5)))
	var s, s2, top float64
	for _, v := range z {
		x := float64(v)
		if math.Abs(x) > math.Sqrt(3) {
			t.Fatalf("draw %v outside [-sqrt 3, sqrt 3]", x)
		}
		s, s2, top = s+x, s2+x*x, max(top, math.Abs(x))
	}
	n := float64(len(z))
	numtest.Close(t, s/n, 0, 0.011, "mean, 5 standard errors")
	numtest.Close(t, s2/n, 1, 0.010, "variance, 5 standard errors")
	if top < 1.7 {
		t.Errorf("largest |z| %v: the draws stay inside [-1.7, 1.7]", top)
	}
}

// TestDLossScale: D's loss and its gradient are scaled by DLossScale (the
// authors' 0.5): on fixed logits v_real = (0, 2), v_fake = (-1, 1), the
// nonsaturating D loss (TestGANLossValues' hand values) halves, and so does
// every gradient entry. Tolerance 1e-6: hand values to 6 decimals.
func TestDLossScale(t *testing.T) {
	a, b, _, err := ganTerms(LossNonSaturating, "", 1)
	if err != nil {
		t.Fatal(err)
	}
	// softplus(-0) + softplus(-2) over 2, + (softplus(-1) + softplus(1)) / 2.
	full := (0.693147+0.126928)/2 + (0.313262+1.313262)/2
	v := []float32{0, 2, -1, 1}
	for _, scale := range []float64{1, 0.5} {
		s := &dStep{B: 2, a: a, b: b, scale: scale}
		dv := make([]float32, 4)
		numtest.Close(t, s.loss(v, dv), scale*full, 1e-6, "scaled D loss, hand values")
		// d/dv softplus(-v)/2 = -sigmoid(-v)/2; d/dv softplus(v)/2 = sigmoid(v)/2.
		for i, want := range []float64{-0.5 / 2, -0.119203 / 2, 0.268941 / 2, 0.731059 / 2} {
			numtest.Close(t, float64(dv[i]), scale*want, 1e-6, "scaled D gradient, hand values")
		}
	}
}

// TestGSteps: with GSteps 2 an update takes its second generator step on
// the first one's noise, masks and real rows (the DCGAN code behind
// PacGAN's stacked-MNIST table feeds the same z to both g_optim runs): the
// parameters equal, bit for bit, those of a GSteps 1 update followed by one
// more G step on the inputs in place, and differ from the GSteps 1 update
// alone. Simultaneous or unrolled updates refuse more than one step.
func TestGSteps(t *testing.T) {
	build := func(steps int) (*GAN, *trainer) {
		rng := rand.New(rand.NewSource(7))
		data := make([]float32, 40*6)
		for i := range data {
			data[i] = float32(rng.Float64())
		}
		adam := nn.Optimizer{Kind: nn.OptAdam, LR: 0.01, Beta1: 0.5, Beta2: 0.999}
		cfg := GANConfig{NoiseDim: 3, Out: 6, GHidden: []int{7}, GOutAct: nn.Sigmoid, DHidden: []int{5}, DPieces: 2,
			DDrop: 0.5, GInit: 0.3, DInit: 0.3, Loss: LossNonSaturating, GSteps: steps, Batch: 8, Iters: 1, DOpt: adam, GOpt: adam}
		m, err := NewGAN(cfg, rng)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range []*nn.Optimizer{&m.cfg.DOpt, &m.cfg.GOpt} {
			if err := o.Validate(); err != nil { // Adam's eps
				t.Fatal(err)
			}
		}
		tr, err := m.newTrainer(data, nil, 40, rng, m.cfg.DOpt, m.cfg.GOpt)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(tr.close)
		return m, tr
	}
	two, trTwo := build(2)
	if err := trTwo.update(1); err != nil {
		t.Fatal(err)
	}
	one, trOne := build(1)
	if err := trOne.update(1); err != nil {
		t.Fatal(err)
	}
	afterOne := one.snapshot()
	if err := trOne.generatorGrad(false); err != nil {
		t.Fatal(err)
	}
	if err := trOne.generatorApply(); err != nil {
		t.Fatal(err)
	}
	a, b := two.snapshot(), one.snapshot()
	differs := false
	for k := range a {
		if !nntest.Equal32(a[k], b[k]) {
			t.Fatalf("parameter array %d: GSteps 2 differs from GSteps 1 + one G step on the same inputs", k)
		}
		differs = differs || !nntest.Equal32(a[k], afterOne[k])
	}
	if !differs {
		t.Error("GSteps 2 left the parameters of GSteps 1: the second step did nothing")
	}
	for _, c := range []GANConfig{{Update: UpdateSimultaneous}, {UnrolledSteps: 3, DAct: DActTanh}} {
		c.NoiseDim, c.Out, c.GHidden, c.DHidden, c.GSteps, c.Loss = 2, 2, []int{3}, []int{3}, 2, LossNonSaturating
		if _, err := NewGAN(c, rand.New(rand.NewSource(1))); err == nil || !strings.Contains(err.Error(), "generator steps") {
			t.Errorf("GSteps 2 with update %q, unrolled %d: err %v, want the generator-steps refusal", c.Update, c.UnrolledSteps, err)
		}
	}
}
