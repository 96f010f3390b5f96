//go:build cgo && !noopenblas

package blas

import (
	"math"
	"math/rand"
	"sync"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// TestPoolSameBits: products large enough for the cPool (poolMinMACs) come
// out bit-identical to the same blocks computed one after another
// (Sequential), alone, two at once through SgemmConcurrent, and from several
// goroutines at once (the pool takes one batch at a time; the others run
// their blocks on their own goroutine).
func TestPoolSameBits(t *testing.T) {
	UseThreads(2)
	defer Use()
	rng := rand.New(rand.NewSource(4))
	type prod struct {
		tA, tB  blas.Transpose
		m, n, k int
		a, b    []float32
	}
	mk := func(tA, tB blas.Transpose, m, n, k int) prod {
		p := prod{tA: tA, tB: tB, m: m, n: n, k: k, a: make([]float32, m*k), b: make([]float32, k*n)}
		for i := range p.a {
			p.a[i] = rng.Float32() - 0.5
		}
		for i := range p.b {
			p.b[i] = rng.Float32() - 0.5
		}
		return p
	}
	lds := func(p prod) (lda, ldb int) {
		lda, ldb = p.k, p.n
		if p.tA == blas.Trans {
			lda = p.m
		}
		if p.tB == blas.Trans {
			ldb = p.k
		}
		return
	}
	// 701*689*700 = 338M multiply-adds: above poolMinMACs, uneven blocks.
	ps := []prod{mk(blas.NoTrans, blas.NoTrans, 701, 689, 700), mk(blas.Trans, blas.NoTrans, 689, 701, 700), mk(blas.NoTrans, blas.Trans, 700, 700, 690)}
	for _, p := range ps {
		if p.m*p.n*p.k < poolMinMACs {
			t.Fatalf("%dx%dx%d is below poolMinMACs %d: the test would not reach the pool", p.m, p.n, p.k, poolMinMACs)
		}
	}
	with := func(impl interface {
		Sgemm(blas.Transpose, blas.Transpose, int, int, int, float32, []float32, int, []float32, int, float32, []float32, int)
	}, p prod) []float32 {
		lda, ldb := lds(p)
		c := make([]float32, p.m*p.n)
		impl.Sgemm(p.tA, p.tB, p.m, p.n, p.k, 1, p.a, lda, p.b, ldb, 0, c, p.n)
		return c
	}
	same := func(what string, got, want []float32) {
		t.Helper()
		for i := range want {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("%s: c[%d] = %v, want %v", what, i, got[i], want[i])
			}
		}
	}
	want := make([][]float32, len(ps))
	for i, p := range ps {
		want[i] = with(Sequential(), p)
		same("pool", with(blas32.Implementation(), p), want[i])
	}
	gs := make([]Gemm, len(ps))
	for i, p := range ps {
		lda, ldb := lds(p)
		gs[i] = Gemm{TA: p.tA, TB: p.tB, M: p.m, N: p.n, K: p.k, A: p.a, Lda: lda, B: p.b, Ldb: ldb, C: make([]float32, p.m*p.n), Ldc: p.n}
	}
	SgemmConcurrent(gs...)
	for i := range gs {
		same("SgemmConcurrent", gs[i].C, want[i])
	}
	var wg sync.WaitGroup
	bad := make(chan int, 16)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 3; r++ {
				i := (g + r) % len(ps)
				got := with(blas32.Implementation(), ps[i])
				for j := range got {
					if math.Float32bits(got[j]) != math.Float32bits(want[i][j]) {
						bad <- i
						return
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(bad)
	for i := range bad {
		t.Fatalf("product %d differs when computed concurrently", i)
	}
}
