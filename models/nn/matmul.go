package nn

import (
	"fmt"

	blasimpl "github.com/ganpipe/ganpipe/blas"
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
	OpBase
	tA, tB bool
	diff   [2]bool
	out    *tensor.Dense

	// partner is the other gradient product of the same forward matmul (nil:
	// none); in are this op's input nodes, which the partner reads. ready
	// says that out already holds this step's product, computed by the
	// partner (see Do).
	partner *matMulOp
	in      [2]*G.Node
	ready   bool
}

func newMatMulOp(tA, tB bool) *matMulOp {
	name := fmt.Sprintf("matMul(tA=%v,tB=%v)", tA, tB)
	return &matMulOp{OpBase: NewOpBase(name, MatType, MatType, MatType), tA: tA, tB: tB}
}

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

// Do computes the product. The two gradient products of a forward matmul, dA
// = G B^T and dB = A^T G, are independent and of equal size (m k n
// multiply-adds each); when the first of them runs, both inputs of the
// other are final (G, and a forward value or a parameter), so it computes
// both at once (blas.SgemmConcurrent), and the second one's Do returns the
// product already made. Each product is still cut into the blocks the BLAS
// split uses, so the bits are those of two split GEMMs one
// after the other, but the two CPUs no longer meet at a barrier after every
// half-product: measured 5-25% faster per pair (docs/performance.md). An
// unsplit GEMM per CPU was a few percent faster still, but rounds
// differently (OpenBLAS's results depend on the block shapes).
func (op *matMulOp) Do(vs ...G.Value) (G.Value, error) {
	as, bs := vs[0].Shape(), vs[1].Shape()
	m, n, _, err := op.dims(as, bs)
	if err != nil {
		return nil, err
	}
	if op.ready {
		op.ready = false
		if op.out != nil && op.out.Shape().Eq(tensor.Shape{m, n}) {
			return op.out, nil
		}
	}
	a, b, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	out := Buffer(&op.out, m, n)
	mine := gemmCall{tA: op.tA, tB: op.tB, ar: as[0], ac: as[1], a: a, br: bs[0], bc: bs[1], b: b, c: out.Data().([]float32)}
	if p := op.partner; p != nil && blasConcurrent() {
		theirs, ok, err := p.call()
		if err != nil {
			return nil, err
		}
		if ok {
			gemmBoth(mine, theirs)
			p.ready = true
			return out, nil
		}
	}
	mine.run()
	return out, nil
}

// call prepares op's product from its input nodes' current values (the
// partner's Do calls it); ok is false when an input has no value yet.
func (op *matMulOp) call() (c gemmCall, ok bool, err error) {
	va, vb := op.in[0].Value(), op.in[1].Value()
	if va == nil || vb == nil {
		return c, false, nil
	}
	a, b, err := F32Pair([]G.Value{va, vb})
	if err != nil {
		return c, false, err
	}
	as, bs := va.Shape(), vb.Shape()
	m, n, _, err := op.dims(as, bs)
	if err != nil {
		return c, false, err
	}
	out := Buffer(&op.out, m, n)
	return gemmCall{tA: op.tA, tB: op.tB, ar: as[0], ac: as[1], a: a, br: bs[0], bc: bs[1], b: b, c: out.Data().([]float32)}, true, nil
}

// gemmCall is one product op(A) op(B) into c, A ar x ac and B br x bc.
type gemmCall struct {
	tA, tB         bool
	ar, ac, br, bc int
	a, b, c        []float32
}

func (g gemmCall) run() { gemm32(g.tA, g.tB, g.ar, g.ac, g.a, g.br, g.bc, g.b, g.c) }

// blasConcurrent reports whether products may run on two CPUs at once (the
// BLAS splits over more than one goroutine).
func blasConcurrent() bool { return blasimpl.Threads() > 1 }

// gemmBoth computes x and y concurrently (blas.SgemmConcurrent: each
// product's blocks as the split BLAS would cut them, so the same bits).
func gemmBoth(x, y gemmCall) { blasimpl.SgemmConcurrent(x.blasGemm(), y.blasGemm()) }

