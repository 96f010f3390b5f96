package gan

import (
	"context"
	"errors"
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// condGAN is a small conditional InfoGAN used by the shape and gradient
// tests: noise 5, 10 classes, a 10-way code and 2 continuous codes.
func condGAN(t *testing.T, rng *rand.Rand, mod func(*GANConfig)) *GAN {
	t.Helper()
	cfg := GANConfig{
		NoiseDim: 5, Out: 16, GHidden: []int{8}, GOutAct: nn.Sigmoid,
		DHidden: []int{12, 6}, DPieces: 2, DDropIn: 0.2, DDrop: 0.5, Loss: LossNonSaturating,
		Classes: 10, CatCodes: 10, ContCodes: 2, InfoLambda: 0.5,
	}
	if mod != nil {
		mod(&cfg)
	}
	m, err := NewGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestConditionalShapes: the generator takes noise | label | codes, D takes
// image | label, Q maps D's last hidden layer to 10 logits + 2 means, the
// training graphs' buffers have those widths, and a generator rebuilt from
// its saved description gives the same samples bit for bit.
func TestConditionalShapes(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	m := condGAN(t, rng, nil)
	if got, want := m.g[0].In, 5+10+10+2; got != want {
		t.Errorf("generator input width %d, want %d", got, want)
	}
	if got, want := m.d[0].In, 16+10; got != want {
		t.Errorf("discriminator input width %d, want %d", got, want)
	}
	if m.q == nil || m.q.In != 6 || m.q.Out != 12 {
		t.Fatalf("Q head %+v, want 6 -> 12", m.q)
	}
	B := 4
	ds := testDStep(t, m, B)
	gs := testGStep(t, m, B)
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"D rows x", len(ds.x), 2 * B * 16},
		{"D labels", len(ds.y), 2 * B * 10},
		{"G inputs", len(gs.z), B * 27},
		{"G-step labels", len(gs.y), B * 10},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d values, want %d", c.name, c.got, c.want)
		}
	}
	if ds.info == nil || ds.info.lo != B || ds.info.hi != 2*B || gs.info == nil || gs.info.lo != 0 || gs.info.hi != B {
		t.Errorf("Q loss rows: D %+v, G %+v; want [B, 2B) and [0, B)", ds.info, gs.info)
	}
	n := 7
	labels := []int32{0, 1, 2, 3, 9, 9, 5}
	cat := []int32{4, 4, 0, 1, 2, 3, 9}
	x, err := m.SampleCoded(n, labels, cat, rand.New(rand.NewSource(2)))
	if err != nil {
		t.Fatal(err)
	}
	if len(x) != n*16 {
		t.Fatalf("%d sample values, want %d", len(x), n*16)
	}
	g2, err := GeneratorFrom(m.GeneratorArch(), m.GeneratorParams())
	if err != nil {
		t.Fatal(err)
	}
	y, err := g2.SampleCoded(n, labels, cat, rand.New(rand.NewSource(2)))
	if err != nil {
		t.Fatal(err)
	}
	for i := range x {
		if x[i] != y[i] {
			t.Fatalf("rebuilt generator: sample value %d is %v, want %v", i, y[i], x[i])
		}
	}
	if _, err := m.SampleCoded(n, labels[:3], nil, rng); err == nil {
		t.Error("3 labels for 7 samples accepted")
	}
	if _, err := m.SampleCoded(n, []int32{0, 1, 2, 3, 10, 9, 5}, nil, rng); err == nil {
		t.Error("label 10 of a 10-class GAN accepted")
	}
}

