//go:build cgo && !noopenblas

package blas

/*
#cgo LDFLAGS: -lopenblas
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
*/
import "C"

import (
	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/netlib/blas/netlib"
	"gorgonia.org/gorgonia"
)

// Backend names the BLAS this binary was built with: "openblas" or "gonum".
func Backend() string { return "openblas" }

// Use installs OpenBLAS for gorgonia (and thereby gorgonia.org/tensor) and for
// gonum's blas32, and sets the OpenBLAS thread count to DefaultThreads().
func Use() { UseThreads(DefaultThreads()) }

// UseThreads is Use with an explicit OpenBLAS thread count (n < 1 means 1).
func UseThreads(n int) {
	if n < 1 {
		n = 1
	}
	C.openblas_set_num_threads(C.int(n))
	gorgonia.Use(netlib.Implementation{})
	blas32.Use(netlib.Implementation{})
}

// Threads reports the OpenBLAS thread count (1 for the gonum backend).
func Threads() int { return int(C.openblas_get_num_threads()) }
