package f32

import (
	"math/rand"
	"testing"
)

// Micro-benchmarks of the elementwise kernels at the training shapes (batch
// 1000 x 1024 units), to see where a step's non-GEMM time goes.

func benchMatrix(n int) []float32 {
	rng := rand.New(rand.NewSource(1))
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(rng.NormFloat64() * 3)
	}
	return x
}

func BenchmarkKernels(b *testing.B) {
	const rows, k = 1000, 1024
	x := benchMatrix(rows * k)
	g := benchMatrix(rows * k)
	y := make([]float32, rows*k)
	bias := benchMatrix(k)
	for _, act := range []Act{ActReLU, ActSigmoid} {
		b.Run("applyAct/"+act.String(), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ApplyAct(act, y, x, bias, k)
			}
		})
		b.Run("actBackward/"+act.String(), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ActBackward(act, y, x, g)
			}
		})
	}
	b.Run("exp32", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for j, v := range x {
				y[j] = Exp32(-v * v)
			}
		}
	})
}
