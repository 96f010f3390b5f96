//go:build fingerprint

package models

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/rand"
	"testing"
)

// TestFingerprint prints a hash of the parameters each trainer produces from a
// fixed seed, at shapes large enough to split GEMMs across goroutines and with
// every graph feature the stages use (dropout, sigma ladders, maxout, minibatch
// discrimination, the gradient penalty). It checks nothing by itself: run it
// before and after a performance change (same machine, same thread count) and
// compare the lines to know whether the change altered any output bits, and so
// whether the stage versions must be bumped:
//
//	go test -tags fingerprint -run Fingerprint -v ./models | grep fingerprint
func TestFingerprint(t *testing.T) {
	ctx := context.Background()
	h := func(p Params) string { return fmt.Sprintf("%x", sha256.Sum256(paramBytes(p)))[:16] }
	rng := rand.New(rand.NewSource(42))
	n, d := 600, 196
	x := patterns(n, d, rand.New(rand.NewSource(1)))

	a, err := NewAutoencoder(AEConfig{Sizes: []int{d, 256, 16}, Dropout: []float64{0.2, 0.5}, Activation: Sigmoid}, rng)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.PretrainLayerwise(ctx, x, n, aeOpt(100), 15, rng, nil); err != nil {
		t.Fatal(err)
	}
	t.Logf("fingerprint ae_pretrain %s", h(a.Params()))
	if err := a.Finetune(ctx, x, n, aeOpt(100), 15, rng, nil); err != nil {
		t.Fatal(err)
	}
	t.Logf("fingerprint ae_finetune %s", h(a.Params()))

	opt := SGD{Schedule: []Phase{{From: 1, LR: 0.5, Momentum: 0.9}}, Batch: 200}
	gp, err := NewGMMN(GMMNConfig{NoiseDim: 10, Hidden: []int{64, 256}, Out: d, OutAct: Sigmoid, Sigmas: []float64{2, 5, 10, 20, 40, 80}}, rng)
	if err != nil {
		t.Fatal(err)
	}
	if err := gp.Train(ctx, x, n, opt, 10, rng, nil); err != nil {
		t.Fatal(err)
	}
	t.Logf("fingerprint gmmn_pixel %s", h(gp.Params()))
	codes := a.Encode(x, n)
	gc, err := NewGMMN(GMMNConfig{NoiseDim: 10, Hidden: []int{64, 256}, Out: 16, OutAct: Sigmoid, Sigmas: []float64{1}}, rng)
	if err != nil {
		t.Fatal(err)
	}
	if err := gc.Train(ctx, codes, n, opt, 10, rng, nil); err != nil {
		t.Fatal(err)
	}
	t.Logf("fingerprint gmmn_code %s", h(gc.Params()))

	sgd := Optimizer{Kind: OptSGD, LR: 0.05, Momentum: 0.5}
	for _, c := range []struct {
		name string
		cfg  GANConfig
	}{
		{"gan_maxout", GANConfig{DHidden: []int{64, 64}, DPieces: 5, DDropIn: 0.2, DDrop: 0.5, Loss: LossNonSaturating}},
		{"gan_mbd_fm", GANConfig{DHidden: []int{64}, DAct: "leaky", Loss: LossMinimax, MBDKernels: 8, FeatureMatching: true, InstanceNoise: 0.1}},
		{"gan_wgan_gp", GANConfig{DHidden: []int{64}, Loss: LossWGANGP, NCritic: 2}},
	} {
		cfg := c.cfg
		cfg.NoiseDim, cfg.Out, cfg.GHidden, cfg.GOutAct = 20, d, []int{256, 256}, Sigmoid
		cfg.Batch, cfg.Iters, cfg.DOpt, cfg.GOpt = 100, 8, sgd, sgd
		m, err := NewGAN(cfg, rng)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Train(ctx, x, n, rng, nil); err != nil {
			t.Fatal(err)
		}
		var all Params
		for _, l := range append(append([]*layer(nil), m.g...), m.dLayers()...) {
			all.Names = append(all.Names, "l")
			all.Data = append(all.Data, l.W, l.B)
			all.Names = append(all.Names, "b")
		}
		t.Logf("fingerprint %s %s", c.name, h(all))
	}

	cl, err := NewClassifier(ClassifierConfig{Side: 14, Channels: []int{8}, Hidden: 32, Classes: 4, Dropout: 0.2}, rng)
	if err != nil {
		t.Fatal(err)
	}
	labels := make([]int32, n)
	for i := range labels {
		labels[i] = int32(i % 4)
	}
	if err := cl.Train(ctx, x, labels, n, Optimizer{Kind: OptAdam, LR: 1e-3}, 50, 10, rng, nil); err != nil {
		t.Fatal(err)
	}
	var cp Params
	for _, l := range cl.layers() {
		cp.Names = append(cp.Names, "l", "b")
		cp.Data = append(cp.Data, l.W, l.B)
	}
	t.Logf("fingerprint classifier %s", h(cp))
}
