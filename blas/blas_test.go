package blas

import (
	"testing"

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
