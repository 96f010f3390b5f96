package gmmn

import (
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

func benchGMMN(b *testing.B, out int, sigmas []float64) {
	rng := rand.New(rand.NewSource(1))
	g, err := NewGMMN(GMMNConfig{NoiseDim: 10, Hidden: []int{64, 256, 256, 1024}, Out: out, OutAct: nn.Sigmoid, Sigmas: sigmas}, rng)
	if err != nil {
		b.Fatal(err)
	}
	data := make([]float32, 5000*out)
	for i := range data {
		data[i] = rng.Float32()
	}
	t, noise, dbuf, _, err := g.build(1000, 1000)
	if err != nil {
		b.Fatal(err)
	}
	s := nn.NewSampler(5000, rng)
	nntest.BenchStep(b, t, func() {
		nn.FillNoise(noise, rng)
		s.Fill(dbuf, data, out)
	})
}

func BenchmarkGMMNCodeStep(b *testing.B) { benchGMMN(b, 32, []float64{1}) }

func BenchmarkGMMNPixelStep(b *testing.B) { benchGMMN(b, 784, []float64{2, 5, 10, 20, 40, 80}) }
