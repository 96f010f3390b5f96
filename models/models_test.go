package models

import (
	"bytes"
	"context"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/ae"
	"github.com/ganpipe/ganpipe/models/gmmn"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// trainBoth runs a small AE (with dropout) and a GMMN on its codes from one seed.
func trainBoth(t *testing.T, seed int64) (nn.Params, nn.Params) {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	n, d := 200, 16
	x := nntest.Patterns(n, d, rand.New(rand.NewSource(1)))
	a, err := ae.NewAutoencoder(ae.AEConfig{Sizes: []int{d, 10, 3}, Dropout: []float64{0.2, 0.5}, Activation: nn.Sigmoid}, rng)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := a.PretrainLayerwise(ctx, x, n, aeOpt(25), 40, rng, nil); err != nil {
		t.Fatal(err)
	}
	if err := a.Finetune(ctx, x, n, aeOpt(25), 40, rng, nil); err != nil {
		t.Fatal(err)
	}
	g, err := gmmn.NewGMMN(gmmn.GMMNConfig{NoiseDim: 2, Hidden: []int{8}, Out: 3, OutAct: nn.Sigmoid, Sigmas: []float64{1}, Batch: 30}, rng)
	if err != nil {
		t.Fatal(err)
	}
	opt := nn.Optimizer{Schedule: []nn.Phase{{From: 1, LR: 2, Momentum: 0.9}, {From: 20, LR: 0.2, Momentum: 0.99}}, Batch: 50}
	if err := g.Train(ctx, a.Encode(x, n), n, opt, 40, rng, nil); err != nil {
		t.Fatal(err)
	}
	return a.Params(), g.Params()
}

// TestDeterminism: same seed -> byte-identical parameters; another seed differs.
func TestDeterminism(t *testing.T) {
	a1, g1 := trainBoth(t, 5)
	a2, g2 := trainBoth(t, 5)
	a3, g3 := trainBoth(t, 6)
	if !bytes.Equal(nntest.ParamBytes(a1), nntest.ParamBytes(a2)) || !bytes.Equal(nntest.ParamBytes(g1), nntest.ParamBytes(g2)) {
		t.Fatal("same seed gave different parameters")
	}
	if bytes.Equal(nntest.ParamBytes(a1), nntest.ParamBytes(a3)) || bytes.Equal(nntest.ParamBytes(g1), nntest.ParamBytes(g3)) {
		t.Fatal("different seeds gave identical parameters")
	}
}

// TestRoundTrip: Params -> From -> identical outputs and parameters.
func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	a, err := ae.NewAutoencoder(ae.AEConfig{Sizes: []int{9, 6, 2}, Dropout: []float64{0.2, 0.5}, Activation: nn.Sigmoid}, rng)
	if err != nil {
		t.Fatal(err)
	}
	a2, err := ae.AutoencoderFrom(a.Arch(), a.Params())
	if err != nil {
		t.Fatal(err)
	}
	x := nntest.Patterns(7, 9, rng)
	if !nntest.Equal32(a.Encode(x, 7), a2.Encode(x, 7)) || !nntest.Equal32(a.Decode(a.Encode(x, 7), 7), a2.Decode(a2.Encode(x, 7), 7)) {
		t.Fatal("autoencoder outputs differ after round trip")
	}
	if !bytes.Equal(nntest.ParamBytes(a.Params()), nntest.ParamBytes(a2.Params())) || a2.Arch()["dropout"] != "0.2,0.5" {
		t.Fatalf("autoencoder params/arch differ after round trip: %v", a2.Arch())
	}
	g, err := gmmn.NewGMMN(gmmn.GMMNConfig{NoiseDim: 3, Hidden: []int{5, 4}, Out: 2, OutAct: nn.Sigmoid, Sigmas: []float64{2, 5}, Batch: 10}, rng)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := gmmn.GMMNFrom(g.Arch(), g.Params())
	if err != nil {
		t.Fatal(err)
	}
	if !nntest.Equal32(g.Sample(6, rand.New(rand.NewSource(1))), g2.Sample(6, rand.New(rand.NewSource(1)))) {
		t.Fatal("GMMN samples differ after round trip")
	}
	if _, err := gmmn.GMMNFrom(a.Arch(), g.Params()); err == nil {
		t.Fatal("GMMNFrom accepted an autoencoder arch")
	}
	bad := g.Params()
	bad.Shapes[0] = []int{4, 5}
	if _, err := gmmn.GMMNFrom(g.Arch(), bad); err == nil {
		t.Fatal("GMMNFrom accepted a wrong shape")
	}
}

// aeOpt is the autoencoder tests' SGD schedule (as in models/ae's tests).
func aeOpt(batch int) nn.Optimizer {
	return nn.Optimizer{Schedule: []nn.Phase{{From: 1, LR: 0.1, Momentum: 0.5}, {From: 50, LR: 0.1, Momentum: 0.9}}, Clip: 10, Batch: batch}
}
