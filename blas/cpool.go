//go:build cgo && !noopenblas

package blas

/*
#cgo LDFLAGS: -lopenblas -lpthread
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

// cblas_sgemm with the enums as ints (CblasRowMajor 101, NoTrans 111, Trans
// 112), so no particular cblas.h is needed.
void cblas_sgemm(int order, int tA, int tB, int m, int n, int k, float alpha,
                 const float *a, int lda, const float *b, int ldb, float beta,
                 float *c, int ldc);

// The matrices are uintptr_t so that cgo lets Go memory hold them: the
// Go side keeps the slices alive across the call, and Go's heap does not move.
typedef struct {
	int tA, tB, m, n, k, lda, ldb, ldc;
	float alpha, beta;
	uintptr_t a, b, c;
} gp_gemm;

// gp_run_one is every SGEMM ganpipe makes through OpenBLAS (the pool's, the
// team's and the caller's blocks alike): one single-threaded call with
// denormal floats flushed to zero, inputs (DAZ) and results (FTZ), and the
// thread's floating-point control restored afterwards so Go code never runs
// with it. Why: training drives some activations' gradients below 2^-126,
// and a GEMM over such operands ran 3-5x slower on these CPUs (microcode
// assists): the paper-scale pixel GMMN step 400 -> 71 ms on MNIST
// (docs/performance.md). The flushed values are under 1.2e-38; TensorFlow
// flushes the same way in every CPU op. It changes bits, so it is part of
// the BLAS fingerprint (blas.Fingerprint), and every path flushes, so the
// bits do not depend on which thread ran a block.
static void gp_run_one(const gp_gemm *g) {
#if defined(__x86_64__) || defined(__i386__)
	unsigned int csr = __builtin_ia32_stmxcsr();
	__builtin_ia32_ldmxcsr(csr | 0x8040); // FTZ (bit 15) | DAZ (bit 6)
#elif defined(__aarch64__)
	unsigned long fpcr;
	__asm__ volatile("mrs %0, fpcr" : "=r"(fpcr));
	__asm__ volatile("msr fpcr, %0" : : "r"(fpcr | (1UL << 24))); // FZ
#endif
	cblas_sgemm(101, g->tA ? 112 : 111, g->tB ? 112 : 111, g->m, g->n, g->k,
	            g->alpha, (const float *)g->a, g->lda, (const float *)g->b, g->ldb,
	            g->beta, (float *)g->c, g->ldc);
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_ldmxcsr(csr);
#elif defined(__aarch64__)
	__asm__ volatile("msr fpcr, %0" : : "r"(fpcr));
#endif
}

// gp_sgemm is gp_run_one with scalar arguments, so the Go side passes no
// pointer to a struct of its own (which cgo would move to the heap).
static void gp_sgemm(int tA, int tB, int m, int n, int k, float alpha,
                     uintptr_t a, int lda, uintptr_t b, int ldb, float beta,
                     uintptr_t c, int ldc) {
	gp_gemm g = {tA, tB, m, n, k, lda, ldb, ldc, alpha, beta, a, b, c};
	gp_run_one(&g);
}

// A helper thread runs the calls i, i+runners, ... of a batch (its index
// i >= 1; the caller is runner 0). It polls for its next batch for spin_ns
// after the last one, then sleeps on its condition variable.
typedef struct {
	pthread_t thread;
	int index;
	_Atomic(const gp_gemm *) calls; // the batch (NULL: none)
	atomic_int n, runners;
	atomic_int done;                // the batch's calls are finished
	atomic_int sleeping;
	pthread_mutex_t mu;
	pthread_cond_t cv;
} gp_helper;

// One batch at a time: the Go side (cPool.mu) serialises gp_pool_run.
typedef struct {
	int nhelpers;
	long spin_ns;
	gp_helper *helpers;
} gp_pool;

static long gp_now_ns(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000L + t.tv_nsec;
}

static void gp_pause(void) { __builtin_ia32_pause(); }

typedef struct { gp_pool *p; gp_helper *h; } gp_arg;

static void *gp_helper_main(void *arg) {
	gp_arg a = *(gp_arg *)arg;
	free(arg);
	gp_helper *h = a.h;
	for (;;) {
		const gp_gemm *calls;
		long since = gp_now_ns();
		int polls = 0;
		while (!(calls = atomic_load(&h->calls))) {
			gp_pause();
			if (++polls % 256 == 0 && gp_now_ns() - since > a.p->spin_ns) {
				// Dekker with gp_pool_run: sleeping is set before calls is
				// read again; the caller stores calls before reading sleeping.
				pthread_mutex_lock(&h->mu);
				atomic_store(&h->sleeping, 1);
				while (!(calls = atomic_load(&h->calls)))
					pthread_cond_wait(&h->cv, &h->mu);
				atomic_store(&h->sleeping, 0);
				pthread_mutex_unlock(&h->mu);
			}
		}
		int n = atomic_load(&h->n), r = atomic_load(&h->runners);
		for (int i = h->index; i < n; i += r)
			gp_run_one(&calls[i]);
		atomic_store(&h->calls, NULL);
		atomic_store(&h->done, 1);
	}
	return NULL;
}

static gp_pool *gp_pool_new(int nhelpers, long spin_ns) {
	gp_pool *p = calloc(1, sizeof *p);
	p->nhelpers = nhelpers;
	p->spin_ns = spin_ns;
	p->helpers = calloc(nhelpers, sizeof(gp_helper));
	for (int i = 0; i < nhelpers; i++) {
		gp_helper *h = &p->helpers[i];
		h->index = i + 1;
		pthread_mutex_init(&h->mu, NULL);
		pthread_cond_init(&h->cv, NULL);
		gp_arg *a = malloc(sizeof *a);
		a->p = p;
		a->h = h;
		pthread_create(&h->thread, NULL, gp_helper_main, a);
	}
	return p;
}

// gp_pool_run runs calls[0..n) over the caller and the helpers, call i on
// runner i % runners, and returns when all are done.
static void gp_pool_run(gp_pool *p, const gp_gemm *calls, int n) {
	int runners = p->nhelpers + 1;
	if (runners > n)
		runners = n;
	for (int j = 1; j < runners; j++) {
		gp_helper *h = &p->helpers[j - 1];
		atomic_store(&h->done, 0);
		atomic_store(&h->n, n);
		atomic_store(&h->runners, runners);
		atomic_store(&h->calls, calls);
		if (atomic_load(&h->sleeping)) {
			pthread_mutex_lock(&h->mu);
			pthread_cond_signal(&h->cv);
			pthread_mutex_unlock(&h->mu);
		}
	}
	for (int i = 0; i < n; i += runners)
		gp_run_one(&calls[i]);
	for (int j = 1; j < runners; j++)
		while (!atomic_load(&p->helpers[j - 1].done))
			gp_pause();
}
*/
import "C"

