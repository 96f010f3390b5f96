//go:build !amd64.v3 && !amd64.v4

package f32

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// The batch-norm kernels must give their scalar forms' bits whatever path
// runs (AVX2 or Go), so that trained DCGAN parameters and the artifacts'
// digests do not depend on the CPU. Geometries cover widths that are, are
// not, and are less than a multiple of 8, strides wider than the width (a
// goroutine's column range), and slopes 0 (ReLU), 0.2 and 1 (no
// activation). Not under GOAMD64=v3, where Go may fuse the scalar code's
// multiply-adds.

type bnGeom struct{ rows, stride, w int }

var bnGeoms = []bnGeom{{1, 8, 8}, {3, 13, 13}, {5, 40, 32}, {7, 64, 64}, {4, 70, 69}, {9, 5, 5}, {2, 128, 120}}

// bnInputs is a rows x stride matrix of kernelInputs offset by the column's
// base, so columns differ.
func bnInputs(rng *rand.Rand, g bnGeom) []float32 { return kernelInputs(rng, g.rows*g.stride) }

func sameBits64(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || (a != a && b != b)
}

func checkBits32(t *testing.T, what string, got, want []float32) {
	t.Helper()
	for i := range want {
		if !sameBits(got[i], want[i]) {
			t.Fatalf("%s[%d] = %v (%#x), scalar %v (%#x)", what, i, got[i], math.Float32bits(got[i]), want[i], math.Float32bits(want[i]))
		}
	}
}

func checkBits64(t *testing.T, what string, got, want []float64) {
	t.Helper()
	for i := range want {
		if !sameBits64(got[i], want[i]) {
			t.Fatalf("%s[%d] = %v, scalar %v", what, i, got[i], want[i])
		}
	}
}

func TestBNKernelsBits(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, g := range bnGeoms {
		for _, slope := range []float32{0, 0.2, 1} {
			x, y, gr := bnInputs(rng, g), bnInputs(rng, g), bnInputs(rng, g)
			cols := func() []float32 { return kernelInputs(rng, g.w) }
			scale, shift, mean, inv, mg, mgx, a := cols(), cols(), cols(), cols(), cols(), cols(), cols()

			s1, s2 := make([]float64, g.w), make([]float64, g.w)
			w1, w2 := make([]float64, g.w), make([]float64, g.w)
			for j := range s1 { // nonzero starting sums: the kernels accumulate
				s1[j], s2[j] = float64(j), -float64(j)/3
				w1[j], w2[j] = s1[j], s2[j]
			}
			BNStats(s1, s2, x, g.rows, g.stride)
			BNStatsScalar(w1, w2, x, g.rows, g.stride)
			checkBits64(t, "BNStats s1", s1, w1)
			checkBits64(t, "BNStats s2", s2, w2)

			got, want := append([]float32(nil), y...), append([]float32(nil), y...)
			BNApply(got, x, g.rows, g.stride, scale, shift, slope)
			BNApplyScalar(want, x, g.rows, g.stride, scale, shift, slope)
			checkBits32(t, "BNApply", got, want)

			got, want = append([]float32(nil), y...), append([]float32(nil), y...)
			sg, sgx := append([]float64(nil), w1...), append([]float64(nil), w2...)
			vg, vgx := append([]float64(nil), w1...), append([]float64(nil), w2...)
			BNBackSums(got, gr, x, y, g.rows, g.stride, mean, inv, sg, sgx, slope)
			BNBackSumsScalar(want, gr, x, y, g.rows, g.stride, mean, inv, vg, vgx, slope)
			checkBits32(t, "BNBackSums dx", got, want)
			checkBits64(t, "BNBackSums sg", sg, vg)
			checkBits64(t, "BNBackSums sgx", sgx, vgx)

			BNBackApply(got, x, g.rows, g.stride, a, mean, inv, mg, mgx)
			BNBackApplyScalar(want, x, g.rows, g.stride, a, mean, inv, mg, mgx)
			checkBits32(t, "BNBackApply", got, want)
		}
	}
}

// TestBNScalarDefinitions checks the scalar forms against the formulas in
// their comments on one row of hand-picked values, so the bit tests above
// compare against the right thing. Expected values are computed here in
// float64 from the formulas; tolerance 1e-6 relative covers float32
// rounding of the few operations involved (~4 roundings of 6e-8 each).
func TestBNScalarDefinitions(t *testing.T) {
	x := []float32{1.5, -2, 0.25}
	s1, s2 := []float64{1, 0, 0}, []float64{0, 1, 0}
	BNStatsScalar(s1, s2, x, 1, 3)
	if s1[0] != 2.5 || s1[1] != -2 || s2[1] != 5 || s2[2] != 0.0625 {
		t.Fatalf("BNStats: s1 %v s2 %v", s1, s2)
	}
	y := make([]float32, 3)
	BNApplyScalar(y, x, 1, 3, []float32{2, 2, 2}, []float32{-1, 0, -1}, 0.2)
	// 1.5*2-1 = 2 > 0; -2*2+0 = -4 -> -0.8; 0.25*2-1 = -0.5 -> -0.1
	for i, want := range []float64{2, -0.8, -0.1} {
		numtest.Rel(t, float64(y[i]), want, 1e-6, "BNApply: two float32 roundings")
	}
	dx := make([]float32, 3)
	sg, sgx := make([]float64, 3), make([]float64, 3)
	g := []float32{1, 1, 1}
	BNBackSumsScalar(dx, g, x, y, 1, 3, []float32{0.5, 0.5, 0.5}, []float32{2, 2, 2}, sg, sgx, 0.2)
	// p = 1 where y > 0 (column 0), 0.2 elsewhere; xhat = (x - 0.5)*2 = 2, -5, -0.5
	for i, want := range []float64{1, 0.2, 0.2} {
		numtest.Rel(t, float64(dx[i]), want, 1e-6, "BNBackSums p: one float32 product")
		numtest.Rel(t, sg[i], want, 1e-6, "BNBackSums sum of p: one float32 product")
	}
	for i, want := range []float64{2, -1, -0.1} {
		numtest.Rel(t, sgx[i], want, 1e-6, "BNBackSums sum of p*xhat: three float32 roundings")
	}
	BNBackApplyScalar(dx, x, 1, 3, []float32{3, 3, 3}, []float32{0.5, 0.5, 0.5}, []float32{2, 2, 2}, []float32{0.1, 0.1, 0.1}, []float32{0.5, 0.5, 0.5})
	// 3*((p - 0.1) - xhat*0.5): 3*(0.9 - 1) = -0.3; 3*(0.1 + 2.5) = 7.8; 3*(0.1 + 0.25) = 1.05
	for i, want := range []float64{-0.3, 7.8, 1.05} {
		numtest.Rel(t, float64(dx[i]), want, 1e-6, "BNBackApply: five float32 roundings")
	}
}

func TestLeakyRowsBits(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	for _, n := range []int{0, 1, 7, 8, 9, 64, 1023} {
		x, g := kernelInputs(rng, n), kernelInputs(rng, n)
		for _, slope := range []float32{0, 0.2} {
			got := make([]float32, n)
			LeakyRows(got, x, g, slope)
			for i := range got {
				// the definition, with a branch: g where x > 0, else slope*g
				want := slope * g[i]
				if x[i] > 0 {
					want = g[i]
				}
				if !sameBits(got[i], want) {
					t.Fatalf("n %d slope %v: LeakyRows[%d] = %v, want %v (x %v g %v)", n, slope, i, got[i], want, x[i], g[i])
				}
			}
		}
	}
}
