//go:build cgo && !noopenblas

package blas

/*
#cgo LDFLAGS: -lopenblas
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
char *openblas_get_corename(void);
*/
import "C"

import (
	"sync"

	gblas "gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/netlib/blas/netlib"
	"gorgonia.org/gorgonia"
)

// Backend names the BLAS this binary was built with: "openblas" or "gonum".
func Backend() string { return "openblas" }

// Use installs OpenBLAS for gorgonia (and thereby gorgonia.org/tensor) and for
// gonum's blas32, with DefaultThreads() threads.
func Use() { UseThreads(DefaultThreads()) }

// UseThreads is Use with an explicit thread count (n < 1 means 1).
//
// OpenBLAS itself is kept single-threaded and SGEMM is split into n row (or
// column) blocks run from n goroutines. OpenBLAS's own worker threads busy-wait
// for ~2^28 cycles after every call; on a small machine they then steal the CPUs
// from the Go code (activations, the MMD kernel) that runs between GEMMs, which
// measured twice as slow per training step as this split.
func UseThreads(n int) {
	if n < 1 {
		n = 1
	}
	C.openblas_set_num_threads(1)
	impl := splitBLAS{threads: n}
	gorgonia.Use(impl)
	blas32.Use(impl)
}

// Threads reports how many goroutines SGEMM is split over.
func Threads() int {
	if b, ok := blas32.Implementation().(splitBLAS); ok {
		return b.threads
	}
	return int(C.openblas_get_num_threads())
}

// splitBLAS is OpenBLAS with SGEMM parallelised from Go.
type splitBLAS struct {
	netlib.Implementation
	threads int
}

// minSplitFlops is the smallest GEMM (in multiply-adds) worth splitting.
const minSplitFlops = 1 << 18

// Sgemm computes C = alpha op(A) op(B) + beta C, splitting the rows of C (or its
// columns when it has few rows) into contiguous blocks, one goroutine each. Every
// element of C is computed by exactly one single-threaded OpenBLAS call, so the
// result does not depend on scheduling.
func (b splitBLAS) Sgemm(tA, tB gblas.Transpose, m, n, k int, alpha float32, a []float32, lda int, bm []float32, ldb int, beta float32, c []float32, ldc int) {
	p := b.threads
	if p <= 1 || m*n*k < minSplitFlops || (m < 2*p && n < 2*p) {
		b.Implementation.Sgemm(tA, tB, m, n, k, alpha, a, lda, bm, ldb, beta, c, ldc)
		return
	}
	var wg sync.WaitGroup
	wg.Add(p)
	if m >= n || n < 2*p {
		for t := 0; t < p; t++ {
			i0, i1 := t*m/p, (t+1)*m/p
			var as []float32
			if tA == gblas.NoTrans {
				as = a[i0*lda:]
			} else {
				as = a[i0:]
			}
			go func(i0, i1 int, as []float32) {
				defer wg.Done()
				if i1 > i0 {
					b.Implementation.Sgemm(tA, tB, i1-i0, n, k, alpha, as, lda, bm, ldb, beta, c[i0*ldc:], ldc)
				}
			}(i0, i1, as)
		}
	} else {
		for t := 0; t < p; t++ {
			j0, j1 := t*n/p, (t+1)*n/p
			var bs []float32
			if tB == gblas.NoTrans {
				bs = bm[j0:]
			} else {
				bs = bm[j0*ldb:]
			}
			go func(j0, j1 int, bs []float32) {
				defer wg.Done()
				if j1 > j0 {
					b.Implementation.Sgemm(tA, tB, m, j1-j0, k, alpha, a, lda, bs, ldb, beta, c[j0:], ldc)
				}
			}(j0, j1, bs)
		}
	}
	wg.Wait()
}

// UseNativeThreads installs OpenBLAS with its own n worker threads (no Go-side
// split); kept to compare against UseThreads on a given machine.
func UseNativeThreads(n int) {
	if n < 1 {
		n = 1
	}
	C.openblas_set_num_threads(C.int(n))
	gorgonia.Use(netlib.Implementation{})
	blas32.Use(netlib.Implementation{})
}

// Kernel names the kernel set OpenBLAS runs, its core name (e.g. "Haswell",
// "Cooperlake"): a DYNAMIC_ARCH build picks it from the CPU at load time
// unless OPENBLAS_CORETYPE names one. It decides SGEMM's speed (AVX2 or
// AVX-512) and its rounding, so benchmarks and fingerprints report it.
func Kernel() string { return C.GoString(C.openblas_get_corename()) }
