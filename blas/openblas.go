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

// UseThreads is Use with an explicit thread count (n < 1 means 1), SGEMM
// split into n blocks.
//
// OpenBLAS itself is kept single-threaded and SGEMM is split into n row (or
// column) blocks, run from n goroutines, or for the large products from a
// pool of n-1 POSIX threads and the caller in one cgo call (cPool).
// OpenBLAS's own worker threads busy-wait for ~2^28 cycles after every call;
// on a small machine they then steal the CPUs from the Go code (activations,
// the MMD kernel) that runs between GEMMs, which measured twice as slow per
// training step as this split.
func UseThreads(n int) { UseSplit(n, n) }

// UseSplit runs SGEMM on threads CPUs in parts blocks (each < 1 means 1).
// The blocks decide the bits of every product (OpenBLAS rounds a block by its
// shape), the threads only the speed: two machines with the same parts and
// kernel set compute the same numbers whatever their CPU counts. Blocks
// beyond the team's size run on the calling goroutine; the pool deals them
// out round-robin.
func UseSplit(threads, parts int) {
	threads, parts = max(threads, 1), max(parts, 1)
	C.openblas_set_num_threads(1)
	impl := splitBLAS{threads: parts}
	if old, ok := blas32.Implementation().(splitBLAS); ok && old.team.Size() == threads {
		impl.team, impl.pool = old.team, old.pool // keep the running workers
	} else {
		if ok {
			old.team.Close()
		}
		impl.team = NewTeam(threads)
		impl.pool = poolFor(threads - 1)
	}
	gorgonia.Use(impl)
	blas32.Use(impl)
}

// CurrentTeam returns the worker team of the installed BLAS, for other
// parallel sections of a training step (nil, meaning run on the caller, when
// the BLAS is single-threaded or not the split OpenBLAS).
func CurrentTeam() *Team {
	if b, ok := blas32.Implementation().(splitBLAS); ok {
		return b.team
	}
	return nil
}

// Threads reports how many blocks SGEMM is split into (see UseSplit).
func Threads() int {
	if b, ok := blas32.Implementation().(splitBLAS); ok {
		return b.threads
	}
	return int(C.openblas_get_num_threads())
}

// splitBLAS is OpenBLAS with SGEMM parallelised from Go.
type splitBLAS struct {
	netlib.Implementation
	threads int    // blocks per SGEMM (UseSplit's parts)
	team    *Team  // blocks of smaller products, other parallel sections (nil: one thread)
	pool    *cPool // runs the blocks of products from poolMinMACs (nil: the team does)
}

// minSplitFlops is the smallest GEMM (in multiply-adds) worth splitting.
const minSplitFlops = 1 << 18

// Sgemm computes C = alpha op(A) op(B) + beta C, splitting the rows of C (or its
// columns when it has few rows) into contiguous blocks run on the CPUs at
// once: by the cPool from poolMinMACs, else by the team. Every element of C
// is computed by exactly one
// single-threaded OpenBLAS call, so the result does not depend on scheduling.
func (b splitBLAS) Sgemm(tA, tB gblas.Transpose, m, n, k int, alpha float32, a []float32, lda int, bm []float32, ldb int, beta float32, c []float32, ldc int) {
	parts := gemmParts(b.threads, tA, tB, m, n, k, a, lda, bm, ldb, c, ldc)
	if len(parts) == 1 {
		gemmCallPart{tA: tA, tB: tB, m: m, n: n, k: k, alpha: alpha, beta: beta,
			a: a, b: bm, c: c, lda: lda, ldb: ldb, ldc: ldc}.sgemm()
		return
	}
	calls := callParts(nil, parts, tA, tB, k, alpha, beta, lda, ldb, ldc)
	if b.pooled(m * n * k) {
		b.runPooled(calls)
		return
	}
	b.team.Run(len(calls), func(i int) { calls[i].sgemm() })
}

// poolMinMACs is the product size (m n k multiply-adds) from which the
// blocks run on the cPool's threads rather than the team's goroutines: a
// sleeping pool thread takes 0.1-0.5 ms to wake, which only products of
// several milliseconds repay (measured: the 1000x1024x1024 product 14.4 ->
// 10.6-11.6 ms; whole steps with every split product on the pool were up to
// 1.8x slower, the pool's and the team's threads taking turns to wake).
const poolMinMACs = 300_000_000

// pooled reports whether a product of macs multiply-adds runs its blocks on
// the pool (the blocks, and so the bits, are the same either way).
func (b splitBLAS) pooled(macs int) bool { return b.pool != nil && macs >= poolMinMACs }

// runPooled runs calls on the pool, the team's idle worker told to stop
// polling first: it would take a CPU from the pool's threads.
func (b splitBLAS) runPooled(calls []gemmCallPart) {
	b.team.Rest()
	b.pool.run(calls)
}

// callParts appends the blocks of one product as OpenBLAS calls.
func callParts(dst []gemmCallPart, parts []gemmPart, tA, tB gblas.Transpose, k int, alpha, beta float32, lda, ldb, ldc int) []gemmCallPart {
	for _, q := range parts {
		dst = append(dst, gemmCallPart{tA: tA, tB: tB, m: q.m, n: q.n, k: k, alpha: alpha, beta: beta,
			a: q.a, b: q.b, c: q.c, lda: lda, ldb: ldb, ldc: ldc})
	}
	return dst
}

