package nn

import (
	"fmt"
	"hash"
	"hash/fnv"

	"github.com/chewxy/hm"
	"github.com/ganpipe/ganpipe/internal/f32"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Custom gorgonia ops. Each is a float32-only, multi-threaded replacement for a
// chain of gorgonia ops that would otherwise be slow (float64 elementwise math,
// broadcast copies) or numerically fragile (float32 reductions). Ops keep their
// output buffers between runs: a tape machine's values are only read within one
// RunAll, and keeping them avoids allocating megabytes per training step. An op
// value therefore belongs to exactly one graph.

// The types of op signatures (see NewOpBase): ScalarType is the type
// variable a, a scalar of the graph's element type (float32 here); MatType
// and VecType are matrices and vectors of it.
var (
	ScalarType = hm.TypeVariable('a')
	MatType    = G.TensorType{Dims: 2, Of: ScalarType}
	VecType    = G.TensorType{Dims: 1, Of: ScalarType}
)

// F32 returns the float32 backing of a gorgonia value, materialising views.
func F32(v G.Value) ([]float32, error) {
	switch t := v.(type) {
	case *tensor.Dense:
		if t.IsView() {
			t = t.Materialize().(*tensor.Dense)
		}
		d, ok := t.Data().([]float32)
		if !ok {
			return nil, fmt.Errorf("models: want float32 tensor, got %v", t.Dtype())
		}
		return d, nil
	case *G.F32:
		return []float32{float32(*t)}, nil
	}
	return nil, fmt.Errorf("models: unsupported value %T", v)
}

// F32Pair reads the first two operands of an op, the common case of a
// binary op's Do.
func F32Pair(vs []G.Value) (a, b []float32, err error) {
	if a, err = F32(vs[0]); err != nil {
		return nil, nil, err
	}
	if b, err = F32(vs[1]); err != nil {
		return nil, nil, err
	}
	return a, b, nil
}

// Scalar32 reads a scalar gorgonia value.
func Scalar32(v G.Value) (float32, error) {
	d, err := F32(v)
	if err != nil {
		return 0, err
	}
	if len(d) != 1 {
		return 0, fmt.Errorf("models: want scalar, got %d elements", len(d))
	}
	return d[0], nil
}

// Buffer returns a cached dense tensor of the given shape, reallocating when the
// shape changes.
func Buffer(cur **tensor.Dense, shape ...int) *tensor.Dense {
	if *cur != nil && (*cur).Shape().Eq(tensor.Shape(shape)) {
		return *cur
	}
	n := 1
	for _, s := range shape {
		n *= s
	}
	*cur = tensor.New(tensor.WithShape(shape...), tensor.WithBacking(make([]float32, n)))
	return *cur
}

// OpBase is what every custom op answers from its declaration, embedded
// once instead of repeated as one-line methods on each op: its name (String,
// with the op's parameters, as error messages and graph dumps show it), its
// signature (Type, and Arity from it), its hash, and the answers every op
// gives alike (a value, not a pointer; no external code; no input
// overwritten). Each op embeds it as its first field, set by the op's
// constructor with NewOpBase; an op also embeds GradOnly, SameShape or
// ScalarShape when those fit. What stays on each op is what differs: Do,
// InferShape where the shape is the op's own, and DiffWRT and SymDiff for
// the ops that are differentiated.
type OpBase struct {
	name string    // String: the op and its parameters
	sig  []hm.Type // the input types, then the output type
}

// NewOpBase declares an op named name (with its parameters, e.g.
// "biasAct(relu)") whose inputs are sig's types but the last and whose
// output is the last.
func NewOpBase(name string, sig ...hm.Type) OpBase {
	return OpBase{name: name, sig: sig}
}

// Arity is the number of inputs of the signature.
func (b *OpBase) Arity() int { return len(b.sig) - 1 }

// Type builds the op's function type afresh on each call, as gorgonia's type
// inference may substitute into the type it is given.
func (b *OpBase) Type() hm.Type {
	if len(b.sig) < 2 {
		panic("nn: custom op built without its constructor (OpBase unset): " + b.name)
	}
	return hm.NewFnType(b.sig...)
}

// String is the op's name with its parameters.
func (b *OpBase) String() string { return b.name }

// WriteHash writes the name and the op's address: every op value owns its
// output buffers, so two ops of one kind on the same inputs must never hash
// alike (gorgonia merges nodes whose hashes and inputs agree). OpBase is the
// op's first field, so its address is the op's.
func (b *OpBase) WriteHash(h hash.Hash) { fmt.Fprintf(h, "%s %p", b.name, b) }

// Hashcode is the FNV-1a hash of WriteHash.
func (b *OpBase) Hashcode() uint32 {
	h := fnv.New32a()
	b.WriteHash(h)
	return h.Sum32()
}

// ReturnsPtr is false: Do returns the op's output tensor as a value.
func (*OpBase) ReturnsPtr() bool { return false }

// CallsExtern is false: no op calls code gorgonia must schedule apart.
func (*OpBase) CallsExtern() bool { return false }

// OverwritesInput is -1: every op writes only its own output buffer.
func (*OpBase) OverwritesInput() int { return -1 }

// GradOnly is embedded by the ops that compute a gradient: nothing
// differentiates them (DiffWRT says so for every input), so gorgonia never
// asks them for a derivative; SymDiff says which op refused if it ever did.
type GradOnly struct{}

func (GradOnly) DiffWRT(inputs int) []bool { return make([]bool, inputs) }
func (GradOnly) SymDiff(_ G.Nodes, output, _ *G.Node) (G.Nodes, error) {
	return nil, fmt.Errorf("%v: second derivatives are not supported", output.Op())
}

// SameShape is embedded by the ops whose output has their first input's
// shape.
type SameShape struct{}

func (SameShape) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	return in[0].(tensor.Shape).Clone(), nil
}

