package gan

import (
	"context"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// convVEEGANTestConfig is an image VEEGAN on 8x8x2 images: G 4-3 and D/F
// 3-4 channels (both conv stacks with a batch-normalised second layer),
// z 3-d, eps 1-d, D's head one ReLU layer of 5.
func convVEEGANTestConfig() VEEGANConfig {
	adam := nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3, Beta1: 0.5, Beta2: 0.999}
	return VEEGANConfig{NoiseDim: 3, EpsDim: 1, Out: 8 * 8 * 2, DHidden: []int{5}, GOutAct: nn.Tanh,
		Image: &DCGANConfig{Side: 8, Channels: 2, GChannels: []int{4, 3}, DChannels: []int{3, 4}},
		Batch: 3, Iters: 1, DOpt: adam, GOpt: adam}
}

// TestConvVEEGANGradients: the image D graph (F constant inside it, on the
// data's pairs) and the G/F graph (D constant) against central differences
// of their own float32 losses (GradCheck; h 1e-3, relative L2 tolerance
// 1e-2 as TestDCGANStepGradients, whose reasoning holds here: weights
// N(0, 0.3^2) so gradients stand above float32 round-off, batch norm
// rescaling the pre-activations). The graphs train exactly D's arrays (two
// convolutions, one batch norm, the head) and G's plus F's. Seeds: the
// G/F graph's error was 3.6e-4 to 7.6e-3 at seeds 51-56 and 0.02 at seed
// 50, where a difference straddles a (Leaky)ReLU kink of G, F or D's head
// (measured, not a wrong gradient, which gives ~1); seed 54 (3.6e-4 / D
// 4.1e-4) keeps clear of kinks.
func TestConvVEEGANGradients(t *testing.T) {
	rng := rand.New(rand.NewSource(54))
	cfg := convVEEGANTestConfig()
	cfg.Image.InitStd = 0.3
	v, err := NewVEEGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	B := 3
	ds, err := v.buildD(B)
	if err != nil {
		t.Fatal(err)
	}
	defer ds.t.Machine.Close()
	// D: conv0 W, b; conv1 W; bn gamma, beta; head 2 x (W, b).
	if got, want := len(ds.t.ParamData), 3+2+2*len(v.d); got != want {
		t.Errorf("D graph trains %d arrays, want %d (F is constant there)", got, want)
	}
	ds.img.fill(nntest.RandVec(rng, B*cfg.NoiseDim), nntest.RandVec(rng, B*cfg.Out), nntest.RandVec(rng, B*cfg.Out), rng)
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
	// G: fc, 2 x (gamma, beta, deconv W), out bias; F: conv0 W, b; conv1
	// W; bn gamma, beta; out W, b.
	if got, want := len(gs.t.ParamData), 1+2*3+1+(3+2+2); got != want {
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

// TestConvVEEGANLosses: with D's output layer zeroed and its bias c, every
// logit is c whatever the images and codes, so L_D = softplus(-c) +
// softplus(c) and L_G = c + the reconstruction term (float32 graph against
// float64 arithmetic: tolerance 1e-5 relative).
func TestConvVEEGANLosses(t *testing.T) {
	rng := rand.New(rand.NewSource(52))
	v, err := NewVEEGAN(convVEEGANTestConfig(), rng)
	if err != nil {
		t.Fatal(err)
	}
	out := v.d[len(v.d)-1]
	clear(out.W)
	c := -0.4
	out.B[0] = float32(c)
	B := 4
	ds, err := v.buildD(B)
	if err != nil {
		t.Fatal(err)
	}
	defer ds.t.Machine.Close()
	cfg := v.cfg
	ds.img.fill(nntest.RandVec(rng, B*cfg.NoiseDim), nntest.RandVec(rng, B*cfg.Out), nntest.RandVec(rng, B*cfg.Out), rng)
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
	if !(gs.recon > 0) {
		t.Errorf("reconstruction term %v, want positive for random z", gs.recon)
	}
	numtest.Rel(t, gl, c+gs.recon, 1e-5, "G/F loss = logit + reconstruction")
}

// TestConvVEEGANTrains: on images of one of two bar patterns (barImages),
// 300 simultaneous steps make F invert G: the reconstruction term (mean
// ||z - F(G(z))||^2 / 2, about NoiseDim/2 = 1.5 for an F that ignores its
// input) falls below half its first value, and both losses stay finite.
// Then the exported generator (inference mode, running statistics) samples
// the graph-free generator's images for the same draws, read as [z | eps]
// rows (tolerance 0: the same kernels).
func TestConvVEEGANTrains(t *testing.T) {
	rng := rand.New(rand.NewSource(53))
	side, n := 8, 400
	cfg := convVEEGANTestConfig()
	cfg.Image.Channels = 1
	cfg.Out = side * side
	cfg.Batch, cfg.Iters = 16, 300
	data := ToTanhRange(barImages(n, side, rng))
	v, err := NewVEEGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	var recon, dLoss []float64
	if err := v.Train(context.Background(), data, n, rng, func(_, _ int, terms map[string]float64) {
		recon = append(recon, terms["recon"])
		dLoss = append(dLoss, terms["d_loss"])
	}); err != nil {
		t.Fatal(err)
	}
	first, last := mean64(recon[:10]), mean64(recon[len(recon)-20:])
	t.Logf("recon %.3f -> %.3f; d_loss %.3f -> %.3f", first, last, mean64(dLoss[:10]), mean64(dLoss[len(dLoss)-20:]))
	if !(last < first/2) || !finite(mean64(dLoss)) {
		t.Errorf("reconstruction term %.3f -> %.3f, want under half (d_loss %v)", first, last, mean64(dLoss))
	}
	g, err := v.Generator()
	if err != nil {
		t.Fatal(err)
	}
	k := 5
	got := g.Sample(k, rand.New(rand.NewSource(7)))
	noise := make([]float32, k*(cfg.NoiseDim+cfg.EpsDim))
	r := rand.New(rand.NewSource(7))
	for i := range noise {
		noise[i] = float32(r.NormFloat64())
	}
	if want := v.conv.g.generate(noise, k, false); !nntest.Equal32(got, want) {
		t.Errorf("exported generator: %v, want %v", got[:4], want[:4])
	}
}
