package gan

import (
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// pacTestConfig is a tiny PacGAN: batch-normalized generator, maxout D on
// packs of 3 two-dimensional samples, N(0, 0.3) weights.
func pacTestConfig() GANConfig {
	return GANConfig{
		NoiseDim: 2, Noise: NoiseNormal, Out: 2, GHidden: []int{5, 4}, GOutAct: nn.Linear,
		DHidden: []int{4, 3}, DPieces: 3, Loss: LossNonSaturating,
		GInit: 0.3, DInit: 0.3, InitNormal: true, GBatchNorm: true, Pack: 3,
	}
}

// TestPackStepGradients: the packed D step and the G step (through batch
// norm, the reshape into packs and the maxout D) against central
// differences (step 1e-3, relative L2 error below 1e-2, the bound of the
// other GAN gradient checks).
func TestPackStepGradients(t *testing.T) {
	rng := rand.New(rand.NewSource(31))
	m, err := NewGAN(pacTestConfig(), rng)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.d[0].In, 6; got != want {
		t.Fatalf("D's first layer has %d inputs, want pack*out = %d", got, want)
	}
	B := 4
	ds := testDStep(t, m, B)
	copy(ds.x, nntest.RandVec(rng, len(ds.x)))
	if e := nntest.GradCheck(t, ds.t, 1e-3); e > 1e-2 {
		t.Errorf("packed discriminator: relative gradient error %.3g", e)
	} else {
		t.Logf("packed discriminator: relative gradient error %.2g", e)
	}
	gs := testGStep(t, m, B)
	if len(gs.z) != B*3*2 {
		t.Fatalf("G step draws %d noise values, want packs*pack*noise = %d", len(gs.z), B*3*2)
	}
	copy(gs.z, nntest.RandVec(rng, len(gs.z)))
	if e := nntest.GradCheck(t, gs.t, 1e-3); e > 1e-2 {
		t.Errorf("generator through packs and batch norm: relative gradient error %.3g", e)
	} else {
		t.Logf("generator: relative gradient error %.2g", e)
	}
}

// TestPackLayout: the G step's packs are the D step's: pack i holds the
// generated samples pack*i .. pack*i+pack-1 in order. The same noise through
// the graph-free generator (training-mode batch norm, as the D step's fake
// batch is made) into the D step's fake rows gives the G step's mean critic
// value on the fake packs (float32 paths of different summation order:
// tolerance 1e-5 absolute on values of order 1). A pairing that differed
// (e.g. samples i and i+B in one pack) would change the mean.
func TestPackLayout(t *testing.T) {
	rng := rand.New(rand.NewSource(32))
	cfg := pacTestConfig()
	m, err := NewGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	B := 5
	gs := testGStep(t, m, B)
	ds := testDStep(t, m, B)
	copy(gs.z, nntest.RandVec(rng, len(gs.z)))
	if _, err := gs.t.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	fake := m.generateMLP(gs.z, B*cfg.Pack, true)
	d := cfg.dIn()
	copy(ds.x[:B*d], nntest.RandVec(rng, B*d))
	copy(ds.x[B*d:], fake)
	if _, err := ds.t.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	numtest.Close(t, ds.vFake, gs.vFake, 1e-5, "mean critic value on the fake packs")
}

// TestBatchNormGeneratorRoundTrip: a PacGAN generator saved with
// GeneratorParams / GeneratorArch and rebuilt by GeneratorFrom samples the
// same points (running statistics included; tolerance 0, the same kernels).
func TestBatchNormGeneratorRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(33))
	m, err := NewGAN(pacTestConfig(), rng)
	if err != nil {
		t.Fatal(err)
	}
	data := nntest.RandVec(rng, 2*64)
	m.cfg.Batch, m.cfg.Iters = 8, 20
	m.cfg.DOpt = nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3, Beta1: 0.5, Beta2: 0.999}
	m.cfg.GOpt = m.cfg.DOpt
	if err := m.Train(t.Context(), data, 64, rng, nil); err != nil {
		t.Fatal(err)
	}
	if m.gbn[0].run.mean[0] == 0 {
		t.Fatal("running mean not updated by training")
	}
	r, err := GeneratorFrom(m.GeneratorArch(), m.GeneratorParams())
	if err != nil {
		t.Fatal(err)
	}
	a, b := m.Sample(50, rand.New(rand.NewSource(1))), r.Sample(50, rand.New(rand.NewSource(1)))
	if !nntest.Equal32(a, b) {
		t.Errorf("rebuilt generator samples differently: %v vs %v", a[:4], b[:4])
	}
}
