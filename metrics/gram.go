package metrics

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/gonum/blas/blas64"
)

// checkMatrix validates a row-major matrix of d columns and returns its rows.
func checkMatrix(name string, x []float32, d int) (int, error) {
	if d <= 0 {
		return 0, fmt.Errorf("%s: dimension d = %d, want > 0", name, d)
	}
	if len(x)%d != 0 {
		return 0, fmt.Errorf("%s: length %d is not a multiple of d = %d", name, len(x), d)
	}
	return len(x) / d, nil
}

// sqNorms returns ||row||^2 for each row, accumulated in float64.
func sqNorms(x []float32, d int) []float64 {
	n := len(x) / d
	out := make([]float64, n)
	for i := range n {
		var s float64
		for _, v := range x[i*d : (i+1)*d] {
			s += float64(v) * float64(v)
		}
		out[i] = s
	}
	return out
}

// gram computes inner products between a block of rows and all rows of a
// fixed matrix, in float32 through blas32 (the registered implementation) or,
// when exact is set, in float64 through blas64.
type gram struct {
	d     int
	m     int       // rows of the fixed matrix
	s32   []float32 // fixed matrix, float32
	s64   []float64 // fixed matrix as float64 (exact mode only)
	exact bool
}

func newGram(s []float32, d int, exact bool) *gram {
	g := &gram{d: d, m: len(s) / d, s32: s, exact: exact}
	if exact {
		g.s64 = make([]float64, len(s))
		for i, v := range s {
			g.s64[i] = float64(v)
		}
	}
	return g
}

// gramBuf is one worker's scratch space.
type gramBuf struct {
	c32 []float32
	c64 []float64
	x64 []float64
}

// dots fills out[i*m+j] = x_i . s_j for the rows of xb (float64 result).
func (g *gram) dots(xb []float32, buf *gramBuf, out []float64) {
	b := len(xb) / g.d
	if g.exact {
		if cap(buf.x64) < len(xb) {
			buf.x64 = make([]float64, len(xb))
		}
		x := buf.x64[:len(xb)]
		for i, v := range xb {
			x[i] = float64(v)
		}
		blas64.Gemm(blas.NoTrans, blas.Trans, 1,
			blas64.General{Rows: b, Cols: g.d, Stride: g.d, Data: x},
			blas64.General{Rows: g.m, Cols: g.d, Stride: g.d, Data: g.s64},
			0, blas64.General{Rows: b, Cols: g.m, Stride: g.m, Data: out[:b*g.m]})
		return
	}
	if cap(buf.c32) < b*g.m {
		buf.c32 = make([]float32, b*g.m)
	}
	c := buf.c32[:b*g.m]
	blas32.Gemm(blas.NoTrans, blas.Trans, 1,
		blas32.General{Rows: b, Cols: g.d, Stride: g.d, Data: xb},
		blas32.General{Rows: g.m, Cols: g.d, Stride: g.d, Data: g.s32},
		0, blas32.General{Rows: b, Cols: g.m, Stride: g.m, Data: c})
	for i, v := range c {
		out[i] = float64(v)
	}
}

// resolveWorkers turns a requested worker count (<= 0: GOMAXPROCS) into the
// number of goroutines forBlocks will use for nBlocks blocks (>= 1).
func resolveWorkers(workers, nBlocks int) int {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return max(1, min(workers, nBlocks))
}

// forBlocks runs fn(worker, block) for blocks 0..nBlocks-1 on workers
// goroutines (worker < workers; see resolveWorkers), stopping at the first error or when ctx is
// cancelled. Each block is handled by exactly one worker, so results written
// per block are independent of scheduling.
func forBlocks(ctx context.Context, nBlocks, workers int, fn func(worker, block int) error) error {
	var (
		next     atomic.Int64
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	failed := func() bool { mu.Lock(); defer mu.Unlock(); return firstErr != nil }
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				blk := int(next.Add(1) - 1)
				if blk >= nBlocks || failed() {
					return
				}
				err := ctx.Err()
				if err == nil {
					err = fn(w, blk)
				}
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					return
				}
			}
		}()
	}
	wg.Wait()
	return firstErr
}