// ScalarShape is embedded by the ops whose output is a scalar (the losses).
type ScalarShape struct{}

func (ScalarShape) InferShape(...G.DimSizer) (tensor.Shape, error) {
	return tensor.ScalarShape(), nil
}

// ---------------------------------------------------------------------------
// actOp: y = act(x), x [n,k], through the f32 kernels (gorgonia's G.Tanh and
// G.Sigmoid run element by element in scalar code into a new tensor every
// step). Its gradient is actGradOp, which is not differentiated again: fine
// wherever a graph is differentiated once (the unrolled GAN's written-out D
// gradient is built of forward ops and differentiated once).

type actOp struct {
	OpBase
	SameShape
	act Activation
	out *tensor.Dense
}

// ApplyAct adds act(x) for a matrix x.
func ApplyAct(act Activation, x *G.Node) (*G.Node, error) {
	return G.ApplyOp(&actOp{OpBase: NewOpBase("act("+string(act)+")", MatType, MatType), act: act}, x)
}

func (op *actOp) Do(vs ...G.Value) (G.Value, error) {
	x, err := F32(vs[0])
	if err != nil {
		return nil, err
	}
	s := vs[0].Shape()
	if len(s) != 2 {
		return nil, fmt.Errorf("act: input shape %v", s)
	}
	out := Buffer(&op.out, s[0], s[1])
	f32.ApplyAct(op.act.Kernel(), out.Data().([]float32), x, nil, s[1])
	return out, nil
}
func (op *actOp) DiffWRT(int) []bool { return []bool{true} }
func (op *actOp) SymDiff(_ G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	if op.act == Linear {
		return G.Nodes{grad}, nil
	}
	dx, err := G.ApplyOp(newActGradOp(op.act), output, grad)
	return G.Nodes{dx}, err
}

// ---------------------------------------------------------------------------
// biasActOp: y = act(x + b), x [n,k], b [k]. Replaces BroadcastAdd + activation.

type biasActOp struct {
	OpBase
	act Activation
	out *tensor.Dense
}

func newBiasActOp(act Activation) *biasActOp {
	return &biasActOp{OpBase: NewOpBase("biasAct("+string(act)+")", MatType, VecType, MatType), act: act}
}

// ApplyBiasAct adds act(x + b) for x [n,k] and b [k] (a layer's bias and
// activation after its matmul).
func ApplyBiasAct(act Activation, x, b *G.Node) (*G.Node, error) {
	return G.ApplyOp(newBiasActOp(act), x, b)
}

func (op *biasActOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s, ok := in[0].(tensor.Shape)
	if !ok || len(s) != 2 {
		return nil, fmt.Errorf("biasAct: input shape %v", in[0])
	}
	return s.Clone(), nil
}
func (op *biasActOp) Do(vs ...G.Value) (G.Value, error) {
	x, b, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	s := vs[0].Shape()
	if s[1] != len(b) {
		return nil, fmt.Errorf("biasAct: input %v, bias %d", s, len(b))
	}
	out := Buffer(&op.out, s[0], s[1])
	f32.ApplyAct(op.act.Kernel(), out.Data().([]float32), x, b, s[1])
	return out, nil
}
func (op *biasActOp) DiffWRT(int) []bool { return []bool{true, true} }
func (op *biasActOp) SymDiff(in G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	dx := grad // linear: act' = 1, no copy of the gradient needed
	if op.act != Linear {
		var err error
		if dx, err = G.ApplyOp(newActGradOp(op.act), output, grad); err != nil {
			return nil, err
		}
	}
	db, err := G.ApplyOp(newColSumOp(), dx)
	if err != nil {
		return nil, err
	}
	return G.Nodes{dx, db}, nil
}

