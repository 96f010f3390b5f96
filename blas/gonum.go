//go:build !cgo || noopenblas

package blas

import (
	gblas "gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/gonum/blas/gonum"
	"gorgonia.org/gorgonia"
)

// Backend names the BLAS this binary was built with: "openblas" or "gonum".
func Backend() string { return "gonum" }

// Use installs gonum's pure-Go BLAS (the libraries' default, set explicitly so a
// later Use restores it).
func Use() { UseThreads(DefaultThreads()) }

// UseThreads is Use; gonum's BLAS parallelises with goroutines on its own, so the
// thread count is ignored.
func UseThreads(int) {
	gorgonia.Use(gonum.Implementation{})
	blas32.Use(gonum.Implementation{})
}

// UseSplit is Use for the gonum backend (whose blocks do not depend on the
// CPU count).
func UseSplit(int, int) { Use() }

// Threads reports the OpenBLAS thread count (1 for the gonum backend).
func Threads() int { return 1 }

// UseNativeThreads is Use for the gonum backend.
func UseNativeThreads(int) { Use() }

// Kernel names the kernel set in use: "gonum" (pure Go) for this backend.
func Kernel() string { return "gonum" }

// Sequential returns the float32 BLAS Use installed (gonum's, which may use
// goroutines inside), for callers that run independent products
// concurrently themselves.
func Sequential() gblas.Float32 { return blas32.Implementation() }

// CurrentTeam is nil for the gonum backend (gonum parallelises its own GEMM).
func CurrentTeam() *Team { return nil }

// SgemmConcurrent computes the products one after another (gonum's GEMM
// parallelises inside).
func SgemmConcurrent(gs ...Gemm) {
	for _, g := range gs {
		blas32.Implementation().Sgemm(g.TA, g.TB, g.M, g.N, g.K, 1, g.A, g.Lda, g.B, g.Ldb, 0, g.C, g.Ldc)
	}
}
