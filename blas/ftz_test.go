//go:build cgo && !noopenblas

package blas

import (
	"math"
	"runtime"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// denormalBits is 2^-140 (512 * 2^-149), below float32's smallest normal
// 2^-126: a denormal, which DAZ reads as 0.
const denormalBits = 0x200

var denormal = math.Float32frombits(denormalBits)

// TestSgemmFlushesDenormals: every path an SGEMM takes (one block, the
// team's blocks, the pool's blocks, Sequential, SgemmConcurrent) treats
// denormal inputs as zero and flushes denormal results, so the bits do not
// depend on the path (gp_run_one). Expected values are exact: with DAZ a
// denormal operand contributes 0; without it the product below would be
// 2^-140 * 1 summed k times, non-zero. A result of 2^-70 * 2^-70 = 2^-140 is
// denormal and FTZ makes it 0 where IEEE arithmetic would keep it.
func TestSgemmFlushesDenormals(t *testing.T) {
	UseThreads(2)
	defer Use()
	for _, tc := range []struct {
		name    string
		m, n, k int
		impl    func() blas.Float32
	}{
		{"one block", 4, 4, 4, blas32.Implementation},
		{"team blocks", 128, 128, 64, blas32.Implementation},  // above minSplitFlops, below poolMinMACs
		{"pool blocks", 800, 800, 600, blas32.Implementation}, // above poolMinMACs
		{"sequential", 128, 128, 64, func() blas.Float32 { return Sequential() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, op := range []struct {
				what string
				a, b float32
			}{{"denormal input", denormal, 1}, {"denormal result", 1.0 / (1 << 70), 1.0 / (1 << 70)}} {
				a := filled(tc.m*tc.k, op.a)
				b := filled(tc.k*tc.n, op.b)
				c := filled(tc.m*tc.n, 7) // beta = 0 overwrites it
				tc.impl().Sgemm(blas.NoTrans, blas.NoTrans, tc.m, tc.n, tc.k, 1, a, tc.k, b, tc.n, 0, c, tc.n)
				for i, v := range c {
					if math.Float32bits(v) != 0 {
						t.Fatalf("%s: c[%d] = %g, want 0 (denormals flushed)", op.what, i, v)
					}
				}
			}
		})
	}
	t.Run("concurrent", func(t *testing.T) {
		gs := make([]Gemm, 2)
		for i := range gs {
			gs[i] = Gemm{TA: blas.NoTrans, TB: blas.NoTrans, M: 700, N: 700, K: 700,
				A: filled(700*700, denormal), Lda: 700, B: filled(700*700, 1), Ldb: 700, C: filled(700*700, 7), Ldc: 700}
		}
		SgemmConcurrent(gs...)
		for _, g := range gs {
			for i, v := range g.C {
				if math.Float32bits(v) != 0 {
					t.Fatalf("c[%d] = %g, want 0", i, v)
				}
			}
		}
	})
}

// TestFlushLeavesGoArithmetic: the flush is undone after each call, so Go
// code on the thread that ran a GEMM still computes with denormals (Go's
// math assumes IEEE defaults).
func TestFlushLeavesGoArithmetic(t *testing.T) {
	UseThreads(2)
	defer Use()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	c := make([]float32, 4)
	blas32.Implementation().Sgemm(blas.NoTrans, blas.NoTrans, 2, 2, 2, 1, filled(4, 1), 2, filled(4, 1), 2, 0, c, 2)
	// Bits, not ==: with DAZ left on, a comparison would read the
	// denormal as 0 too and pass.
	if got := math.Float32bits(mul32(1.0/(1<<70), 1.0/(1<<70))); got != denormalBits {
		t.Fatalf("2^-70 * 2^-70 in Go after a GEMM has bits %#x, want %#x (the denormal 2^-140)", got, denormalBits)
	}
}

// mul32 is not inlined, so the product is computed at run time on this
// thread, not folded by the compiler.
//
//go:noinline
func mul32(a, b float32) float32 { return a * b }

func filled(n int, v float32) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = v
	}
	return s
}
