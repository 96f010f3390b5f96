package models

import (
	"fmt"
	"hash"

	"github.com/chewxy/hm"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// matMulOp: C = op(A) op(B), op the identity or the transpose, float32, through
// blas32.Gemm (OpenBLAS split over the CPUs after blas.Use).
//
// It replaces gorgonia's G.Mul for two reasons. gorgonia's matmul "calls
// extern", so the compiler gives it an alloc instruction, and the tape
// machine's Reset (run after every step) forgets the allocated register: every
// GEMM output, forward and backward, was a fresh tensor every step (20-28 MB of
// garbage per training step). This op owns its output buffer like the other
// custom ops. And G.Mul's symbolic derivative builds the gradient of both
// operands, while the tape machine compiles every node of the graph, so input
// gradients nobody needs (the first layer's dX, a frozen discriminator's dW in
// the generator step) were computed every step; diff says which operands need
// one.
type matMulOp struct {
	opBase
	tA, tB bool
	diff   [2]bool
	out    *tensor.Dense
}

func (op *matMulOp) Arity() int    { return 2 }
func (op *matMulOp) Type() hm.Type { return hm.NewFnType(matType, matType, matType) }
func (op *matMulOp) String() string {
	return fmt.Sprintf("matMul(tA=%v,tB=%v)", op.tA, op.tB)
}
func (op *matMulOp) WriteHash(h hash.Hash) {
	fmt.Fprintf(h, "matMul %v %v %p", op.tA, op.tB, op)
}
func (op *matMulOp) Hashcode() uint32 { return opHash(op) }

// dims returns the product's m x n and the inner size k, checking k agrees.
func (op *matMulOp) dims(as, bs []int) (m, n, k int, err error) {
	if len(as) != 2 || len(bs) != 2 {
		return 0, 0, 0, fmt.Errorf("matMul: operands %v and %v are not matrices", as, bs)
	}
	m, k = as[0], as[1]
	if op.tA {
		m, k = k, m
	}
	k2, n := bs[0], bs[1]
	if op.tB {
		k2, n = n, k2
	}
	if k != k2 {
		return 0, 0, 0, fmt.Errorf("matMul: inner sizes differ: %v (tA=%v) by %v (tB=%v)", as, op.tA, bs, op.tB)
	}
	return m, n, k, nil
}

func (op *matMulOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	as, ok1 := in[0].(tensor.Shape)
	bs, ok2 := in[1].(tensor.Shape)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("matMul: input shapes %v, %v", in[0], in[1])
	}
	m, n, _, err := op.dims(as, bs)
	if err != nil {
		return nil, err
	}
	return tensor.Shape{m, n}, nil
}

func (op *matMulOp) Do(vs ...G.Value) (G.Value, error) {
	a, b, err := f32Pair(vs)
	if err != nil {
		return nil, err
	}
	as, bs := vs[0].Shape(), vs[1].Shape()
	m, n, _, err := op.dims(as, bs)
	if err != nil {
		return nil, err
	}
	out := buffer(&op.out, m, n)
	gemm32(op.tA, op.tB, as[0], as[1], a, bs[0], bs[1], b, out.Data().([]float32))
	return out, nil
}

// gemm32 writes op(A) op(B) into c (beta 0), A ar x ac and B br x bc row-major.
func gemm32(tA, tB bool, ar, ac int, a []float32, br, bc int, b, c []float32) {
	ta, tb := blas.NoTrans, blas.NoTrans
	m, n := ar, bc
	if tA {
		ta, m = blas.Trans, ac
	}
	if tB {
		tb, n = blas.Trans, br
	}
	blas32.Gemm(ta, tb, 1,
		blas32.General{Rows: ar, Cols: ac, Stride: ac, Data: a},
		blas32.General{Rows: br, Cols: bc, Stride: bc, Data: b},
		0, blas32.General{Rows: m, Cols: n, Stride: n, Data: c})
}

func (op *matMulOp) DiffWRT(int) []bool { return []bool{op.diff[0], op.diff[1]} }

// SymDiff: with G = dL/dC, dA = G op(B)^T (transposed back when A enters
// transposed) and dB = op(A)^T G (likewise). The gradient products are plain
// matMulOps that need no gradients themselves.
func (op *matMulOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	mm := func(a, b *G.Node, tA, tB bool) (*G.Node, error) {
		return G.ApplyOp(&matMulOp{tA: tA, tB: tB}, a, b)
	}
	ds := make(G.Nodes, 2)
	var err error
	if op.diff[0] {
		if !op.tA {
			ds[0], err = mm(grad, in[1], false, !op.tB)
		} else {
			ds[0], err = mm(in[1], grad, op.tB, true)
		}
		if err != nil {
			return nil, err
		}
	}
	if op.diff[1] {
		if !op.tB {
			ds[1], err = mm(in[0], grad, !op.tA, false)
		} else {
			ds[1], err = mm(grad, in[0], true, op.tA)
		}
		if err != nil {
			return nil, err
		}
	}
	return ds, nil
}

// matmul adds a x b, differentiating only the operands that depend on a
// trainable parameter.
func (t *graphNet) matmul(a, b *G.Node) (*G.Node, error) {
	op := &matMulOp{diff: [2]bool{t.needsGrad(a), t.needsGrad(b)}}
	n, err := G.ApplyOp(op, a, b)
	if err != nil {
		return nil, fmt.Errorf("models: matmul %v x %v: %w", a.Shape(), b.Shape(), err)
	}
	return n, nil
}

// needsGrad reports whether n is a trainable parameter of t or computed from
// one (its gradient can reach a parameter). The answer is memoised; nodes are
// only ever added above existing ones, so it cannot go stale.
func (t *graphNet) needsGrad(n *G.Node) bool {
	if v, ok := t.grad[n]; ok {
		return v
	}
	r := false
	for _, p := range t.params {
		if p == n {
			r = true
			break
		}
	}
	if !r {
		for it := t.g.From(n.ID()); it.Next(); {
			if c, ok := it.Node().(*G.Node); ok && t.needsGrad(c) {
				r = true
				break
			}
		}
	}
	t.grad[n] = r
	return r
}