// TestConditionalGradients: finite differences (h = 1e-3, relative L2
// error <= 1e-2, as TestCriticGradients) through the D step and the G step
// of a conditional InfoGAN, with the labels concatenated to D's input and
// the Q loss added to both costs.
func TestConditionalGradients(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	m := condGAN(t, rng, func(c *GANConfig) { c.FeatureMatching = false })
	B := 3
	cb := m.newCodeBatch(B)
	for i := range cb.labels {
		cb.labels[i] = int32(rng.Intn(10))
	}
	ds := testDStep(t, m, B)
	ds.info.setCodes(cb)
	copy(ds.x, nntest.RandVec(rng, len(ds.x)))
	m.drawCodes(cb, rng)
	oneHot(ds.y, 0, cb.labels, 10)
	oneHot(ds.y, B, cb.labels, 10)
	fillMasks(ds.masks, ds.ps, 0, rng)
	if e := nntest.GradCheck(t, ds.t, 1e-3); e > 1e-2 {
		t.Errorf("discriminator + Q: relative gradient error %.3g", e)
	}
	gs := testGStep(t, m, B)
	gs.info.setCodes(cb)
	m.genInput(gs.z, cb, rng)
	oneHot(gs.y, 0, cb.labels, 10)
	fillMasks(gs.masks, gs.ps, 0, rng)
	if e := nntest.GradCheck(t, gs.t, 1e-3); e > 1e-2 {
		t.Errorf("generator + Q: relative gradient error %.3g", e)
	}
}

// TestLabelsReachDiscriminator: with the one-hot label input made a
// parameter, the critic's gradient with respect to it is non-zero and
// matches central differences (h = 1e-3, relative L2 error <= 1e-2).
func TestLabelsReachDiscriminator(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	m := condGAN(t, rng, func(c *GANConfig) { c.CatCodes, c.ContCodes = 0, 0 })
	N := 5
	g := nn.NewGraphNet()
	xn, x := g.Input("x", N, 16)
	copy(x, nntest.RandVec(rng, len(x)))
	y := make([]float32, N*10)
	oneHot(y, 0, []int32{0, 3, 3, 7, 9}, 10)
	yn := g.Param("labels", y, N, 10) // the only parameter: we want d/dy
	v, _, err := m.critic(g, xn, criticOpts{labels: yn})
	if err != nil {
		t.Fatal(err)
	}
	cost, err := nn.ApplyLoss("sum", sumLoss, v)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Compile(cost); err != nil {
		t.Fatal(err)
	}
	defer g.Machine.Close()
	if _, err := g.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	var n2 float64
	for _, d := range g.GradData[0] {
		n2 += float64(d) * float64(d)
	}
	if !(n2 > 0) {
		t.Fatalf("gradient w.r.t. the labels is zero: the labels do not reach D")
	}
	if e := nntest.GradCheck(t, g, 1e-3); e > 1e-2 {
		t.Errorf("d critic / d labels: relative error %.3g", e)
	}
}

