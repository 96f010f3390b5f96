package nn

import (
	"fmt"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// ConcatRows is [a; b]: a [ra, c] above b [rb, c], differentiable in both.
//
// It replaces G.Concat(0, a, b), whose gradient is wrong when ra and rb are
// both multiples of 256 (gorgonia 0.9.18). G.Concat's derivative slices the
// output gradient into rows [0, ra) and [ra, ra+rb) with two slice ops, and
// a slice op's hash writes its bounds as bytes (sliceOp.WriteHash:
// byte(op.Start()), byte(op.End())). Mod 256 the two slices are then
// [0, 0) and [0, 0), so gorgonia merges them into one node: b receives a's
// gradient. The unrolled GAN's [real B | fake B] rows hit it at the demo's
// batch of 512 (measured: G's gradient off by a relative 1.3-6.5, the
// samples running away from the data). These ops hash by their address
// (OpBase), so no two are ever merged.
func ConcatRows(a, b *G.Node) (*G.Node, error) {
	return G.ApplyOp(&concatRowsOp{OpBase: NewOpBase("concatRows", MatType, MatType, MatType)}, a, b)
}

type concatRowsOp struct {
	OpBase
	out *tensor.Dense
}

func (op *concatRowsOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	a, aok := in[0].(tensor.Shape)
	b, bok := in[1].(tensor.Shape)
	if !aok || !bok || len(a) != 2 || len(b) != 2 || a[1] != b[1] {
		return nil, fmt.Errorf("concatRows: shapes %v and %v: want two matrices of the same width", in[0], in[1])
	}
	return tensor.Shape{a[0] + b[0], a[1]}, nil
}

func (op *concatRowsOp) Do(vs ...G.Value) (G.Value, error) {
	a, b, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	sa, sb := vs[0].Shape(), vs[1].Shape()
	if sa[1] != sb[1] {
		return nil, fmt.Errorf("concatRows: widths %d and %d differ", sa[1], sb[1])
	}
	out := Buffer(&op.out, sa[0]+sb[0], sa[1])
	d := out.Data().([]float32)
	copy(d, a)
	copy(d[len(a):], b)
	return out, nil
}

func (op *concatRowsOp) DiffWRT(int) []bool { return []bool{true, true} }

// SymDiff: the gradient's first ra rows go to a, the rest to b.
func (op *concatRowsOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	ra, rb := in[0].Shape()[0], in[1].Shape()[0]
	da, err := G.ApplyOp(newRowsOp(0, ra), grad)
	if err != nil {
		return nil, err
	}
	db, err := G.ApplyOp(newRowsOp(ra, ra+rb), grad)
	if err != nil {
		return nil, err
	}
	return G.Nodes{da, db}, nil
}

// rowsOp copies rows [lo, hi) of a matrix (ConcatRows' gradient).
type rowsOp struct {
	OpBase
	GradOnly
	lo, hi int
	out    *tensor.Dense
}

func newRowsOp(lo, hi int) *rowsOp {
	return &rowsOp{OpBase: NewOpBase(fmt.Sprintf("rows[%d:%d]", lo, hi), MatType, MatType), lo: lo, hi: hi}
}

func (op *rowsOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s, ok := in[0].(tensor.Shape)
	if !ok || len(s) != 2 || op.hi > s[0] {
		return nil, fmt.Errorf("%s: input shape %v", op, in[0])
	}
	return tensor.Shape{op.hi - op.lo, s[1]}, nil
}

func (op *rowsOp) Do(vs ...G.Value) (G.Value, error) {
	x, err := F32(vs[0])
	if err != nil {
		return nil, err
	}
	c := vs[0].Shape()[1]
	out := Buffer(&op.out, op.hi-op.lo, c)
	copy(out.Data().([]float32), x[op.lo*c:op.hi*c])
	return out, nil
}
