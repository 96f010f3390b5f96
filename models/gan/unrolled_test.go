package gan

import (
	"context"
	"math"
	"math/rand"
	"strconv"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// unrolledTestGAN is a small unrolled GAN: z 3 -> G [5] ReLU -> 2; D 2 ->
// [4, 4] tanh -> 1, with k unrolled steps and loss.
func unrolledTestGAN(t *testing.T, k int, loss LossKind, seed int64) *GAN {
	t.Helper()
	return unrolledTestGANAct(t, k, loss, seed, "")
}

// unrolledTestGANAct is unrolledTestGAN with G's hidden unit gAct.
func unrolledTestGANAct(t *testing.T, k int, loss LossKind, seed int64, gAct nn.Activation) *GAN {
	t.Helper()
	cfg := GANConfig{NoiseDim: 3, Noise: NoiseNormal, Out: 2, GHidden: []int{5}, GAct: gAct, GOutAct: nn.Linear,
		DHidden: []int{4, 4}, DPieces: 1, DAct: DActTanh, Loss: loss, UnrolledSteps: k}
	m, err := NewGAN(cfg, rand.New(rand.NewSource(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// unrolledTestAdam is D's Adam (a large lr, so that k steps move D enough
// for the unrolled terms to matter) and a state after 3 updates with
// random moments of the size of a few squared gradients (v > 0: sqrt(v)
// is differentiable there; v small, so that the steps depend on the
// gradients).
func unrolledTestAdam(m *GAN, ds *dStep, rng *rand.Rand) (nn.Optimizer, *nn.OptState) {
	o := nn.Optimizer{Kind: nn.OptAdam, LR: 0.05, Beta1: 0.5, Beta2: 0.999}
	if err := o.Validate(); err != nil {
		panic(err)
	}
	st := nn.NewOptState(o, ds.t.ParamData)
	st.T = 3
	for i := range st.M {
		for j := range st.V[i] {
			st.M[i][j] = float32(0.01 * rng.NormFloat64())
			st.V[i][j] = float32(1e-4 * (0.5 + rng.Float64()))
		}
	}
	return o, st
}

func buildTestUnrolled(t *testing.T, m *GAN, B int, o nn.Optimizer, st *nn.OptState) *gStep {
	t.Helper()
	gs, err := m.buildUnrolledGStep(B, o, st)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { gs.t.Machine.Close() })
	if err := gs.unrolled.setScalars(); err != nil {
		t.Fatal(err)
	}
	return gs
}

// TestUnrolledGradient: G's gradient through k = 3 unrolled Adam steps of
// D (second order: through the D gradients, Adam's moments and sqrt(v))
// against central differences of the graph's own k-step unrolled loss
// (step 1e-3, relative L2 error below 1e-2, the bound of the other GAN
// gradient checks), for the minimax loss (G's loss -L_D(w_k), real rows
// included) and the non-saturating one, and for the minimax loss with a
// tanh generator (the demo's G, g_act). The graph trains G's parameters
// only: D's weights and moments are inputs.
func TestUnrolledGradient(t *testing.T) {
	cases := []struct {
		loss LossKind
		gAct nn.Activation
	}{{LossMinimax, ""}, {LossNonSaturating, ""}, {LossMinimax, nn.Tanh}}
	for _, c := range cases {
		loss := c.loss
		t.Run(string(loss)+" "+string(c.gAct), func(t *testing.T) {
			rng := rand.New(rand.NewSource(7))
			m := unrolledTestGANAct(t, 3, loss, 5, c.gAct)
			B := 6
			ds := testDStep(t, m, B)
			o, st := unrolledTestAdam(m, ds, rng)
			gs := buildTestUnrolled(t, m, B, o, st)
			if got, want := len(gs.t.ParamData), 2*len(m.g); got != want {
				t.Fatalf("unrolled G graph trains %d arrays, want G's %d", got, want)
			}
			copy(gs.z, nntest.RandVec(rng, len(gs.z)))
			copy(gs.real, nntest.RandVec(rng, len(gs.real)))
			// D's weights and moments are bound into the graph: running
			// it must leave them as they were (no in-place op on them).
			before := flat64(append(append(append([][]float32(nil), ds.t.ParamData...), st.M...), st.V...))
			if e := nntest.GradCheck(t, gs.t, 1e-3); e > 1e-2 {
				t.Errorf("relative gradient error %.3g", e)
			} else {
				t.Logf("relative gradient error %.2g", e)
			}
			after := flat64(append(append(append([][]float32(nil), ds.t.ParamData...), st.M...), st.V...))
			for i := range before {
				if before[i] != after[i] {
					t.Fatalf("D's weights or Adam moments changed by the unrolled G graph (value %d: %v -> %v)", i, before[i], after[i])
				}
			}
		})
	}
}

// TestUnrolledZeroStepsIsGAN: with k = 0 the unrolled graph's loss and G
// gradient are the ordinary G step's (non-saturating loss, same z, same
// D), to float32 rounding of two op orders (1e-5 relative, 1e-7 absolute
// for gradients near 0). Batches of 6 and 256: the graph stacks [real B |
// fake B], and at B = 256 gorgonia's own G.Concat gave the fake rows the
// real rows' gradient (nn.Concat); the ordinary G step stacks nothing.
func TestUnrolledZeroStepsIsGAN(t *testing.T) {
	for _, B := range []int{6, 256} {
		t.Run(strconv.Itoa(B), func(t *testing.T) {
			rng := rand.New(rand.NewSource(8))
			m := unrolledTestGAN(t, 0, LossNonSaturating, 6)
			ds := testDStep(t, m, B)
			o, st := unrolledTestAdam(m, ds, rng)
			us := buildTestUnrolled(t, m, B, o, st)
			gs := testGStep(t, m, B)
			copy(gs.z, nntest.RandVec(rng, len(gs.z)))
			copy(us.z, gs.z)
			copy(us.real, nntest.RandVec(rng, len(us.real)))
			lu, err := us.t.ForwardBackward()
			if err != nil {
				t.Fatal(err)
			}
			lg, err := gs.t.ForwardBackward()
			if err != nil {
				t.Fatal(err)
			}
			numtest.Rel(t, lu, lg, 1e-5, "k = 0 loss vs the G step's, float32")
			for i, g := range gs.t.GradData {
				for j, want := range g {
					numtest.Close(t, float64(us.t.GradData[i][j]), float64(want), 1e-7+1e-5*abs64(float64(want)),
						"k = 0 gradient vs the G step's, float32")
				}
			}
		})
	}
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestUnrolledStepsAreDSteps: the unrolled steps are D's real updates,
// and their second-order terms matter. After k = 3 unrolled steps the
// graph's loss equals -L_D(w_3) where w_3 is what 3 real Adam steps of D
// (nn's Adam, from the same state, on the same real and generated rows)
// reach (minimax: G's loss is -L_D, real rows included); both float32 with
// different op orders, 1e-4 relative (each step divides by sqrt(v)). The
// first-order gradient (G's loss through a constant D at w_3: the ordinary
// G step there) differs from the unrolled one by more than 0.1 relative
// L2, ten times TestUnrolledGradient's bound: a graph that dropped the
// terms through the unrolled steps would fail that check.
func TestUnrolledStepsAreDSteps(t *testing.T) {
	t.Run("adam", func(t *testing.T) { testUnrolledStepsAreDSteps(t, false) })
	t.Run("sgd", func(t *testing.T) { testUnrolledStepsAreDSteps(t, true) })
}

// testUnrolledStepsAreDSteps is TestUnrolledStepsAreDSteps with D's Adam,
// or with plain SGD (lr 0.5; then only the loss is compared: the size of
// the unrolled terms is Adam's case).
func testUnrolledStepsAreDSteps(t *testing.T, sgd bool) {
	rng := rand.New(rand.NewSource(9))
	const k = 3
	m := unrolledTestGAN(t, k, LossMinimax, 7)
	B := 6
	ds := testDStep(t, m, B)
	o, st := unrolledTestAdam(m, ds, rng)
	if sgd {
		o = nn.Optimizer{Kind: nn.OptSGD, LR: 0.5}
		if err := o.Validate(); err != nil {
			t.Fatal(err)
		}
		st = nn.NewOptState(o, ds.t.ParamData)
	}
	us := buildTestUnrolled(t, m, B, o, st)
	copy(us.z, nntest.RandVec(rng, len(us.z)))
	copy(us.real, nntest.RandVec(rng, len(us.real)))
	lu, err := us.t.ForwardBackward()
	if err != nil {
		t.Fatal(err)
	}
	unrolled := flat64(us.t.GradData)
	// The real steps: D on [real | G(z)], then Adam from the same state.
	d := m.cfg.dIn()
	copy(ds.x[:B*d], us.real)
	copy(ds.x[B*d:], m.generateMLP(us.z, B, false))
	for j := 0; j < k; j++ {
		if _, err := ds.t.ForwardBackward(); err != nil {
			t.Fatal(err)
		}
		st.Step(ds.t.ParamData, ds.t.GradData)
	}
	ld, err := ds.t.ForwardBackward() // L_D(w_3) on the same rows
	if err != nil {
		t.Fatal(err)
	}
	numtest.Rel(t, lu, -ld, 1e-4, "unrolled k = 3 loss vs -L_D after three real steps of D's optimizer, float32")
	if sgd {
		return
	}
	gs := testGStep(t, m, B) // through D at w_3, constant
	copy(gs.z, us.z)
	if _, err := gs.t.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	first := flat64(gs.t.GradData)
	var num, den float64
	for i := range unrolled {
		num += (first[i] - unrolled[i]) * (first[i] - unrolled[i])
		den += unrolled[i] * unrolled[i]
	}
	rel := num / den
	if rel < 0.1*0.1 {
		t.Errorf("first-order gradient within %.3g relative L2 of the unrolled one: the unrolled terms do not show", sqrt64(rel))
	} else {
		t.Logf("first-order vs unrolled gradient: %.3g relative L2", sqrt64(rel))
	}
}

func flat64(ds [][]float32) []float64 {
	var v []float64
	for _, d := range ds {
		for _, x := range d {
			v = append(v, float64(x))
		}
	}
	return v
}

func sqrt64(x float64) float64 { return math.Sqrt(x) }

// TestUnrolledTrains: a short unrolled training run (k = 2, Adam) on a
// two-point mixture stays finite, reports its terms, and moves G.
func TestUnrolledTrains(t *testing.T) {
	m := unrolledTestGAN(t, 2, LossMinimax, 10)
	m.cfg.Batch, m.cfg.Iters = 8, 5
	m.cfg.DOpt = nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3, Beta1: 0.5}
	m.cfg.GOpt = nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3, Beta1: 0.5}
	data := make([]float32, 2*64)
	for i := 0; i < 64; i++ {
		data[2*i] = float32(2*(i%2) - 1)
	}
	before := append([]float32(nil), m.g[0].W...)
	var last map[string]float64
	obs := func(_, _ int, terms map[string]float64) { last = terms }
	if err := m.Train(context.Background(), data, 64, rand.New(rand.NewSource(1)), obs); err != nil {
		t.Fatal(err)
	}
	if last == nil || !finite(last["g_loss"]) || !finite(last["d_loss"]) {
		t.Fatalf("terms after training: %v", last)
	}
	if nntest.Equal32(before, m.g[0].W) {
		t.Error("G's first layer did not move")
	}
}

// TestUnrolledRefused: configurations the written-out D gradient does not
// cover are refused when the model is built or trained.
func TestUnrolledRefused(t *testing.T) {
	base := GANConfig{NoiseDim: 3, Out: 2, GHidden: []int{5}, DHidden: []int{4}, DPieces: 1, DAct: DActTanh,
		Loss: LossNonSaturating, UnrolledSteps: 2}
	for name, mod := range map[string]func(c *GANConfig){
		"maxout":        func(c *GANConfig) { c.DPieces = 5 },
		"relu":          func(c *GANConfig) { c.DAct = DActReLU },
		"wgan":          func(c *GANConfig) { c.Loss = LossWGAN },
		"dropout":       func(c *GANConfig) { c.DDrop = 0.5 },
		"spectral norm": func(c *GANConfig) { c.SpectralNorm = true },
		"pack":          func(c *GANConfig) { c.Pack = 2 },
		"negative":      func(c *GANConfig) { c.UnrolledSteps = -1 },
	} {
		c := base
		mod(&c)
		if _, err := NewGAN(c, rand.New(rand.NewSource(1))); err == nil {
			t.Errorf("%s: NewGAN accepted it", name)
		}
	}
	if err := checkUnrolledOpt(nn.Optimizer{Kind: nn.OptSGD, LR: 0.1, Momentum: 0.5}); err == nil {
		t.Error("SGD with momentum accepted for the unrolled steps")
	}
	if err := checkUnrolledOpt(nn.Optimizer{Kind: nn.OptRMSProp, LR: 0.1}); err == nil {
		t.Error("RMSProp accepted for the unrolled steps")
	}
}

// BenchmarkUnrolledGStep: one G step of the demo's size (batch 512, z 256,
// G and D 2 x 128, k = 5 unrolled Adam steps), forward and backward.
func BenchmarkUnrolledGStep(b *testing.B) {
	cfg := GANConfig{NoiseDim: 256, Noise: NoiseNormal, Out: 2, GHidden: []int{128, 128}, GOutAct: nn.Linear,
		DHidden: []int{128, 128}, DPieces: 1, DAct: DActTanh, Loss: LossMinimax, UnrolledSteps: 5}
	rng := rand.New(rand.NewSource(1))
	m, err := NewGAN(cfg, rng)
	if err != nil {
		b.Fatal(err)
	}
	B := 512
	ds, err := m.buildDStep(B)
	if err != nil {
		b.Fatal(err)
	}
	defer ds.t.Machine.Close()
	o, st := unrolledTestAdam(m, ds, rng)
	gs, err := m.buildUnrolledGStep(B, o, st)
	if err != nil {
		b.Fatal(err)
	}
	defer gs.t.Machine.Close()
	if err := gs.unrolled.setScalars(); err != nil {
		b.Fatal(err)
	}
	copy(gs.z, nntest.RandVec(rng, len(gs.z)))
	copy(gs.real, nntest.RandVec(rng, len(gs.real)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := gs.t.ForwardBackward(); err != nil {
			b.Fatal(err)
		}
	}
}
