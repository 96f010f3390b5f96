package gan

import (
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// pacDCGANTestConfig is a small PacDCGAN: 8x8x3 images, packs of 2, D's
// first convolution on 6 channels.
func pacDCGANTestConfig() GANConfig {
	cfg := dcganTestConfig(8, []int{4, 3}, []int{3, 4})
	cfg.Out, cfg.DCGAN.Channels, cfg.Pack, cfg.DCGAN.InitStd = 8*8*3, 3, 2, 0.3
	return cfg
}

// TestPackImagesLayout: pixel p of pack b holds image 2b+j's three values
// at (2p + j)*3 .. +3 (PacGAN's channel concatenation in NHWC), and
// unpacking restores the images (exact: copies).
func TestPackImagesLayout(t *testing.T) {
	const m, pixels, ch, packs = 2, 5, 3, 3
	out := pixels * ch
	src := make([]float32, packs*m*out)
	for i := range src {
		src[i] = float32(i)
	}
	dst := make([]float32, len(src))
	packImages(dst, src, m, out, ch, false)
	for b := range packs {
		for j := range m {
			for p := range pixels {
				for c := range ch {
					got := dst[b*m*out+(p*m+j)*ch+c]
					if want := src[(b*m+j)*out+p*ch+c]; got != want {
						t.Fatalf("pack %d pixel %d image %d channel %d: %v, want %v", b, p, j, c, got, want)
					}
				}
			}
		}
	}
	back := make([]float32, len(src))
	packImages(back, dst, m, out, ch, true)
	for i := range src {
		if back[i] != src[i] {
			t.Fatalf("unpack: value %d is %v, want %v", i, back[i], src[i])
		}
	}
}

// TestPacDCGANGradients: only D's first convolution grows (4x4 taps x 2
// packed images x 3 channels = 96 rows); the packed D step and the G step
// (through the packing op) against central differences (step 1e-3). The D
// step holds the other GAN checks' bound, relative L2 error 1e-2. The G
// step's error on this 3-channel batch-normalised net depends on the draw
// (kinks of ReLU / LeakyReLU within the step, float32): 3e-4 to 0.045 over
// seeds 41-47, packed or not (unpacked, seed 41: 0.0195), while a wrong
// gradient permutation (images of a pack swapped in the unpacking) gives
// 1.1-1.5 on the same seeds; the bound 0.1 sits between.
func TestPacDCGANGradients(t *testing.T) {
	rng := rand.New(rand.NewSource(44))
	m, err := NewGAN(pacDCGANTestConfig(), rng)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.dc.dConv[0].In; got != 96 {
		t.Fatalf("D's first conv has %d input rows, want 4*4*2*3 = 96", got)
	}
	if got := m.dc.dConv[1].In; got != 4*4*3 {
		t.Fatalf("D's second conv has %d input rows, want 48 (unchanged by packing)", got)
	}
	B := 3
	ds := testDStep(t, m, B)
	copy(ds.x, nntest.RandVec(rng, len(ds.x)))
	if e := nntest.GradCheck(t, ds.t, 1e-3); e > 1e-2 {
		t.Errorf("packed discriminator: relative gradient error %.3g", e)
	} else {
		t.Logf("packed discriminator: relative gradient error %.2g", e)
	}
	gs := testGStep(t, m, B)
	if len(gs.z) != B*2*3 {
		t.Fatalf("G step draws %d noise values, want packs*pack*noise = %d", len(gs.z), B*2*3)
	}
	copy(gs.z, nntest.RandVec(rng, len(gs.z)))
	if e := nntest.GradCheck(t, gs.t, 1e-3); e > 0.1 {
		t.Errorf("generator through the packing op: relative gradient error %.3g", e)
	} else {
		t.Logf("generator: relative gradient error %.2g", e)
	}
}

// TestPacDCGANLayout: the G step's packs are the D step's. The same noise
// through the graph-free generator (training-mode batch norm over all
// B*pack images, as criticGrad makes the fake batch), packed by
// packImages into the D step's fake rows, gives the G step's mean critic
// value on its fake packs (different summation order: 1e-5 absolute on
// values of order 1). Pairing images 2b and 2b+1 differently, or packing
// CHW, changes the value.
func TestPacDCGANLayout(t *testing.T) {
	rng := rand.New(rand.NewSource(42))
	cfg := pacDCGANTestConfig()
	m, err := NewGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	B := 4
	gs := testGStep(t, m, B)
	ds := testDStep(t, m, B)
	copy(gs.z, nntest.RandVec(rng, len(gs.z)))
	if _, err := gs.t.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	d := cfg.dIn()
	copy(ds.x[:B*d], nntest.RandVec(rng, B*d))
	packImages(ds.x[B*d:2*B*d], m.dc.generate(gs.z, B*cfg.Pack, true), cfg.Pack, cfg.Out, 3, false)
	if _, err := ds.t.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	numtest.Close(t, ds.vFake, gs.vFake, 1e-5, "mean critic value on the fake packs")
}

// TestPacDCGANTrains: a few updates of a packed DCGAN run through the
// trainer (real packs made by criticGrad) and leave finite losses.
func TestPacDCGANTrains(t *testing.T) {
	rng := rand.New(rand.NewSource(43))
	cfg := pacDCGANTestConfig()
	cfg.Iters, cfg.Batch = 3, 4
	m, err := NewGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	data := nntest.RandVec(rng, 20*cfg.Out)
	for i := range data {
		data[i] = data[i]*data[i] - 0.5*data[i] // any values; sigmoid G
	}
	var last map[string]float64
	if err := m.Train(t.Context(), data, 20, rng, func(_, _ int, terms map[string]float64) { last = terms }); err != nil {
		t.Fatal(err)
	}
	if last == nil || !(last["d_loss"] > 0) || !(last["g_loss"] > 0) {
		t.Errorf("last terms %v: want positive finite d_loss and g_loss", last)
	}
}
