package stages

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/datasets"
	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/metrics"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/nn"
)

// digitSource is a stand-in for MNIST: ten 28x28 "digits", digit l's pixel
// p = (l*784 + p + 1) / 8000, all distinct, labelled l.
func digitSource() *datasets.Set {
	const d = 784
	src := &datasets.Set{N: 10, D: d, X: make([]float32, 10*d), Labels: make([]int32, 10), Rows: 28, Cols: 28, Channels: 1}
	for l := range 10 {
		src.Labels[l] = int32(l)
		for p := range d {
			src.X[l*d+p] = float32(l*d+p+1) / 8000
		}
	}
	return src
}

// TestStackedMNISTIntoDCGAN: a stacked-MNIST dataset artifact, read the
// way gan_train reads it, is 28x28x3 to the DCGAN (which accepts it), and
// what the discriminator's first convolution sees of a stack (its im2col
// columns, NHWC: column (ky*4 + kx)*3 + c is channel c under kernel tap
// (ky, kx)) is, channel by channel, exactly what it would see of the
// source digit alone as a one-channel image. Exact equality: im2col only
// copies.
func TestStackedMNISTIntoDCGAN(t *testing.T) {
	src := digitSource()
	st, err := datasets.Stack(src, 5, 11)
	if err != nil {
		t.Fatal(err)
	}
	m := setToMatrix(st, nil)
	h, w, c, err := imageDims(m)
	if err != nil || h != 28 || w != 28 || c != 3 || m.Meta["layout"] != "hwc" {
		t.Fatalf("dims %dx%dx%d (%v), layout %q; want 28x28x3, hwc", h, w, c, err, m.Meta["layout"])
	}
	cfg := gan.GANConfig{Arch: gan.ArchDCGAN, DCGAN: gan.DCGANConfig{Channels: c, GChannels: []int{8, 4}, DChannels: []int{4, 8}},
		NoiseDim: 4, Out: m.Cols, GOutAct: nn.Sigmoid, Loss: gan.LossNonSaturating, Batch: 2, Iters: 1,
		DOpt: nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3}, GOpt: nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3}}
	g, err := gan.NewGAN(cfg, rand.New(rand.NewSource(1)))
	if err != nil {
		t.Fatalf("DCGAN on stacked MNIST: %v", err)
	}
	if dp := g.DiscriminatorParams(); dp.Shapes[0][0] != 4*4*3 {
		t.Errorf("D's first conv weight %v: want 48 = 4x4 taps x 3 channels rows", dp.Shapes[0])
	}
	rgb := nn.ConvGeom{H: 28, W: 28, C: 3, K: 4, S: 2, P: 1} // DCGAN's first D layer
	grey := rgb
	grey.C = 1
	for i := range st.N {
		cols := make([]float32, rgb.ColRows()*rgb.ColCols())
		nn.Im2Col(rgb, st.Row(i), cols, 1)
		digits := []int32{st.Labels[i] / 100, st.Labels[i] / 10 % 10, st.Labels[i] % 10}
		for ch, l := range digits {
			want := make([]float32, grey.ColRows()*grey.ColCols())
			nn.Im2Col(grey, src.Row(int(l)), want, 1)
			for r := range grey.ColRows() {
				for k := range grey.ColCols() {
					if got := cols[r*rgb.ColCols()+k*3+ch]; got != want[r*grey.ColCols()+k] {
						t.Fatalf("stack %d (label %03d) channel %d, position %d tap %d: D sees %v, digit %d has %v",
							i, st.Labels[i], ch, r, k, got, l, want[r*grey.ColCols()+k])
					}
				}
			}
		}
	}
}

// TestStackedModes: stackedModes labels each channel of HWC stacks (a
// classifier that reads the digit back from its first pixel) and spells
// the triple: on datasets.Stack's stacks it gives Stack's labels. Hand-made
// label sets then go through the coverage: every sample in one mode is 1
// mode covered with KL = log 1000; two modes half and half, KL = log 500
// (rounding of the logs: 1e-12).
func TestStackedModes(t *testing.T) {
	src := digitSource()
	st, err := datasets.Stack(src, 300, 5)
	if err != nil {
		t.Fatal(err)
	}
	readDigit := func(x []float32, n int) []int32 {
		out := make([]int32, n)
		for i := range out {
			out[i] = int32(math.Round(float64(x[i*784])*8000-1) / 784)
		}
		return out
	}
	modes, err := stackedModes(st.X, st.N, readDigit)
	if err != nil {
		t.Fatal(err)
	}
	for i, md := range modes {
		if md != st.Labels[i] {
			t.Fatalf("stack %d: mode %03d, Stack's label %03d", i, md, st.Labels[i])
		}
	}
	one := make([]int32, 26000)
	for i := range one {
		one[i] = 417
	}
	covered, kl, err := metrics.LabelCoverage(one, 1000)
	if err != nil || covered != 1 {
		t.Fatalf("one mode: %d covered, %v", covered, err)
	}
	numtest.Close(t, kl, math.Log(1000), 1e-12, "all samples in one mode: KL to uniform log 1000, rounding of the logs")
	two := append([]int32(nil), one...)
	for i := range two[:13000] {
		two[i] = 3
	}
	covered, kl, _ = metrics.LabelCoverage(two, 1000)
	if covered != 2 {
		t.Errorf("two modes: %d covered", covered)
	}
	numtest.Close(t, kl, math.Log(500), 1e-12, "two modes half and half: KL log 500, rounding of the logs")
	if _, err := stackedModes(st.X[:2352], 1, func([]float32, int) []int32 { return []int32{10} }); err == nil {
		t.Error("a class outside 0..9 passed")
	}
}