import (
	"runtime"
	"sync"
	"time"
	"unsafe"

	gblas "gonum.org/v1/gonum/blas"
	"gonum.org/v1/netlib/blas/netlib"
)

// cPool runs the blocks of SGEMMs on POSIX threads of its own, in one cgo
// call: the caller's thread takes its share and helper threads the rest.
//
// Why not goroutines: when two goroutines are inside cgo calls at once on a
// 2-CPU machine, every P is in a syscall and the Go runtime's sysmon keeps
// retaking them and starting threads to look for work; measured on this
// project's VM, ~130 context switches per 15 ms product and the two halves of
// a 1000x1024x1024 SGEMM taking 14.5-16 ms on the caller's side where each
// takes 10.5 ms alone, against 11.4 ms for both halves on two pthreads in C
// (docs/performance.md, fifth pass). One cgo call keeps one P in a syscall
// and the other free, and the runtime stays quiet.
type cPool struct {
	mu    sync.Mutex // one batch at a time; guards calls
	p     *C.gp_pool
	calls []C.gp_gemm
}

// poolSpin is how long a helper polls for its next batch before it sleeps:
// a step's products follow each other within about a millisecond; longer
// polling would take a CPU from the Go code between products.
const poolSpin = 50 * time.Microsecond

// newCPool starts helpers POSIX threads (none: every batch runs on the
// caller). The threads live as long as the process.
func newCPool(helpers int) *cPool {
	if helpers < 1 {
		return nil
	}
	return &cPool{p: C.gp_pool_new(C.int(helpers), C.long(poolSpin))}
}

// run computes every part (each m x n block of C one single-threaded
// OpenBLAS call), spread over the pool; the same bits as running the parts
// one after another, which is what it does on a nil pool, for a single
// part, or when another goroutine's batch already has the CPUs (as the team
// runs the parts no idle worker takes on the caller).
func (cp *cPool) run(parts []gemmCallPart) {
	if cp == nil || len(parts) == 1 || !cp.mu.TryLock() {
		for _, q := range parts {
			q.sgemm()
		}
		return
	}
	defer cp.mu.Unlock()
	cp.calls = cp.calls[:0]
	for _, q := range parts {
		cp.calls = append(cp.calls, q.cgemm())
	}
	C.gp_pool_run(cp.p, &cp.calls[0], C.int(len(cp.calls)))
	runtime.KeepAlive(parts)
}

