//go:build fingerprint

package models

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/ae"
	"github.com/ganpipe/ganpipe/models/classifier"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/gmmn"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// TestFingerprint prints a hash of the parameters each trainer produces from a
// fixed seed, at shapes large enough to split GEMMs across goroutines and with
// every graph feature the stages use (dropout, sigma ladders, maxout, minibatch
// discrimination, the gradient penalty). It checks nothing by itself: run it
// before and after a performance change (same machine, same thread count) and
// compare the lines to know whether the change altered any output bits, and so
// whether the stage versions must be bumped:
//
//	go test -tags fingerprint -run Fingerprint -v ./models/... | grep fingerprint
func TestFingerprint(t *testing.T) {
	ctx := context.Background()
	h := func(p nn.Params) string { return fmt.Sprintf("%x", sha256.Sum256(nntest.ParamBytes(p)))[:16] }
	rng := rand.New(rand.NewSource(42))
	n, d := 600, 196
	x := nntest.Patterns(n, d, rand.New(rand.NewSource(1)))

	a, err := ae.NewAutoencoder(ae.AEConfig{Sizes: []int{d, 256, 16}, Dropout: []float64{0.2, 0.5}, Activation: nn.Sigmoid}, rng)
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

	opt := nn.Optimizer{Schedule: []nn.Phase{{From: 1, LR: 0.5, Momentum: 0.9}}, Batch: 200}
	gp, err := gmmn.NewGMMN(gmmn.GMMNConfig{NoiseDim: 10, Hidden: []int{64, 256}, Out: d, OutAct: nn.Sigmoid, Sigmas: []float64{2, 5, 10, 20, 40, 80}}, rng)
	if err != nil {
		t.Fatal(err)
	}
	if err := gp.Train(ctx, x, n, opt, 10, rng, nil); err != nil {
		t.Fatal(err)
	}
	t.Logf("fingerprint gmmn_pixel %s", h(gp.Params()))
	codes := a.Encode(x, n)
	gc, err := gmmn.NewGMMN(gmmn.GMMNConfig{NoiseDim: 10, Hidden: []int{64, 256}, Out: 16, OutAct: nn.Sigmoid, Sigmas: []float64{1}}, rng)
	if err != nil {
		t.Fatal(err)
	}
	if err := gc.Train(ctx, codes, n, opt, 10, rng, nil); err != nil {
		t.Fatal(err)
	}
	t.Logf("fingerprint gmmn_code %s", h(gc.Params()))

	sgd := nn.Optimizer{Kind: nn.OptSGD, LR: 0.05, Momentum: 0.5}
	for _, c := range []struct {
		name string
		cfg  gan.GANConfig
	}{
		{"gan_maxout", gan.GANConfig{DHidden: []int{64, 64}, DPieces: 5, DDropIn: 0.2, DDrop: 0.5, Loss: gan.LossNonSaturating}},
		{"gan_mbd_fm", gan.GANConfig{DHidden: []int{64}, DAct: "leaky", Loss: gan.LossMinimax, MBDKernels: 8, FeatureMatching: true, InstanceNoise: 0.1}},
		{"gan_wgan_gp", gan.GANConfig{DHidden: []int{64}, Loss: gan.LossWGANGP, NCritic: 2}},
	} {
		cfg := c.cfg
		cfg.NoiseDim, cfg.Out, cfg.GHidden, cfg.GOutAct = 20, d, []int{256, 256}, nn.Sigmoid
		cfg.Batch, cfg.Iters, cfg.DOpt, cfg.GOpt = 100, 8, sgd, sgd
		m, err := gan.NewGAN(cfg, rng)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Train(ctx, x, n, rng, nil); err != nil {
			t.Fatal(err)
		}
		t.Logf("fingerprint %s %s", c.name, h(layerPairs(m.GeneratorParams(), m.DiscriminatorParams())))
	}

	cl, err := classifier.NewClassifier(classifier.ClassifierConfig{Side: 14, Channels: []int{8}, Hidden: 32, Classes: 4, Dropout: 0.2}, rng)
	if err != nil {
		t.Fatal(err)
	}
	labels := make([]int32, n)
	for i := range labels {
		labels[i] = int32(i % 4)
	}
	if err := cl.Train(ctx, x, labels, n, nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3}, 50, 10, rng, nil); err != nil {
		t.Fatal(err)
	}
	t.Logf("fingerprint classifier %s", h(layerPairs(cl.Params())))
}

// layerPairs joins the (W, b) arrays of ps, in order, under the names "l" and
// "b": the parameters the fingerprint has always hashed (every dense layer's
// weights and biases, generator first), named as it has always named them.
func layerPairs(ps ...nn.Params) nn.Params {
	var all nn.Params
	for _, p := range ps {
		for i, d := range p.Data {
			all.Names = append(all.Names, [2]string{"l", "b"}[i%2])
			all.Data = append(all.Data, d)
		}
	}
	return all
}
