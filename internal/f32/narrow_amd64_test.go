//go:build amd64

package f32

import (
	"math"
	"math/rand"
	"testing"
)

// TestNarrowPlainGoPath: the path a CPU without AVX2 and FMA takes
// (rowsScalar, rows6Scalar, with segments) gives the AVX2 kernels' bits
// (tolerance 0), on blocks that use the six-row kernel, the two-row one and
// a last 8 columns.
func TestNarrowPlainGoPath(t *testing.T) {
	if !hasFMA {
		t.Skip("no AVX2/FMA kernels to compare with")
	}
	rng := rand.New(rand.NewSource(9))
	m, n, k := 14, 40, 30
	sg := Segments{Segs: 3, ASeg: 7, BSeg: k * n}
	aLen := (m-1)*2 + (sg.Segs-1)*sg.ASeg + (k-1)*1 + 1
	a := make([]float32, aLen)
	b := make([]float32, (sg.Segs-1)*sg.BSeg+k*n)
	for _, v := range [][]float32{a, b} {
		for i := range v {
			v[i] = float32(rng.NormFloat64())
		}
	}
	fast := make([]float32, m*n)
	MatMulNarrowSegments(fast, a, 2, 1, b, m, n, k, sg, false)
	hasFMA = false
	defer func() { hasFMA = true }()
	plain := make([]float32, m*n)
	MatMulNarrowSegments(plain, a, 2, 1, b, m, n, k, sg, false)
	for i := range fast {
		if math.Float32bits(fast[i]) != math.Float32bits(plain[i]) {
			t.Fatalf("c[%d]: AVX2 %v, plain Go %v", i, fast[i], plain[i])
		}
	}
}
