package gan

import (
	"context"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

func veeganTestConfig() VEEGANConfig {
	return VEEGANConfig{NoiseDim: 3, EpsDim: 1, Out: 2, GHidden: []int{5}, FHidden: []int{4}, DHidden: []int{6}}
}

// TestVEEGANGradients: D's graph on (z, x) pairs and the G/F graph (the D
// logit of (z, G(z, eps)) through a constant D plus the reconstruction term)
// against central differences (step 1e-3, relative L2 error below 1e-2, the
// GAN checks' bound). The G/F graph trains G's and F's parameters only.
func TestVEEGANGradients(t *testing.T) {
	rng := rand.New(rand.NewSource(41))
	v, err := NewVEEGAN(veeganTestConfig(), rng)
	if err != nil {
		t.Fatal(err)
	}
	B := 4
	ds, err := v.buildD(B)
	if err != nil {
		t.Fatal(err)
	}
	defer ds.t.Machine.Close()
	copy(ds.in, nntest.RandVec(rng, len(ds.in)))
	if e := nntest.GradCheck(t, ds.t, 1e-3); e > 1e-2 {
		t.Errorf("discriminator: relative gradient error %.3g", e)
	} else {
		t.Logf("discriminator: relative gradient error %.2g", e)
	}
	gs, err := v.buildG(B)
	if err != nil {
		t.Fatal(err)
	}
	defer gs.t.Machine.Close()
	if got, want := len(gs.t.ParamData), 2*(len(v.g)+len(v.f)); got != want {
		t.Errorf("G/F graph trains %d arrays, want G's and F's %d (D is constant there)", got, want)
	}
	copy(gs.z, nntest.RandVec(rng, len(gs.z)))
	copy(gs.eps, nntest.RandVec(rng, len(gs.eps)))
	if e := nntest.GradCheck(t, gs.t, 1e-3); e > 1e-2 {
		t.Errorf("generator and reconstructor: relative gradient error %.3g", e)
	} else {
		t.Logf("generator and reconstructor: relative gradient error %.2g", e)
	}
}

// TestVEEGANLosses: with D's output layer zeroed and its bias c, every logit
// is c, so L_D = softplus(-c) + softplus(c) and L_G = c + mean ||z -
// F(G(z, eps))||^2 / 2, the reconstruction computed here from the
// graph-free forward passes (float32 paths: tolerance 1e-5 relative).
func TestVEEGANLosses(t *testing.T) {
	rng := rand.New(rand.NewSource(42))
	cfg := veeganTestConfig()
	v, err := NewVEEGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	out := v.d[len(v.d)-1]
	clear(out.W)
	c := 0.7
	out.B[0] = float32(c)
	B := 5
	ds, err := v.buildD(B)
	if err != nil {
		t.Fatal(err)
	}
	defer ds.t.Machine.Close()
	copy(ds.in, nntest.RandVec(rng, len(ds.in)))
	dl, err := ds.t.ForwardBackward()
	if err != nil {
		t.Fatal(err)
	}
	numtest.Rel(t, dl, softplus(-c)+softplus(c), 1e-5, "D loss on constant logits")
	gs, err := v.buildG(B)
	if err != nil {
		t.Fatal(err)
	}
	defer gs.t.Machine.Close()
	copy(gs.z, nntest.RandVec(rng, len(gs.z)))
	copy(gs.eps, nntest.RandVec(rng, len(gs.eps)))
	gl, err := gs.t.ForwardBackward()
	if err != nil {
		t.Fatal(err)
	}
	zr := nn.Forward(v.f, v.generate(gs.z, gs.eps, B), B, false)
	var rec float64
	for i, r := range zr {
		d := float64(r) - float64(gs.z[i])
		rec += d * d / 2
	}
	rec /= float64(B)
	numtest.Rel(t, gs.recon, rec, 1e-5, "reconstruction term")
	numtest.Rel(t, gl, c+rec, 1e-5, "G/F loss = logit + reconstruction")
}

// TestVEEGANGenerator: the exported sampling generator reads its N(0, I)
// noise as [z | eps] rows, as training feeds G: its samples equal G on the
// same draws split into z and eps (tolerance 0: the same kernels).
func TestVEEGANGenerator(t *testing.T) {
	cfg := veeganTestConfig()
	v, err := NewVEEGAN(cfg, rand.New(rand.NewSource(43)))
	if err != nil {
		t.Fatal(err)
	}
	g, err := v.Generator()
	if err != nil {
		t.Fatal(err)
	}
	n := 7
	got := g.Sample(n, rand.New(rand.NewSource(5)))
	rng := rand.New(rand.NewSource(5))
	w := cfg.NoiseDim + cfg.EpsDim
	z, eps := make([]float32, n*cfg.NoiseDim), make([]float32, n*cfg.EpsDim)
	for i := 0; i < n; i++ {
		for j := 0; j < w; j++ {
			x := float32(rng.NormFloat64())
			if j < cfg.NoiseDim {
				z[i*cfg.NoiseDim+j] = x
			} else {
				eps[i*cfg.EpsDim+j-cfg.NoiseDim] = x
			}
		}
	}
	if want := v.generate(z, eps, n); !nntest.Equal32(got, want) {
		t.Errorf("exported generator: %v, want %v", got[:4], want[:4])
	}
}

// A VEEGAN run resumed from the state saved after iteration 2 of 5 (and the
// random generator moved to where it was) ends bit for bit where the
// uninterrupted run does: every layer of G, F and D (the image G's
// batch-norm running statistics included) and the samples of the exported
// generator. MLP and image VEEGAN. Before checkpoints (session 21) an
// interrupted VEEGAN stage started again from update 0.
func TestVEEGANResumesBitForBit(t *testing.T) {
	for _, image := range []bool{false, true} {
		cfg, n := veeganTestConfig(), 40
		if image {
			cfg = convVEEGANTestConfig()
			cfg.Image.Channels, cfg.Out = 1, 64
		}
		cfg.Batch, cfg.Iters = 8, 5
		cfg.DOpt = nn.Optimizer{Kind: nn.OptAdam, LR: 0.01, Beta1: 0.5, Beta2: 0.999}
		cfg.GOpt = cfg.DOpt
		dr := rand.New(rand.NewSource(12))
		data := make([]float32, n*cfg.Out)
		for i := range data {
			data[i] = float32(dr.NormFloat64())
		}
		run := func(hook *saveAtHook) ([]float32, []float32) {
			src := &countedSource{src: rand.NewSource(10).(rand.Source64)}
			rng := rand.New(src)
			v, err := NewVEEGAN(cfg, rng)
			if err != nil {
				t.Fatal(err)
			}
			hook.src = src
			v.Hook = hook
			if err := v.Train(context.Background(), data, n, rng, nil); err != nil {
				t.Fatal(err)
			}
			var flat []float32
			for _, l := range v.layers() {
				flat = append(append(flat, l.W...), l.B...)
			}
			g, err := v.Generator()
			if err != nil {
				t.Fatal(err)
			}
			return flat, g.Sample(6, rand.New(rand.NewSource(3)))
		}
		first := &saveAtHook{at: 2}
		want, wantSamples := run(first)
		if first.state == nil {
			t.Fatal("no state saved after iteration 2")
		}
		got, gotSamples := run(&saveAtHook{at: -1, resume: first.state, skipTo: first.draws})
		if !nntest.Equal32(got, want) {
			t.Errorf("image %v: the resumed run's layers differ from the uninterrupted run's", image)
		}
		if !nntest.Equal32(gotSamples, wantSamples) {
			t.Errorf("image %v: the resumed run's samples differ: %v, want %v", image, gotSamples[:3], wantSamples[:3])
		}
		// Resuming from iteration 2's state without moving the generator
		// (the draws of iterations 1-2 replayed) must differ: the test can
		// tell a resume from a restart.
		if other, _ := run(&saveAtHook{at: -1, resume: first.state}); nntest.Equal32(other, want) {
			t.Errorf("image %v: a resume with the random generator not moved ended where the real one did", image)
		}
	}
}
