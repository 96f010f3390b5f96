package models

import (
	"context"
	"math/rand"
	"testing"
)

func TestSmoke(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	n, d := 300, 16
	x := make([]float32, n*d)
	for i := range x {
		if (i/d)%2 == 0 && i%d < 8 || (i/d)%2 == 1 && i%d >= 8 {
			x[i] = 0.9
		} else {
			x[i] = 0.1
		}
	}
	a, err := NewAutoencoder(AEConfig{Sizes: []int{16, 8, 4}, Activation: Sigmoid}, rng)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("before", a.ReconstructionBCE(x, n))
	opt := SGD{Schedule: []Phase{{From: 1, LR: 0.1, Momentum: 0.9}}, Batch: 20}
	if err := a.PretrainLayerwise(context.Background(), x, n, opt, 200, rng, nil); err != nil {
		t.Fatal(err)
	}
	t.Log("pre", a.ReconstructionBCE(x, n))
	if err := a.Finetune(context.Background(), x, n, opt, 300, rng, func(it, tot int, m map[string]float64) {
		if it%100 == 0 {
			t.Log(it, m)
		}
	}); err != nil {
		t.Fatal(err)
	}
	t.Log("after", a.ReconstructionBCE(x, n))
	g, err := NewGMMN(GMMNConfig{NoiseDim: 2, Hidden: []int{16}, Out: 4, OutAct: Sigmoid, Sigmas: []float64{1}}, rng)
	if err != nil {
		t.Fatal(err)
	}
	codes := a.Encode(x, n)
	if err := g.Train(context.Background(), codes, n, SGD{Schedule: []Phase{{From: 1, LR: 2, Momentum: 0.9}}, Batch: 100}, 200, rng, func(it, tot int, m map[string]float64) {
		if it%50 == 0 || it == 1 {
			t.Log(it, m)
		}
	}); err != nil {
		t.Fatal(err)
	}
}
