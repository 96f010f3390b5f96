//go:build !amd64.v3 && !amd64.v4

package nn

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/f32"
	"github.com/ganpipe/ganpipe/internal/numtest"
)

// optStepRef is the element-at-a-time definition of OptState.step for SGD
// (the code before the per-array parallel, fused version): the norm is one
// float64 chain per array, the arrays' sums added in order; then
// v <- m v - lr (g + wd w), w <- w + v.
func optStepRef(s *OptState, params, grads [][]float32) float64 {
	s.T++
	lr, mom := s.LearningRateMomentum(s.T)
	var ss float64
	for _, g := range grads {
		var a float64
		for _, v := range g {
			a += float64(v) * float64(v)
		}
		ss += a
	}
	wd, lr32, m32 := float32(s.o.WeightDecay), float32(lr), float32(mom)
	for k, w := range params {
		g, v := grads[k], s.M[k]
		for i := range w {
			v[i] = m32*v[i] - lr32*(g[i]+wd*w[i])
			w[i] += v[i]
		}
	}
	return math.Sqrt(ss)
}

// TestOptStepSGDBits (not under GOAMD64=v3, where Go may fuse the
// reference's multiply-adds): the parallel, chunked, AVX2 SGD step gives the
// reference's bits for the weights and velocities, and its norm to the bound of reordered float64 sums over several steps,
// with and without weight decay and a momentum ramp, for array sizes around
// the chunk and parallel thresholds.
func TestOptStepSGDBits(t *testing.T) {
	lens := []int{1200 * 1200, 1200, 784 * 1200, 3, optChunk - 1, optChunk, optChunk + 9, 0, 100 * 1200}
	for _, o := range []Optimizer{
		{Kind: OptSGD, LR: 0.1, Momentum: 0.5},
		{Kind: OptSGD, LR: 0.1, Momentum: 0.5, MomentumEnd: 0.7, MomentumRamp: 2, Decay: 1.000004, WeightDecay: 1e-3},
	} {
		if err := o.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, sizes := range [][]int{lens, {5, 7}} { // the second runs inline (small total)
			rng := rand.New(rand.NewSource(int64(len(sizes))))
			mk := func() [][]float32 {
				var out [][]float32
				for _, n := range sizes {
					out = append(out, make([]float32, n))
				}
				return out
			}
			w1, w2, g := mk(), mk(), mk()
			total := 0
			for _, n := range sizes {
				total += n
			}
			for k := range w1 {
				for i := range w1[k] {
					w1[k][i] = float32(rng.NormFloat64())
					w2[k][i] = w1[k][i]
				}
			}
			ref, got := NewOptState(o, w1), NewOptState(o, w2)
			for step := 0; step < 3; step++ {
				for k := range g {
					for i := range g[k] {
						g[k][i] = float32(rng.NormFloat64() * 1e-2)
					}
				}
				want := optStepRef(ref, w1, g)
				have := got.Step(w2, g)
				// The norm's float64 sums run in another order (sumSq64).
				// Recursive summation of n positive terms errs by at most
				// (n-1) u relative (Higham, Accuracy and Stability, 4.2),
				// u = 2^-53: n u bounds both orders' error of the squared
				// norm, so half of 2 n u bounds the norm's difference.
				if !numtest.Rel(t, have, want, float64(total)*0x1p-53, "reordered float64 sums: n u relative") {
					t.Fatalf("%+v step %d: norm", o, step)
				}
				for k := range w1 {
					for i := range w1[k] {
						if math.Float32bits(w1[k][i]) != math.Float32bits(w2[k][i]) || math.Float32bits(ref.M[k][i]) != math.Float32bits(got.M[k][i]) {
							t.Fatalf("%+v step %d: array %d element %d: w %v v %v, want w %v v %v", o, step, k, i, w2[k][i], got.M[k][i], w1[k][i], ref.M[k][i])
						}
					}
				}
			}
		}
	}
}

// TestSGDKernelSpecialValues: the AVX2 and scalar SGD updates agree bit for
// bit on zeros of both signs, infinities and tiny values (NaNs compared as
// NaN), for lengths that exercise the vector body and the scalar tail.
func TestSGDKernelSpecialValues(t *testing.T) {
	vals := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 1e-40, -3e-39, float32(math.Inf(1)), float32(math.Inf(-1)), 3.5, 1e30}
	n := 37
	mk := func(off int) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = vals[(i*7+off)%len(vals)]
		}
		return v
	}
	same := func(a, b float32) bool { return math.Float32bits(a) == math.Float32bits(b) || (a != a && b != b) }
	for _, wd := range []float32{0, 0.5} {
		w1, v1, g := mk(0), mk(3), mk(5)
		w2, v2 := append([]float32(nil), w1...), append([]float32(nil), v1...)
		f32.SGDScalar(w1, v1, g, 0.9, 0.1, wd)
		f32.SGDUpdate(w2, v2, g, 0.9, 0.1, wd)
		w3, v3 := mk(0), mk(3)
		w4, v4 := append([]float32(nil), w3...), append([]float32(nil), v3...)
		f32.MomentumScalar(w3, v3, g, 0.9, 0.1)
		f32.MomentumUpdate(w4, v4, g, 0.9, 0.1)
		for i := 0; i < n; i++ {
			if !same(w1[i], w2[i]) || !same(v1[i], v2[i]) {
				t.Errorf("sgd wd %v element %d: w %v v %v, scalar w %v v %v", wd, i, w2[i], v2[i], w1[i], v1[i])
			}
			if !same(w3[i], w4[i]) || !same(v3[i], v4[i]) {
				t.Errorf("momentum element %d: w %v v %v, scalar w %v v %v", i, w4[i], v4[i], w3[i], v3[i])
			}
		}
	}
	sums, want := make([]float32, 8), make([]float32, 8)
	g := make([]float32, 8*f32.NormBlock)
	for i := range g {
		g[i] = vals[(i*3)%len(vals)] * float32(i%5)
	}
	f32.SumSq8(sums, g)
	f32.SumSq8Scalar(want, g)
	for j := range sums {
		if !same(sums[j], want[j]) {
			t.Errorf("sumSq8 block %d = %v, scalar %v", j, sums[j], want[j])
		}
	}
}
