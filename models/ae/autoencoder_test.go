package ae

import (
	"context"
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// aeGraph builds a batch-8 autoencoder graph with fixed random inputs and masks.
func aeGraph(t *testing.T, rng *rand.Rand, cfg AEConfig) *nn.GraphNet {
	a, err := NewAutoencoder(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	// Random biases: with zero biases an all-zero ReLU code puts the next layer
	// exactly on its kink, where finite differences see the one-sided average.
	for _, l := range append(append([]*nn.Layer(nil), a.enc...), a.dec...) {
		for i := range l.B {
			l.B[i] = 0.1 * float32(rng.NormFloat64())
		}
	}
	g, xbuf, masks, err := a.buildFull(8)
	if err != nil {
		t.Fatal(err)
	}
	for i := range xbuf {
		xbuf[i] = rng.Float32()
	}
	for l, m := range masks {
		if m != nil {
			nn.FillMask(m, a.dropout(l), rng)
		}
	}
	return g
}

// TestBCEValue checks the graph's BCE loss against the float64 definition
// -sum t log p + (1-t) log(1-p) averaged over rows, for the logits the graph
// computes (hand formula; tolerance 1e-5 relative).
func TestBCEValue(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	a, err := NewAutoencoder(AEConfig{Sizes: []int{5, 3}, Activation: nn.Sigmoid}, rng)
	if err != nil {
		t.Fatal(err)
	}
	x := make([]float32, 4*5)
	for i := range x {
		x[i] = rng.Float32()
	}
	layers := append(append([]*nn.Layer(nil), a.enc...), a.dec...)
	p := nn.Forward(layers, x, 4, false)
	var want float64
	for i := range x {
		pi, ti := float64(p[i]), float64(x[i])
		want -= ti*math.Log(pi) + (1-ti)*math.Log(1-pi)
	}
	want /= 4
	if !numtest.Rel(t, a.ReconstructionBCE(x, 4), want, 1e-5, "ReconstructionBCE vs the float64 definition; float32 logits") {
		t.FailNow()
	}
	g, xbuf, _, err := a.buildFull(4)
	if err != nil {
		t.Fatal(err)
	}
	copy(xbuf, x)
	got, err := g.ForwardBackward()
	if err != nil {
		t.Fatal(err)
	}
	if !numtest.Rel(t, got, want, 1e-5, "graph BCE vs the float64 definition; float32 logits") {
		t.FailNow()
	}
}

// TestAEReconstructionFalls: pretraining then fine-tuning (dropout off) lowers the
// reconstruction BCE. The floor is the data's own entropy (~0.33 nats/pixel x 16
// = ~5.2 for 0.9/0.1 pixels, by hand); we require the excess over a random init to
// shrink by 80%.
func TestAEReconstructionFalls(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	n, d := 400, 16
	x := nntest.Patterns(n, d, rng)
	a, err := NewAutoencoder(AEConfig{Sizes: []int{d, 12, 4}, Activation: nn.Sigmoid}, rng)
	if err != nil {
		t.Fatal(err)
	}
	floor := 0.0
	for _, v := range x {
		p := float64(v)
		floor -= p*math.Log(p) + (1-p)*math.Log(1-p)
	}
	floor /= float64(n)
	before := a.ReconstructionBCE(x, n)
	ctx := context.Background()
	if err := a.PretrainLayerwise(ctx, x, n, aeOpt(20), 300, rng, nil); err != nil {
		t.Fatal(err)
	}
	mid := a.ReconstructionBCE(x, n)
	var last float64
	if err := a.Finetune(ctx, x, n, aeOpt(20), 300, rng, func(it, total int, terms map[string]float64) {
		last = terms["loss"]
	}); err != nil {
		t.Fatal(err)
	}
	after := a.ReconstructionBCE(x, n)
	t.Logf("BCE floor %.3f, init %.3f, pretrained %.3f, fine-tuned %.3f (last batch %.3f)", floor, before, mid, after, last)
	if !(mid < before && after <= mid+1e-3) {
		t.Fatalf("BCE did not fall: init %.4f, pretrained %.4f, fine-tuned %.4f", before, mid, after)
	}
	if after-floor > 0.2*(before-floor) {
		t.Fatalf("fine-tuned BCE %.4f is not within 20%% of the way from init %.4f to floor %.4f", after, before, floor)
	}
}

func TestAutoencoderLossFixedMasks(t *testing.T) {
	rng := rand.New(rand.NewSource(21))
	sizes := []int{12, 9, 4}
	drop := []float64{0.2, 0.5}
	a, err := NewAutoencoder(AEConfig{Sizes: sizes, Dropout: drop, Activation: nn.Sigmoid}, rng)
	if err != nil {
		t.Fatal(err)
	}
	const B = 7
	x := nntest.RandUniform(rng, B*sizes[0], 0, 1)
	masks := [][]float32{nn.DropoutMask(B*sizes[0], drop[0], rng), nn.DropoutMask(B*sizes[1], drop[1], rng)}
	got, err := a.Loss(x, B, masks)
	if err != nil {
		t.Fatal(err)
	}
	// Reference: masked sigmoid encoder, sigmoid decoder, BCE from the
	// logits (softplus(a) - t a) summed over pixels, mean over rows.
	h := nntest.To64(x)
	for l, e := range a.enc {
		h = nntest.RefDense(nntest.MulMask(h, masks[l]), B, e.W, e.B, e.In, e.Out, "sigmoid")
	}
	for j, d := range a.dec {
		act := "sigmoid"
		if j == len(a.dec)-1 {
			act = "linear"
		}
		h = nntest.RefDense(h, B, d.W, d.B, d.In, d.Out, act)
	}
	var want float64
	for i, v := range h {
		want += nntest.Softplus64(v) - float64(x[i])*v
	}
	want /= B
	nntest.CheckRel(t, "Autoencoder.Loss", got, want)

	// The masks matter: all-ones masks give another loss.
	ones := [][]float32{make([]float32, len(masks[0])), make([]float32, len(masks[1]))}
	for _, m := range ones {
		for i := range m {
			m[i] = 1
		}
	}
	if l1, err := a.Loss(x, B, ones); err != nil || l1 == got {
		t.Errorf("loss without dropout = %v (err %v), the same as with the masks", l1, err)
	}
	if _, err := a.Loss(x, B, masks[:1]); err == nil {
		t.Errorf("a missing mask was accepted")
	}
}

// TestAEGraphGradients: finite-difference checks of the autoencoder graphs. Inputs
// are small so float32 round-off in the loss (~1e-7 relative) stays well below
// the tolerance 1e-2 on the relative L2 gradient error (step h = 1e-2 for smooth
// nets, truncation error O(h^2); 1e-3 with ReLU units); a wrong factor or sign
// would give errors ~1.
func TestAEGraphGradients(t *testing.T) {
	cases := []struct {
		name  string
		h     float64 // smaller for ReLU nets so fewer differences straddle a kink
		build func(rng *rand.Rand) *nn.GraphNet
	}{
		{"MLP sigmoid + BCE (AE, no dropout)", 1e-2, func(rng *rand.Rand) *nn.GraphNet {
			return aeGraph(t, rng, AEConfig{Sizes: []int{6, 5, 3}, Activation: nn.Sigmoid})
		}},
		{"MLP tanh + BCE with dropout mask", 1e-2, func(rng *rand.Rand) *nn.GraphNet {
			return aeGraph(t, rng, AEConfig{Sizes: []int{6, 4}, Dropout: []float64{0.3}, Activation: nn.Tanh})
		}},
		{"MLP relu + BCE", 1e-3, func(rng *rand.Rand) *nn.GraphNet {
			return aeGraph(t, rng, AEConfig{Sizes: []int{5, 7, 3}, Activation: nn.ReLU})
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := c.build(rand.New(rand.NewSource(7)))
			if r := nntest.GradCheck(t, g, c.h); r > 1e-2 {
				t.Fatalf("relative gradient error %.3g > 1e-2", r)
			}
		})
	}
}

func aeOpt(batch int) nn.Optimizer {
	return nn.Optimizer{Schedule: []nn.Phase{{From: 1, LR: 0.1, Momentum: 0.5}, {From: 50, LR: 0.1, Momentum: 0.9}}, Clip: 10, Batch: batch}
}