// TestLabelsReachGenerator: in a G step the gradient of the first
// generator layer's weights is non-zero on the rows of the labels present
// in the batch and exactly zero on the rows of absent labels (their input
// is 0), and the same noise with a different label gives a different sample.
func TestLabelsReachGenerator(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	m := condGAN(t, rng, func(c *GANConfig) { c.CatCodes, c.ContCodes = 0, 0 })
	B := 3
	gs := testGStep(t, m, B)
	cb := m.newCodeBatch(B)
	copy(cb.labels, []int32{1, 1, 3})
	m.genInput(gs.z, cb, rng)
	oneHot(gs.y, 0, cb.labels, 10)
	fillMasks(gs.masks, gs.ps, 0, rng)
	if _, err := gs.t.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	if gs.t.Params[0].Name() != "g0.W" {
		t.Fatalf("first parameter is %s, want g0.W", gs.t.Params[0].Name())
	}
	gw, h := gs.t.GradData[0], m.g[0].Out
	for c := 0; c < 10; c++ {
		var n2 float64
		for _, v := range gw[(5+c)*h : (5+c+1)*h] {
			n2 += float64(v) * float64(v)
		}
		if present := c == 1 || c == 3; present != (n2 > 0) {
			t.Errorf("label %d (present %v): gradient norm^2 %g on its input row", c, present, n2)
		}
	}
	z := nntest.RandVec(rng, 5)
	a, err := m.GenerateCoded(z, []int32{2}, nil, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.GenerateCoded(z, []int32{6}, nil, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	var diff float64
	for i := range a {
		diff += math.Abs(float64(a[i] - b[i]))
	}
	if !(diff > 0) {
		t.Error("labels 2 and 6 give the same sample from the same noise")
	}
}

// TestInfoLoss: L_I and its gradient against hand computations on fixed
// logits (tolerance 1e-6 absolute, float32 outputs of float64 arithmetic).
//
//	case a: logits (0, ln 3), code 1: softmax (1/4, 3/4), CE = ln(4/3);
//	        mean 0.1, code 0.5: (0.1 - 0.5)^2 / 2 = 0.08;
//	        gradient (1/4, -1/4, -0.4) times lambda 1 over 1 row.
//	case b: rows 1 and 2 of 3 (row 0 is real data: zero gradient), K = 3,
//	        no continuous code, lambda 2:
//	        row 1 logits (2, 0, 0) code 0: CE = ln(e^2 + 2) - 2,
//	        softmax (e^2, 1, 1) / (e^2 + 2);
//	        row 2 logits (0, 0, 0) code 2: CE = ln 3, softmax 1/3 each;
//	        mean CE over the 2 rows; gradient 2 (softmax - onehot) / 2.
func TestInfoLoss(t *testing.T) {
	e2 := math.Exp(2)
	s := e2 + 2
	cases := []struct {
		name          string
		q             []float32
		k, c, lo, hi  int
		cat           []int32
		cont          []float32
		lam           float64
		wantCat, wCon float64
		wantGrad      []float64
	}{
		{"one row, K=2, C=1", []float32{0, float32(math.Log(3)), 0.1}, 2, 1, 0, 1, []int32{1}, []float32{0.5}, 1,
			math.Log(4.0 / 3), 0.08, []float64{0.25, -0.25, -0.4}},
		{"rows 1-2 of 3, K=3", []float32{5, 5, 5, 2, 0, 0, 0, 0, 0}, 3, 0, 1, 3, []int32{0, 2}, nil, 2,
			(math.Log(s) - 2 + math.Log(3)) / 2, 0,
			[]float64{0, 0, 0, e2/s - 1, 1 / s, 1 / s, 1.0 / 3, 1.0 / 3, 1.0/3 - 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dq := make([]float32, len(c.q))
			for i := range dq {
				dq[i] = 99 // must be overwritten
			}
			cat, cont := infoLoss(c.q, dq, c.k, c.c, c.lo, c.hi, c.cat, c.cont, c.lam)
			numtest.Close(t, cat, c.wantCat, 1e-6, "L_I categorical part: float32 outputs of float64 arithmetic")
			numtest.Close(t, cont, c.wCon, 1e-6, "L_I continuous part: float32 outputs of float64 arithmetic")
			for i, g := range c.wantGrad {
				if !numtest.Close(t, float64(dq[i]), g, 1e-6, "gradient, float32 outputs of float64 arithmetic") {
					t.Errorf("dq[%d]", i)
				}
			}
		})
	}
}

// TestConditionalLearnsLabels: 1-D data whose class decides the mode (class
// 0 near -2, class 1 near +2, std 0.3). After 800 updates a conditional GAN's
// samples for each label have their class's mean within 0.5 (the modes are
// 4 apart: a generator ignoring its label would be off by ~2 for one of
// them). A smoke test of the conditional path end to end.
func TestConditionalLearnsLabels(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	n := 2000
	data, labels := make([]float32, n), make([]int32, n)
	for i := range data {
		labels[i] = int32(i % 2)
		data[i] = float32(4*float64(labels[i]) - 2 + 0.3*rng.NormFloat64())
	}
	adam := nn.Optimizer{Kind: nn.OptAdam, LR: 2e-3, Beta1: 0.5, Beta2: 0.999}
	m, err := NewGAN(GANConfig{NoiseDim: 2, Noise: "normal", Out: 1, GHidden: []int{16}, GOutAct: nn.Linear,
		DHidden: []int{16}, DAct: "leaky", Loss: LossNonSaturating, Batch: 64, Iters: 800,
		DOpt: adam, GOpt: adam, Classes: 2}, rng)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Train(context.Background(), data, n, rng, nil); err == nil {
		t.Error("conditional Train without labels accepted")
	}
	if err := m.TrainLabeled(context.Background(), data, labels, n, rng, nil); err != nil {
		t.Fatal(err)
	}
	for c, want := range []float64{-2, 2} {
		lab := make([]int32, 1000)
		for i := range lab {
			lab[i] = int32(c)
		}
		s, err := m.SampleCoded(1000, lab, nil, rng)
		if err != nil {
			t.Fatal(err)
		}
		mean := mean32(s)
		t.Logf("label %d: sample mean %.3f (data %v)", c, mean, want)
		if !numtest.Close(t, mean, want, 0.5, "the modes are 4 apart; a generator ignoring its label is off by ~2") {
			t.Errorf("label %d", c)
		}
	}
}

// TestInfoGANSeparatesModes: unlabelled 1-D data with two modes (-2 and +2,
// std 0.3) and a 2-way categorical code. After 800 updates the code's two
// values put their samples' means on different sides of 0, at least 2 apart
// (InfoGAN's point: the code captures the mode; a code G ignores gives two
// equal means), and the final MI loss is below ln 2 - 0.3 (Q predicts the
// code better than chance, whose cross-entropy is ln 2).
func TestInfoGANSeparatesModes(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	n := 2000
	data := make([]float32, n)
	for i := range data {
		data[i] = float32(4*float64(i%2) - 2 + 0.3*rng.NormFloat64())
	}
	adam := nn.Optimizer{Kind: nn.OptAdam, LR: 2e-3, Beta1: 0.5, Beta2: 0.999}
	m, err := NewGAN(GANConfig{NoiseDim: 2, Noise: "normal", Out: 1, GHidden: []int{16}, GOutAct: nn.Linear,
		DHidden: []int{16}, DAct: "leaky", Loss: LossNonSaturating, Batch: 64, Iters: 800,
		DOpt: adam, GOpt: adam, CatCodes: 2, ContCodes: 1}, rng)
	if err != nil {
		t.Fatal(err)
	}
	var miCat float64
	obs := func(it, total int, terms map[string]float64) { miCat = terms["mi_cat"] }
	if err := m.Train(context.Background(), data, n, rng, obs); err != nil {
		t.Fatal(err)
	}
	var means [2]float64
	for c := range means {
		cat := make([]int32, 1000)
		for i := range cat {
			cat[i] = int32(c)
		}
		s, err := m.SampleCoded(1000, nil, cat, rng)
		if err != nil {
			t.Fatal(err)
		}
		means[c] = mean32(s)
	}
	t.Logf("code means %.3f %.3f, final categorical cross-entropy %.4f (chance ln 2 = 0.6931)", means[0], means[1], miCat)
	if means[0]*means[1] >= 0 || math.Abs(means[0]-means[1]) < 2 {
		t.Errorf("code means %.3f and %.3f: the code does not pick the mode", means[0], means[1])
	}
	if miCat > math.Ln2-0.3 {
		t.Errorf("categorical cross-entropy %.4f, want below ln 2 - 0.3", miCat)
	}
}

// TestConditionalDivergenceCaught: a conditional InfoGAN with an absurd
// learning rate on the KL f-GAN still ends in ErrDiverged with the update
// recorded and a finite restored generator, not a panic.
func TestConditionalDivergenceCaught(t *testing.T) {
	rng := rand.New(rand.NewSource(10))
	n := 500
	data := nntest.RandVec(rng, n*2)
	labels := make([]int32, n)
	for i := range labels {
		labels[i] = int32(i % 3)
	}
	sgd := nn.Optimizer{Kind: nn.OptSGD, LR: 1e4}
	m, err := NewGAN(GANConfig{NoiseDim: 2, Out: 2, GHidden: []int{8}, GOutAct: nn.Linear, DHidden: []int{8},
		Loss: LossFGAN, Divergence: DivKL, Batch: 50, Iters: 300, DOpt: sgd, GOpt: sgd,
		Classes: 3, CatCodes: 2, ContCodes: 1}, rng)
	if err != nil {
		t.Fatal(err)
	}
	err = m.TrainLabeled(context.Background(), data, labels, n, rng, nil)
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
