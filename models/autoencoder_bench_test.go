package models

import (
	"math/rand"
	"testing"
)

func benchAE(b *testing.B, batch int) {
	rng := rand.New(rand.NewSource(1))
	a, err := NewAutoencoder(AEConfig{Sizes: []int{784, 1024, 32}, Dropout: []float64{0.2, 0.5}, Activation: Sigmoid}, rng)
	if err != nil {
		b.Fatal(err)
	}
	x := make([]float32, 5000*784)
	for i := range x {
		x[i] = rng.Float32()
	}
	t, xbuf, masks, err := a.buildFull(batch)
	if err != nil {
		b.Fatal(err)
	}
	s := newSampler(5000, rng)
	benchStep(b, t, func() {
		s.fill(xbuf, x, 784)
		for l, m := range masks {
			fillMask(m, a.dropout(l), rng)
		}
	})
}

func BenchmarkAEStep100(b *testing.B) { benchAE(b, 100) }

func BenchmarkAEStep1000(b *testing.B) { benchAE(b, 1000) }