// SgemmConcurrent computes independent products at once, each cut into the
// blocks Sgemm would cut it into, so the bits are those of the products
// computed one after another. When the largest is big enough for the pool,
// all the blocks go to it as one batch; otherwise each product runs on its
// own team member, its blocks one after another. Either way there is no
// barrier between the products.
func SgemmConcurrent(gs ...Gemm) {
	b, ok := blas32.Implementation().(splitBLAS)
	if !ok {
		for _, g := range gs {
			blas32.Implementation().Sgemm(g.TA, g.TB, g.M, g.N, g.K, 1, g.A, g.Lda, g.B, g.Ldb, 0, g.C, g.Ldc)
		}
		return
	}
	calls := make([][]gemmCallPart, len(gs))
	largest := 0
	for i, g := range gs {
		parts := gemmParts(b.threads, g.TA, g.TB, g.M, g.N, g.K, g.A, g.Lda, g.B, g.Ldb, g.C, g.Ldc)
		calls[i] = callParts(nil, parts, g.TA, g.TB, g.K, 1, 0, g.Lda, g.Ldb, g.Ldc)
		largest = max(largest, g.M*g.N*g.K)
	}
	if b.pooled(largest) {
		var all []gemmCallPart
		for _, c := range calls {
			all = append(all, c...)
		}
		b.runPooled(all)
		return
	}
	b.team.Run(len(calls), func(i int) {
		for _, q := range calls[i] {
			q.sgemm()
		}
	})
}

// gemmPart is one block of a split SGEMM: an m x n block of C and the
// operands it reads.
type gemmPart struct {
	m, n    int
	a, b, c []float32
}

// gemmParts splits an SGEMM over p goroutines: row blocks of C, or column
// blocks when C has fewer rows than columns; a single part when the product
// is small (under minSplitFlops multiply-adds) or p is 1. Empty blocks are
// left out.
func gemmParts(p int, tA, tB gblas.Transpose, m, n, k int, a []float32, lda int, bm []float32, ldb int, c []float32, ldc int) []gemmPart {
	if p <= 1 || m*n*k < minSplitFlops || (m < 2*p && n < 2*p) {
		return []gemmPart{{m: m, n: n, a: a, b: bm, c: c}}
	}
	parts := make([]gemmPart, 0, p)
	if m >= n || n < 2*p {
		for t := 0; t < p; t++ {
			i0, i1 := t*m/p, (t+1)*m/p
			if i1 == i0 {
				continue
			}
			as := a[i0:]
			if tA == gblas.NoTrans {
				as = a[i0*lda:]
			}
			parts = append(parts, gemmPart{m: i1 - i0, n: n, a: as, b: bm, c: c[i0*ldc:]})
		}
		return parts
	}
	for t := 0; t < p; t++ {
		j0, j1 := t*n/p, (t+1)*n/p
		if j1 == j0 {
			continue
		}
		bs := bm[j0:]
		if tB != gblas.NoTrans {
			bs = bm[j0*ldb:]
		}
		parts = append(parts, gemmPart{m: m, n: j1 - j0, a: a, b: bs, c: c[j0:]})
	}
	return parts
}

// sequentialBLAS is splitBLAS with the blocks computed one after another on
// the calling goroutine.
type sequentialBLAS struct {
	netlib.Implementation
	threads int
}

// Sgemm computes the blocks splitBLAS would, in order, on this goroutine.
func (b sequentialBLAS) Sgemm(tA, tB gblas.Transpose, m, n, k int, alpha float32, a []float32, lda int, bm []float32, ldb int, beta float32, c []float32, ldc int) {
	parts := gemmParts(b.threads, tA, tB, m, n, k, a, lda, bm, ldb, c, ldc)
	for _, q := range callParts(nil, parts, tA, tB, k, alpha, beta, lda, ldb, ldc) {
		q.sgemm()
	}
}

// UseNativeThreads installs OpenBLAS with its own n worker threads (no Go-side
// split); kept to compare against UseThreads on a given machine.
func UseNativeThreads(n int) {
	if n < 1 {
		n = 1
	}
	if old, ok := blas32.Implementation().(splitBLAS); ok {
		old.team.Close()
	}
	C.openblas_set_num_threads(C.int(n))
	gorgonia.Use(netlib.Implementation{})
	blas32.Use(netlib.Implementation{})
}

// Sequential returns a float32 BLAS that computes the same products as the one
// Use installed, bit for bit (SGEMM split into the same blocks, each one
// single-threaded OpenBLAS call), but one block after another on the calling
// goroutine: for callers that run independent products concurrently
// themselves, one per CPU.
func Sequential() gblas.Float32 {
	if b, ok := blas32.Implementation().(splitBLAS); ok {
		return sequentialBLAS{threads: b.threads}
	}
	return blas32.Implementation()
}

// Kernel names the kernel set OpenBLAS runs, its core name (e.g. "Haswell",
// "Cooperlake"): a DYNAMIC_ARCH build picks it from the CPU at load time
// unless OPENBLAS_CORETYPE names one. It decides SGEMM's speed (AVX2 or
// AVX-512) and its rounding, so benchmarks and fingerprints report it.
func Kernel() string { return C.GoString(C.openblas_get_corename()) }
