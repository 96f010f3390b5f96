//go:build !amd64.v3 && !amd64.v4

package f32

import (
	"math"
	"math/rand"
	"testing"
)

// TestPairKernelsBits: the dispatchers of pairs.go (AVX2 on amd64) give the
// bits of their scalar references on inputs with zeros of both signs,
// infinities, NaN and denormals (kernelInputs), at lengths around the
// 8-lane boundary. Not under GOAMD64=v3, where Go may fuse the scalar
// code's multiply-subtracts.
func TestPairKernelsBits(t *testing.T) {
	rng := rand.New(rand.NewSource(47))
	for _, n := range []int{0, 1, 7, 8, 9, 64, 1023} {
		x, y, g := kernelInputs(rng, n), kernelInputs(rng, n), kernelInputs(rng, n)
		const s, c, ni = 0.37, -1.0 / 3, 2.5
		cases := []bitsCase{
			{"Abs", func(o []float32) { Abs(o, x) }, func(o []float32) { AbsScalar(o, x) }},
			{"Abs in place", func(o []float32) { copy(o, x); Abs(o, o) }, func(o []float32) { AbsScalar(o, x) }},
			{"AddConst", func(o []float32) { copy(o, x); AddConst(o, 1) }, func(o []float32) { copy(o, x); AddConstScalar(o, 1) }},
			{"BCETerms", func(o []float32) { copy(o, y); BCETerms(o, x, g) }, func(o []float32) { copy(o, y); BCETermsScalar(o, x, g) }},
			{"SqDist", func(o []float32) { SqDist(o, x, y, ni) }, func(o []float32) { SqDistScalar(o, x, y, ni) }},
			{"SquareFlush", func(o []float32) { SquareFlush(o, x, 0x1p-63) }, func(o []float32) { SquareFlushScalar(o, x, 0x1p-63) }},
			{"SubScaled", func(o []float32) { copy(o, x); SubScaled(o, y, s) }, func(o []float32) { copy(o, x); SubScaledScalar(o, y, s) }},
			{"PairA", func(o []float32) { PairA(o, x, y, s, c) }, func(o []float32) { PairAScalar(o, x, y, s, c) }},
		}
		checkBits(t, cases, n, x, y, g)
	}
}

// TestPairKernelsScalarMeaning pins the scalar references to what they
// say, on hand-worked values: |-2| = 2, BCE term of logit 2 against target
// 1 with softplus(-2) = 0.126928 is 2 + 0.126928 - 2, distances clamp at 0,
// squares below min flush to 0.
func TestPairKernelsScalarMeaning(t *testing.T) {
	y := make([]float32, 3)
	AbsScalar(y, []float32{-2, 3, float32(math.Copysign(0, -1))})
	if y[0] != 2 || y[1] != 3 || !math.Signbit(float64(y[2])) {
		t.Fatalf("AbsScalar: %v", y)
	}
	d := []float32{0.126928, 0.126928}
	BCETermsScalar(d, []float32{2, -2}, []float32{1, 1})
	// exact float32 arithmetic on the same operands; tolerance 0
	if d[0] != (2+float32(0.126928))-2 || d[1] != float32(0.126928)-(-2) {
		t.Fatalf("BCETermsScalar: %v", d)
	}
	SqDistScalar(y[:2], []float32{1, 1}, []float32{0.5, 2}, 1)
	if y[0] != 1 || y[1] != 0 {
		t.Fatalf("SqDistScalar: %v, want [1 0]", y[:2])
	}
	SquareFlushScalar(y[:2], []float32{3, 1e-20}, 0x1p-63)
	if y[0] != 9 || y[1] != 0 {
		t.Fatalf("SquareFlushScalar: %v, want [9 0]", y[:2])
	}
}