// actGradOp: dx = g * act'(y) given the activation output y.
type actGradOp struct {
	OpBase
	SameShape
	GradOnly
	act Activation
	out *tensor.Dense
}

func newActGradOp(act Activation) *actGradOp {
	return &actGradOp{OpBase: NewOpBase("actGrad("+string(act)+")", MatType, MatType, MatType), act: act}
}

func (op *actGradOp) Do(vs ...G.Value) (G.Value, error) {
	y, g, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	if len(g) != len(y) {
		return nil, fmt.Errorf("actGrad: %d vs %d elements", len(y), len(g))
	}
	s := vs[0].Shape()
	out := Buffer(&op.out, s[0], s[1])
	f32.ActBackward(op.act.Kernel(), out.Data().([]float32), y, g)
	return out, nil
}

// colSumOp: column sums of a matrix (the bias gradient), float64 accumulation.
type colSumOp struct {
	OpBase
	GradOnly
	out *tensor.Dense
	acc []float64
}

func newColSumOp() *colSumOp { return &colSumOp{OpBase: NewOpBase("colSum", MatType, VecType)} }

func (op *colSumOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s := in[0].(tensor.Shape)
	return tensor.Shape{s[1]}, nil
}
func (op *colSumOp) Do(vs ...G.Value) (G.Value, error) {
	m, err := F32(vs[0])
	if err != nil {
		return nil, err
	}
	k := vs[0].Shape()[1]
	out := Buffer(&op.out, k)
	if len(op.acc) != k {
		op.acc = make([]float64, k)
	}
	f32.ColSum(out.Data().([]float32), m, k, op.acc)
	return out, nil
}

// maskOp: y = x ⊙ mask (inverted dropout; the mask holds 0 or 1/(1-p)). The mask
// is a graph input refilled every step; it is not differentiated.
type maskOp struct {
	OpBase
	SameShape
	out *tensor.Dense
}

func newMaskOp() *maskOp { return &maskOp{OpBase: NewOpBase("mask", MatType, MatType, MatType)} }

func (op *maskOp) Do(vs ...G.Value) (G.Value, error) {
	x, m, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	if len(m) != len(x) {
		return nil, fmt.Errorf("mask: %d vs %d elements", len(x), len(m))
	}
	s := vs[0].Shape()
	out := Buffer(&op.out, s[0], s[1])
	f32.MulInto(out.Data().([]float32), x, m)
	return out, nil
}
func (op *maskOp) DiffWRT(int) []bool { return []bool{true, false} }
func (op *maskOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	dx, err := G.ApplyOp(newMaskOp(), grad, in[1])
	if err != nil {
		return nil, err
	}
	return G.Nodes{dx, nil}, nil
}

// ---------------------------------------------------------------------------
// sigmoidBCEOp: the binary cross-entropy of sigmoid(logits) against targets in
// [0,1], summed over each row and averaged over rows (nats per image), computed
// from the logits for stability: softplus(a) - t*a.

type sigmoidBCEOp struct {
	OpBase
	ScalarShape
	part []float64
}

func newSigmoidBCEOp() *sigmoidBCEOp {
	return &sigmoidBCEOp{OpBase: NewOpBase("sigmoidBCE", MatType, MatType, ScalarType)}
}

func (op *sigmoidBCEOp) Do(vs ...G.Value) (G.Value, error) {
	a, t, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	if len(a) != len(t) {
		return nil, fmt.Errorf("sigmoidBCE: %d logits vs %d targets", len(a), len(t))
	}
	rows := vs[0].Shape()[0]
	return G.NewF32(float32(BCESum(a, t, &op.part) / float64(rows))), nil
}

// BCESum is sum_i softplus(a_i) - t_i a_i, accumulated per chunk in float64.
func BCESum(a, t []float32, part *[]float64) float64 {
	k := f32.ParChunks(len(a), f32.MinChunk)
	if len(*part) < k {
		*part = make([]float64, k)
	}
	p := *part
	f32.ParFor(len(a), f32.MinChunk, func(c, lo, hi int) {
		var s float64
		as, ts := a[lo:hi], t[lo:hi]
		const blk = 256 // float32 partial sums over short blocks, float64 across
		var e [blk]float32
		for i0 := 0; i0 < len(as); i0 += blk {
			i1 := min(i0+blk, len(as))
			// Softplus32(x) = max(x,0) + Log32(1 + Exp32(-|x|)): the
			// elementwise work vectorised (the kernels give the scalar
			// code's bits), the block's sum one float32 chain in order.
			eb := e[:i1-i0]
			f32.Abs(eb, as[i0:i1])
			f32.ExpScale32(eb, eb, -1)
			f32.AddConst(eb, 1)
			f32.Log32s(eb, eb)
			f32.BCETerms(eb, as[i0:i1], ts[i0:i1])
			var b float32
			for _, r := range eb {
				b += r
			}
			s += float64(b)
		}
		p[c] = s
	})
	var s float64
	for _, v := range p[:k] {
		s += v
	}
	return s
}

