package blas

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// TestUseGemm checks that after Use a float32 GEMM through blas32 gives the hand
// computed product (exact in float32: small integers).
func TestUseGemm(t *testing.T) {
	Use()
	if b := Backend(); b != "openblas" && b != "gonum" {
		t.Fatalf("Backend() = %q", b)
	}
	a := blas32.General{Rows: 2, Cols: 3, Stride: 3, Data: []float32{1, 2, 3, 4, 5, 6}}
	b := blas32.General{Rows: 3, Cols: 2, Stride: 2, Data: []float32{7, 8, 9, 10, 11, 12}}
	c := blas32.General{Rows: 2, Cols: 2, Stride: 2, Data: make([]float32, 4)}
	blas32.Gemm(blas.NoTrans, blas.NoTrans, 1, a, b, 0, c)
	want := []float32{58, 64, 139, 154} // by hand: [1 2 3]·[7 9 11] = 58, ...
	for i := range want {
		if c.Data[i] != want[i] {
			t.Fatalf("c[%d] = %v, want %v (backend %s)", i, c.Data[i], want[i], Backend())
		}
	}
	if Threads() < 1 {
		t.Fatalf("Threads() = %d", Threads())
	}
}

// TestSplitMatchesSequential: the goroutine split and Sequential compute
// the same blocks, so their results are bit-identical, and both equal a
// float64 triple loop to float32 accuracy (|err| <= 1e-5 relative: k = 300
// products of values in [0,1), each rounding ~6e-8), for transposes and for
// shapes split by rows, by columns, or not at all.
func TestSplitMatchesSequential(t *testing.T) {
	UseThreads(2)
	defer Use()
	rng := rand.New(rand.NewSource(1))
	for _, s := range []struct {
		tA, tB  blas.Transpose
		m, n, k int
	}{
		{blas.NoTrans, blas.NoTrans, 300, 200, 300}, // rows
		{blas.NoTrans, blas.Trans, 50, 300, 300},    // columns
		{blas.Trans, blas.NoTrans, 40, 301, 300},
		{blas.Trans, blas.Trans, 301, 3, 300},
		{blas.NoTrans, blas.NoTrans, 3, 3, 300}, // too small to split
	} {
		ar, ac := s.m, s.k
		if s.tA == blas.Trans {
			ar, ac = s.k, s.m
		}
		br, bc := s.k, s.n
		if s.tB == blas.Trans {
			br, bc = s.n, s.k
		}
		a, b := make([]float32, ar*ac), make([]float32, br*bc)
		for i := range a {
			a[i] = rng.Float32()
		}
		for i := range b {
			b[i] = rng.Float32()
		}
		c1, c2 := make([]float32, s.m*s.n), make([]float32, s.m*s.n)
		blas32.Implementation().Sgemm(s.tA, s.tB, s.m, s.n, s.k, 1, a, ac, b, bc, 0, c1, s.n)
		Sequential().Sgemm(s.tA, s.tB, s.m, s.n, s.k, 1, a, ac, b, bc, 0, c2, s.n)
		at := func(i, l int) float64 {
			if s.tA == blas.Trans {
				return float64(a[l*ac+i])
			}
			return float64(a[i*ac+l])
		}
		bt := func(l, j int) float64 {
			if s.tB == blas.Trans {
				return float64(b[j*bc+l])
			}
			return float64(b[l*bc+j])
		}
		for i := 0; i < s.m; i++ {
			for j := 0; j < s.n; j++ {
				if math.Float32bits(c1[i*s.n+j]) != math.Float32bits(c2[i*s.n+j]) {
					t.Fatalf("%+v: c[%d,%d] split %v, sequential %v", s, i, j, c1[i*s.n+j], c2[i*s.n+j])
				}
				var want float64
				for l := 0; l < s.k; l++ {
					want += at(i, l) * bt(l, j)
				}
				if !numtest.Rel(t, float64(c1[i*s.n+j]), want, 1e-5, "float32 GEMM vs float64 product of positive terms") {
					t.Fatalf("%+v: c[%d,%d]", s, i, j)
				}
			}
		}
	}
}

// TestSplitNotThreadsDecidesBits: the same block count gives the same bits
// on one thread as on three (UseSplit), and Fingerprint names what decides
// them. The product is big enough to split and uneven, so that another block
// count would round differently on OpenBLAS (not asserted: the kernel may
// happen to agree).
func TestSplitNotThreadsDecidesBits(t *testing.T) {
	defer Use()
	rng := rand.New(rand.NewSource(2))
	m, n, k := 301, 257, 333
	a, b := make([]float32, m*k), make([]float32, k*n)
	for i := range a {
		a[i] = rng.Float32() - 0.5
	}
	for i := range b {
		b[i] = rng.Float32() - 0.5
	}
	run := func(threads, parts int) []float32 {
		UseSplit(threads, parts)
		c := make([]float32, m*n)
		blas32.Implementation().Sgemm(blas.NoTrans, blas.NoTrans, m, n, k, 1, a, k, b, n, 0, c, n)
		return c
	}
	ref := run(2, 2)
	fp2 := Fingerprint()
	for _, threads := range []int{1, 3} {
		got := run(threads, 2)
		for i := range ref {
			if math.Float32bits(got[i]) != math.Float32bits(ref[i]) {
				t.Fatalf("%d threads, 2 blocks: c[%d] = %v, 2 threads: %v", threads, i, got[i], ref[i])
			}
		}
		if fp := Fingerprint(); fp != fp2 {
			t.Errorf("%d threads, 2 blocks: Fingerprint %q, 2 threads: %q", threads, fp, fp2)
		}
	}
	run(1, 3)
	if Backend() == "openblas" {
		if fp := Fingerprint(); fp == fp2 || Threads() != 3 {
			t.Errorf("3 blocks: Fingerprint %q (2 blocks: %q), Threads %d", fp, fp2, Threads())
		}
	}
}
