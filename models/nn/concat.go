package nn

import (
	"fmt"
	"strconv"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Concat joins two matrices along axis 0 ([a; b]: a [ra, c] above b
// [rb, c]) or 1 ([a b]: a [r, ca] beside b [r, cb]), differentiable in both.
// Every concatenation of the models goes through it.
//
// It replaces G.Concat(axis, a, b), whose gradient is wrong when both parts
// have a multiple of 256 rows (columns) along the axis (gorgonia 0.9.18).
// G.Concat's derivative slices the output gradient into [0, na) and
// [na, na+nb) with two slice ops, and a slice op's hash writes its bounds as
// bytes (sliceOp.WriteHash: byte(op.Start()), byte(op.End())). Mod 256 the
// two slices are then [0, 0) and [0, 0), so gorgonia merges them into one
// node: b receives a's gradient. The unrolled GAN's [real B; fake B] rows
// hit it at the demo's batch of 512 (measured: G's gradient off by a
// relative 1.3-6.5, the samples running away from the data). These ops hash
// by their address (OpBase), so no two are ever merged.
func Concat(axis int, a, b *G.Node) (*G.Node, error) {
	if axis != 0 && axis != 1 {
		return nil, fmt.Errorf("concat: axis %d of a matrix (want 0 or 1)", axis)
	}
	return G.ApplyOp(&concatOp{OpBase: NewOpBase("concat"+strconv.Itoa(axis), MatType, MatType, MatType), axis: axis}, a, b)
}

type concatOp struct {
	OpBase
	axis int
	out  *tensor.Dense
}

func (op *concatOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	a, aok := in[0].(tensor.Shape)
	b, bok := in[1].(tensor.Shape)
	other := 1 - op.axis
	if !aok || !bok || len(a) != 2 || len(b) != 2 || a[other] != b[other] {
		return nil, fmt.Errorf("%s: shapes %v and %v do not join along axis %d", op, in[0], in[1], op.axis)
	}
	s := a.Clone()
	s[op.axis] += b[op.axis]
	return s, nil
}

func (op *concatOp) Do(vs ...G.Value) (G.Value, error) {
	a, b, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	sa, sb := vs[0].Shape(), vs[1].Shape()
	if op.axis == 0 {
		if sa[1] != sb[1] {
			return nil, fmt.Errorf("%s: widths %d and %d differ", op, sa[1], sb[1])
		}
		d := Buffer(&op.out, sa[0]+sb[0], sa[1]).Data().([]float32)
		copy(d, a)
		copy(d[len(a):], b)
		return op.out, nil
	}
	if sa[0] != sb[0] {
		return nil, fmt.Errorf("%s: heights %d and %d differ", op, sa[0], sb[0])
	}
	ca, cb := sa[1], sb[1]
	d := Buffer(&op.out, sa[0], ca+cb).Data().([]float32)
	for r := 0; r < sa[0]; r++ {
		copy(d[r*(ca+cb):], a[r*ca:(r+1)*ca])
		copy(d[r*(ca+cb)+ca:], b[r*cb:(r+1)*cb])
	}
	return op.out, nil
}

func (op *concatOp) DiffWRT(int) []bool { return []bool{true, true} }

// SymDiff: the gradient's first na rows (columns) go to a, the rest to b.
func (op *concatOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	na, nb := in[0].Shape()[op.axis], in[1].Shape()[op.axis]
	da, err := G.ApplyOp(newPartOp(op.axis, 0, na), grad)
	if err != nil {
		return nil, err
	}
	db, err := G.ApplyOp(newPartOp(op.axis, na, na+nb), grad)
	if err != nil {
		return nil, err
	}
	return G.Nodes{da, db}, nil
}

// partOp copies rows (axis 0) or columns (axis 1) [lo, hi) of a matrix
// (Concat's gradient).
type partOp struct {
	OpBase
	GradOnly
	axis, lo, hi int
	out          *tensor.Dense
}

func newPartOp(axis, lo, hi int) *partOp {
	return &partOp{OpBase: NewOpBase(fmt.Sprintf("part%d[%d:%d]", axis, lo, hi), MatType, MatType), axis: axis, lo: lo, hi: hi}
}

func (op *partOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s, ok := in[0].(tensor.Shape)
	if !ok || len(s) != 2 || op.hi > s[op.axis] {
		return nil, fmt.Errorf("%s: input shape %v", op, in[0])
	}
	s = s.Clone()
	s[op.axis] = op.hi - op.lo
	return s, nil
}

func (op *partOp) Do(vs ...G.Value) (G.Value, error) {
	x, err := F32(vs[0])
	if err != nil {
		return nil, err
	}
	r, c := vs[0].Shape()[0], vs[0].Shape()[1]
	n := op.hi - op.lo
	if op.axis == 0 {
		copy(Buffer(&op.out, n, c).Data().([]float32), x[op.lo*c:op.hi*c])
		return op.out, nil
	}
	d := Buffer(&op.out, r, n).Data().([]float32)
	for i := 0; i < r; i++ {
		copy(d[i*n:(i+1)*n], x[i*c+op.lo:i*c+op.hi])
	}
	return op.out, nil
}
