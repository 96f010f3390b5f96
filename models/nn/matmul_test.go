package nn

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/blas"
	G "gorgonia.org/gorgonia"
)

// TestMatMulGradientPair: when both operands of a matmul need gradients, the
// first gradient op computes both products concurrently (matMulOp.Do). The
// gradients must be the bits of the two products computed one after the other
// through the BLAS (the same split blocks), step after step, for every
// transpose combination. The loss is sum(C .* R) for a fixed R, so dC = R and
// dA = R op(B)^T, dB = op(A)^T R (transposed back when the operand enters
// transposed), by hand.
func TestMatMulGradientPair(t *testing.T) {
	blas.UseThreads(2) // pairs run concurrently only with a split BLAS
	defer blas.Use()
	const m, k, n = 120, 300, 90 // large enough to be split
	for _, tr := range [][2]bool{{false, false}, {false, true}, {true, false}, {true, true}} {
		rng := rand.New(rand.NewSource(5))
		rnd := func(n int) []float32 {
			v := make([]float32, n)
			for i := range v {
				v[i] = float32(rng.NormFloat64())
			}
			return v
		}
		ash, bsh := []int{m, k}, []int{k, n}
		if tr[0] {
			ash = []int{k, m}
		}
		if tr[1] {
			bsh = []int{n, k}
		}
		a, b, r := rnd(m*k), rnd(k*n), rnd(m*n)
		g := NewGraphNet()
		an := g.Param("a", a, ash...)
		bn := g.Param("b", b, bsh...)
		op := newMatMulOp(tr[0], tr[1])
		op.diff = [2]bool{true, true}
		cn, err := G.ApplyOp(op, an, bn)
		if err != nil {
			t.Fatal(err)
		}
		cost, err := ApplyLoss("dot", func(v, dv []float32) float64 {
			var s float64
			for i, x := range v {
				s += float64(x) * float64(r[i])
			}
			copy(dv, r)
			return s
		}, cn)
		if err != nil {
			t.Fatal(err)
		}
		if err := g.Compile(cost); err != nil {
			t.Fatal(err)
		}
		for step := 0; step < 3; step++ {
			if _, err := g.ForwardBackward(); err != nil {
				t.Fatal(err)
			}
			wantA, wantB := matMulGrads(tr, ash, bsh, a, b, r)
			for i, w := range [][]float32{wantA, wantB} {
				got := g.GradData[i]
				for j := range w {
					if math.Float32bits(got[j]) != math.Float32bits(w[j]) {
						t.Fatalf("transposes %v step %d: gradient %d element %d = %v, want %v", tr, step, i, j, got[j], w[j])
					}
				}
			}
			if op := pairOf(g, 0); op == nil || op.partner == nil {
				t.Fatalf("transposes %v: the gradient products are not paired", tr)
			}
			// Next step: new operand values, so a stale product would show.
			for i := range a {
				a[i] *= 0.5
			}
			for i := range b {
				b[i] += 0.25
			}
		}
	}
}

// matMulGrads is the gradients of sum(op(A) op(B) .* R) by hand: dA = R
// op(B)^T (m x k; when A^T enters, dA = op(B) R^T, k x m) and dB = op(A)^T R
// (likewise transposed back).
func matMulGrads(tr [2]bool, ash, bsh []int, a, b, r []float32) (dA, dB []float32) {
	n := bsh[1] // op(B)'s columns
	if tr[1] {
		n = bsh[0]
	}
	m := len(r) / n
	dA, dB = make([]float32, len(a)), make([]float32, len(b))
	if !tr[0] {
		gemm32(false, !tr[1], m, n, r, bsh[0], bsh[1], b, dA)
	} else {
		gemm32(tr[1], true, bsh[0], bsh[1], b, m, n, r, dA)
	}
	if !tr[1] {
		gemm32(!tr[0], false, ash[0], ash[1], a, m, n, r, dB)
	} else {
		gemm32(true, tr[0], m, n, r, ash[0], ash[1], a, dB)
	}
	return dA, dB
}

// pairOf returns the matMulOp computing gradient i of g (nil if another op).
func pairOf(g *GraphNet, i int) *matMulOp {
	op, _ := g.grads[i].Op().(*matMulOp)
	return op
}