// dims returns the product's m, n, k.
func (g gemmCall) dims() (m, n, k int) {
	m, n, k = g.ar, g.bc, g.ac
	if g.tA {
		m, k = g.ac, g.ar
	}
	if g.tB {
		n = g.br
	}
	return m, n, k
}

// blasGemm is the product in blas.SgemmConcurrent's terms.
func (g gemmCall) blasGemm() blasimpl.Gemm {
	m, n, k := g.dims()
	ta, tb := blas.NoTrans, blas.NoTrans
	if g.tA {
		ta = blas.Trans
	}
	if g.tB {
		tb = blas.Trans
	}
	return blasimpl.Gemm{TA: ta, TB: tb, M: m, N: n, K: k, A: g.a, Lda: g.ac, B: g.b, Ldb: g.bc, C: g.c, Ldc: n}
}

// gemm32 writes op(A) op(B) into c (beta 0), A ar x ac and B br x bc row-major.
func gemm32(tA, tB bool, ar, ac int, a []float32, br, bc int, b, c []float32) {
	g := gemmCall{tA: tA, tB: tB, ar: ar, ac: ac, a: a, br: br, bc: bc, b: b, c: c}.blasGemm()
	blas32.Implementation().Sgemm(g.TA, g.TB, g.M, g.N, g.K, 1, g.A, g.Lda, g.B, g.Ldb, 0, g.C, g.Ldc)
}

func (op *matMulOp) DiffWRT(int) []bool { return []bool{op.diff[0], op.diff[1]} }

// SymDiff: with G = dL/dC, dA = G op(B)^T (transposed back when A enters
// transposed) and dB = op(A)^T G (likewise). The gradient products are plain
// matMulOps that need no gradients themselves.
func (op *matMulOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	var ops []*matMulOp
	mm := func(a, b *G.Node, tA, tB bool) (*G.Node, error) {
		o := newMatMulOp(tA, tB)
		o.in = [2]*G.Node{a, b}
		ops = append(ops, o)
		return G.ApplyOp(o, a, b)
	}
	ds := make(G.Nodes, 2)
	var err error
	defer func() {
		if err == nil && len(ops) == 2 {
			ops[0].partner, ops[1].partner = ops[1], ops[0]
		}
	}()
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

// Matmul adds a x b, differentiating only the operands that depend on a
// trainable parameter.
func (t *GraphNet) Matmul(a, b *G.Node) (*G.Node, error) { return t.MatmulT(a, b, false, false) }

// MatmulT adds op(a) x op(b), op the transpose where tA or tB is set,
// without materialising the transpose (G.Transpose copies the matrix
// element by element through gorgonia's iterator); like Matmul it
// differentiates only the operands that depend on a trainable parameter.
func (t *GraphNet) MatmulT(a, b *G.Node, tA, tB bool) (*G.Node, error) {
	op := newMatMulOp(tA, tB)
	op.diff = [2]bool{t.needsGrad(a), t.needsGrad(b)}
	n, err := G.ApplyOp(op, a, b)
	if err != nil {
		return nil, fmt.Errorf("models: matmul %v x %v: %w", a.Shape(), b.Shape(), err)
	}
	return n, nil
}

// needsGrad reports whether n is a trainable parameter of t or computed from
// one (its gradient can reach a parameter). The answer is memoised; nodes are
// only ever added above existing ones, so it cannot go stale.
func (t *GraphNet) needsGrad(n *G.Node) bool {
	if v, ok := t.grad[n]; ok {
		return v
	}
	r := false
	for _, p := range t.Params {
		if p == n {
			r = true
			break
		}
	}
	if !r {
		for it := t.Graph.From(n.ID()); it.Next(); {
			if c, ok := it.Node().(*G.Node); ok && t.needsGrad(c) {
				r = true
				break
			}
		}
	}
	t.grad[n] = r
	return r
}

// Gemm writes a (m x k) * b (k x n) into c (m x n).
func Gemm(a, b, c []float32, m, k, n int) {
	blas32.Gemm(blas.NoTrans, blas.NoTrans, 1,
		blas32.General{Rows: m, Cols: k, Stride: k, Data: a},
		blas32.General{Rows: k, Cols: n, Stride: n, Data: b},
		0, blas32.General{Rows: m, Cols: n, Stride: n, Data: c})
}