func cbool(b bool) C.int {
	if b {
		return 1
	}
	return 0
}

// pools holds one cPool per helper count: its threads live as long as the
// process (like OpenBLAS's own), so a later Use with the same CPU count
// reuses them instead of starting more.
var pools = struct {
	sync.Mutex
	m map[int]*cPool
}{m: map[int]*cPool{}}

func poolFor(helpers int) *cPool {
	if helpers < 1 {
		return nil
	}
	pools.Lock()
	defer pools.Unlock()
	if p := pools.m[helpers]; p == nil {
		pools.m[helpers] = newCPool(helpers)
	}
	return pools.m[helpers]
}

// gemmCallPart is one single-threaded OpenBLAS SGEMM call.
type gemmCallPart struct {
	tA, tB        gblas.Transpose
	m, n, k       int
	alpha, beta   float32
	a, b, c       []float32
	lda, ldb, ldc int
}

// sgemm runs the part on the calling thread through gp_run_one, the call
// the pool's threads make (denormals flushed). Arguments are checked as
// gonum's netlib checks them; an empty product (or k = 0, C = beta C) goes
// to netlib, which has no operand to flush and handles empty slices.
func (q gemmCallPart) sgemm() {
	if q.m == 0 || q.n == 0 || q.k == 0 {
		netlib.Implementation{}.Sgemm(q.tA, q.tB, q.m, q.n, q.k, q.alpha, q.a, q.lda, q.b, q.ldb, q.beta, q.c, q.ldc)
		return
	}
	q.check()
	C.gp_sgemm(cbool(q.tA == gblas.Trans), cbool(q.tB == gblas.Trans), C.int(q.m), C.int(q.n), C.int(q.k),
		C.float(q.alpha), C.uintptr_t(uintptr(unsafe.Pointer(&q.a[0]))), C.int(q.lda),
		C.uintptr_t(uintptr(unsafe.Pointer(&q.b[0]))), C.int(q.ldb), C.float(q.beta),
		C.uintptr_t(uintptr(unsafe.Pointer(&q.c[0]))), C.int(q.ldc))
	runtime.KeepAlive(q.a)
	runtime.KeepAlive(q.b)
	runtime.KeepAlive(q.c)
}

// cgemm is the part as gp_run_one's argument (m, n, k > 0).
func (q gemmCallPart) cgemm() C.gp_gemm {
	return C.gp_gemm{
		tA: cbool(q.tA == gblas.Trans), tB: cbool(q.tB == gblas.Trans),
		m: C.int(q.m), n: C.int(q.n), k: C.int(q.k),
		lda: C.int(q.lda), ldb: C.int(q.ldb), ldc: C.int(q.ldc),
		alpha: C.float(q.alpha), beta: C.float(q.beta),
		a: C.uintptr_t(uintptr(unsafe.Pointer(&q.a[0]))), b: C.uintptr_t(uintptr(unsafe.Pointer(&q.b[0]))),
		c: C.uintptr_t(uintptr(unsafe.Pointer(&q.c[0]))),
	}
}

// check panics, as gonum's BLAS does, when a leading dimension or a slice
// is too short for the m x n x k product: C reads no Go bounds.
func (q gemmCallPart) check() {
	if q.m < 0 || q.n < 0 || q.k < 0 {
		panic("blas: negative dimension")
	}
	rowsA, colsA := q.m, q.k
	if q.tA != gblas.NoTrans {
		rowsA, colsA = q.k, q.m
	}
	rowsB, colsB := q.k, q.n
	if q.tB != gblas.NoTrans {
		rowsB, colsB = q.n, q.k
	}
	checkOperand("a", q.a, rowsA, colsA, q.lda)
	checkOperand("b", q.b, rowsB, colsB, q.ldb)
	checkOperand("c", q.c, q.m, q.n, q.ldc)
}

func checkOperand(name string, s []float32, rows, cols, ld int) {
	if ld < max(1, cols) {
		panic("blas: bad ld" + name)
	}
	if len(s) < (rows-1)*ld+cols {
		panic("blas: insufficient length of " + name)
	}
}
