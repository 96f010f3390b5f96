package ae

import (
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

func benchAE(b *testing.B, batch int) {
	rng := rand.New(rand.NewSource(1))
	a, err := NewAutoencoder(AEConfig{Sizes: []int{784, 1024, 32}, Dropout: []float64{0.2, 0.5}, Activation: nn.Sigmoid}, rng)
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
	s := nn.NewSampler(5000, rng)
	nntest.BenchStep(b, t, func() {
		s.Fill(xbuf, x, 784)
		for l, m := range masks {
			nn.FillMask(m, a.dropout(l), rng)
		}
	})
}

func BenchmarkAEStep100(b *testing.B) { benchAE(b, 100) }

func BenchmarkAEStep1000(b *testing.B) { benchAE(b, 1000) }