func (op *sigmoidBCEOp) DiffWRT(int) []bool { return []bool{true, false} }
func (op *sigmoidBCEOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	da, err := G.ApplyOp(newBCEGradOp(), in[0], in[1], grad)
	if err != nil {
		return nil, err
	}
	return G.Nodes{da, nil}, nil
}

// bceGradOp: d(mean-over-rows BCE)/d logits = (sigmoid(a) - t) * g / rows.
type bceGradOp struct {
	OpBase
	SameShape
	GradOnly
	out *tensor.Dense
}

func newBCEGradOp() *bceGradOp {
	return &bceGradOp{OpBase: NewOpBase("bceGrad", MatType, MatType, ScalarType, MatType)}
}

func (op *bceGradOp) Do(vs ...G.Value) (G.Value, error) {
	a, t, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	g, err := Scalar32(vs[2])
	if err != nil {
		return nil, err
	}
	s := vs[0].Shape()
	out := Buffer(&op.out, s[0], s[1])
	d := out.Data().([]float32)
	scale := g / float32(s[0])
	f32.ParFor(len(a), f32.MinChunk, func(_, lo, hi int) {
		// (sigmoid32(a) - t) * scale, vectorised.
		ds := d[lo:hi]
		f32.ExpScale32(ds, a[lo:hi], -1)
		f32.BCEGradFinish(ds, t[lo:hi], scale)
	})
	return out, nil
}

// ApplyMask adds x ⊙ mask.
func ApplyMask(x, mask *G.Node) (*G.Node, error) { return G.ApplyOp(newMaskOp(), x, mask) }

// ApplyBCE adds the mean-per-row sigmoid BCE of logits against targets.
func ApplyBCE(logits, target *G.Node) (*G.Node, error) {
	return G.ApplyOp(newSigmoidBCEOp(), logits, target)
}

// Grow32 returns b resized to n, reallocated only when its capacity is short
// (the contents are then not kept).
func Grow32(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n)
	}
	return b[:n]
}

// LossFunc computes a scalar loss of a matrix v (e.g. the critic outputs,
// one per row) and writes dLoss/dv into dv.
type LossFunc func(v, dv []float32) float64

// lossOp: scalar = fn(v). The gradient computed in Do is handed to
// scaledCopyOp, which takes the loss node as an input so it runs after Do.
type lossOp struct {
	OpBase
	ScalarShape
	fn   LossFunc
	grad []float32
}

// ApplyLoss adds the scalar loss fn(v), named name in the graph; its
// gradient is the dv fn wrote, times the upstream gradient.
func ApplyLoss(name string, fn LossFunc, v *G.Node) (*G.Node, error) {
	op := &lossOp{OpBase: NewOpBase("loss("+name+")", MatType, ScalarType), fn: fn}
	return G.ApplyOp(op, v)
}

func (op *lossOp) Do(vs ...G.Value) (G.Value, error) {
	v, err := F32(vs[0])
	if err != nil {
		return nil, err
	}
	if len(op.grad) != len(v) {
		op.grad = make([]float32, len(v))
	}
	return G.NewF32(float32(op.fn(v, op.grad))), nil
}

func (op *lossOp) DiffWRT(int) []bool { return []bool{true} }

func (op *lossOp) SymDiff(in G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	d, err := G.ApplyOp(newScaledCopyOp(&op.grad, in[0].Shape().Clone()), output, grad)
	return G.Nodes{d}, err
}

// scaledCopyOp outputs *src (shaped shape) times the scalar upstream gradient.
type scaledCopyOp struct {
	OpBase
	GradOnly
	src   *[]float32
	shape tensor.Shape
	out   *tensor.Dense
}

func newScaledCopyOp(src *[]float32, shape tensor.Shape) *scaledCopyOp {
	return &scaledCopyOp{OpBase: NewOpBase("scaledCopy", ScalarType, ScalarType, MatType), src: src, shape: shape}
}

func (op *scaledCopyOp) InferShape(...G.DimSizer) (tensor.Shape, error) {
	return op.shape.Clone(), nil
}

func (op *scaledCopyOp) Do(vs ...G.Value) (G.Value, error) {
	g, err := Scalar32(vs[1])
	if err != nil {
		return nil, err
	}
	out := Buffer(&op.out, op.shape...)
	d := out.Data().([]float32)
	if len(*op.src) != len(d) {
		return nil, fmt.Errorf("scaledCopy: %d values for shape %v", len(*op.src), op.shape)
	}
	for i, v := range *op.src {
		d[i] = v * g
	}
	return out, nil
}
