// Package blas selects the BLAS implementation used by gorgonia graphs and by the
// hand-written float32 kernels in package models.
//
// The default build links OpenBLAS through cgo (gonum.org/v1/netlib), which is
// roughly 8x faster than gonum's pure-Go GEMM on this project's machines. Building
// with CGO_ENABLED=0 or with the tag noopenblas falls back to gonum's pure-Go BLAS,
// so the module still builds and passes its tests where libopenblas is absent.
//
// Use mutates process-wide state in gorgonia, tensor and gonum's blas32 (those
// libraries keep their BLAS choice in package variables); callers should invoke it
// once at start-up, before building graphs.
package blas

import (
	"fmt"
	"runtime"

	gblas "gonum.org/v1/gonum/blas"
)

// DefaultThreads is the OpenBLAS thread count Use picks: one per CPU.
func DefaultThreads() int { return runtime.NumCPU() }

// Fingerprint names what decides the bits of the installed BLAS's results:
// backend, kernel set, SGEMM block count and that OpenBLAS products flush
// denormals (gp_run_one), e.g. "openblas Haswell split 2 ftz".
// It belongs in every cache key: a machine with other kernels or another
// CPU count computes other numbers (measured: every model fingerprint
// changed between 1 and 2 CPUs).
func Fingerprint() string {
	if Backend() == "gonum" {
		return "gonum"
	}
	return fmt.Sprintf("%s %s split %d ftz", Backend(), Kernel(), Threads())
}

// Gemm is one product C = op(A) op(B) (row-major, C overwritten) for
// SgemmConcurrent.
type Gemm struct {
	TA, TB  gblas.Transpose
	M, N, K int
	A       []float32
	Lda     int
	B       []float32
	Ldb     int
	C       []float32
	Ldc     int
}
