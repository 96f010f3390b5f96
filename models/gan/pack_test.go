package gan

import (
	"math"
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

// TestPackSimultaneousUpdate: PacGAN's released code (fjxmlzn/PacGAN,
// synthetic_data_experiments, through ALI's ali_algorithm) takes both
// players' gradients from one pass and then both steps. On the PacGAN
// networks (batch-normalized G, packs of 3, maxout D, here also spectral
// norm and static SR-GAN compensation, which the 2-D spec's rows add) one
// simultaneous update must (1) give D the pre-update generator's samples of
// the update's noise, packed in order, (2) take G's gradient through the
// pre-update D on those very samples: G's mean critic value on the fake
// packs equals D's (float32 paths of different summation order; tolerance
// 1e-5 absolute on values of order 1), and (3) move both players. The
// alternating update fails (2): its G pass sees the updated D and fresh
// noise.
func TestPackSimultaneousUpdate(t *testing.T) {
	for _, update := range []GANUpdate{UpdateSimultaneous, UpdateAlternating} {
		t.Run(string(update), func(t *testing.T) {
			rng := rand.New(rand.NewSource(34))
			cfg := pacTestConfig()
			cfg.Update, cfg.SpectralNorm, cfg.SpectralReg, cfg.SREvery = update, true, SpecRegStatic, 1
			cfg.Batch, cfg.Iters = 6, 1
			cfg.DOpt = nn.Optimizer{Kind: nn.OptAdam, LR: 0.05, Beta1: 0.5, Beta2: 0.999}
			cfg.GOpt = cfg.DOpt
			m, err := NewGAN(cfg, rng)
			if err != nil {
				t.Fatal(err)
			}
			data := nntest.RandVec(rng, 2*60)
			tr, err := m.newTrainer(data, nil, 60, rng, m.cfg.DOpt, m.cfg.GOpt)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(tr.close)
			before := m.snapshot()
			if err := tr.update(1); err != nil {
				t.Fatal(err)
			}
			after := m.snapshot()
			B, d := cfg.Batch, cfg.dIn()
			m.restore(before) // the pre-update generator on the update's noise
			fake := m.generateMLP(tr.z, B*cfg.Pack, true)
			m.restore(after)
			if update == UpdateSimultaneous {
				for i, v := range tr.ds.x[B*d : 2*B*d] {
					if !numtest.Close(t, float64(v), float64(fake[i]), 1e-6, "D's fake packs = pre-update G(z), float32 kernels") {
						t.Fatalf("fake pack value %d", i)
					}
				}
			}
			same := math.Abs(tr.gs.vFake-tr.ds.vFake) <= 1e-5
			if update == UpdateSimultaneous && !same {
				t.Errorf("G's mean critic value on the fake packs %.7g, D pass's %.7g: G's pass is not D's", tr.gs.vFake, tr.ds.vFake)
			}
			if update == UpdateAlternating && same {
				t.Errorf("alternating update: G's pass equals D's (%.7g); the check cannot tell the updates apart", tr.gs.vFake)
			}
			nG, nD := 2*len(m.g), 2*len(m.dLayers()) // params(): G's W, b, then D's, then batch norm
			moved := func(lo, hi int) bool { return arraysDiffer(before, after, lo, hi) }
			if !moved(0, nG) || !moved(nG, nG+nD) {
				t.Errorf("G moved %v, D moved %v; want both", moved(0, nG), moved(nG, nG+nD))
			}
		})
	}
}
