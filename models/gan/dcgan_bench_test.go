package gan

import (
	"context"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// Benchmarks of the DCGAN: one training step (a D update and a G update) of
// the 28x28 DCGAN of the issue at batch 64 and 100 (go test -run '^$'
// -bench DCGANStep ./models; ns/op is per generator update), and the batch
// norm kernels on the generator's largest layer (B = 64: 64*14*14 rows of
// 64 channels).

// benchImages is the benchmarks' training set and optimizer: 1000 uniform
// 28x28 images and the DCGAN papers' Adam (2e-4, beta1 0.5).
func benchImages(rng *rand.Rand) (n int, data []float32, adam nn.Optimizer) {
	n = 1000
	data = make([]float32, n*784)
	for i := range data {
		data[i] = rng.Float32()
	}
	return n, data, nn.Optimizer{Kind: nn.OptAdam, LR: 2e-4, Beta1: 0.5, Beta2: 0.999}
}

func benchmarkDCGANStep(b *testing.B, B int) {
	rng := rand.New(rand.NewSource(1))
	n, data, adam := benchImages(rng)
	m, err := NewGAN(GANConfig{Arch: ArchDCGAN, NoiseDim: 100, Noise: "normal", Out: 784, GOutAct: nn.Sigmoid,
		Loss: LossNonSaturating, Batch: B, Iters: b.N, DOpt: adam, GOpt: adam}, rng)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if err := m.Train(context.Background(), data, n, rng, nil); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkDCGANStep64(b *testing.B)  { benchmarkDCGANStep(b, 64) }
func BenchmarkDCGANStep100(b *testing.B) { benchmarkDCGANStep(b, 100) }

func BenchmarkBNForward(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	N, C := 12544, 64
	x := nntest.RandVec(rng, N*C)
	y := make([]float32, N*C)
	gamma, beta := nntest.RandVec(rng, C), nntest.RandVec(rng, C)
	mean, inv := make([]float64, C), make([]float64, C)
	b.SetBytes(int64(N * C * 4))
	for i := 0; i < b.N; i++ {
		bnForward(y, x, N, C, N, gamma, beta, 1e-5, mean, inv, bnAct{on: true})
	}
}

func BenchmarkBNBackward(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	N, C := 12544, 64
	x := nntest.RandVec(rng, N*C)
	g := nntest.RandVec(rng, N*C)
	y, dx := make([]float32, N*C), make([]float32, N*C)
	gamma, beta := nntest.RandVec(rng, C), nntest.RandVec(rng, C)
	mean, inv := make([]float64, C), make([]float64, C)
	dg, db := make([]float32, C), make([]float32, C)
	bnForward(y, x, N, C, N, gamma, beta, 1e-5, mean, inv, bnAct{on: true})
	b.SetBytes(int64(N * C * 4))
	for i := 0; i < b.N; i++ {
		bnBackward(dx, g, x, y, N, C, N, gamma, mean, inv, dg, db, bnAct{on: true})
	}
}
