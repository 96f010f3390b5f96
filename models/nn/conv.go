package nn

import (
	"fmt"

	blasimpl "github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/internal/f32"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// The narrow convolution: for layers with few output channels (the MNIST
// classifier's 16 and 32) the patch matrix is built a few images at a time,
// small enough to stay in cache, and multiplied there by f32.MatMulNarrow.
// Built whole (Im2Col) the classifier's second patch matrix is 20 MB per
// batch of 64, written once and read by OpenBLAS, which on these shapes
// (k 400, n 32) ran at 20-40 GFLOP/s on a Zen 3 thread: the products waited
// on memory, not on arithmetic (docs/performance.md, session 24).
//
// Bits: y[r, f] sums the patch values times the filter in patch order, one
// fused multiply-add per term (f32.MatMulNarrow), whatever the CPU count. The
// filter gradient sums over the patch rows in order within each of
// blas.Threads() parts of the batch and adds the parts in order, so like a
// split GEMM its bits depend on the split (GANPIPE_GEMM_SPLIT), not on the
// CPUs; the input gradient is Col2Im of dy times the filter's transpose,
// image by image.

// ConvFits reports whether ConvForward and its gradients take a layer of F
// output channels on geometry g (with the input's gradient when inputGrad):
// they need F, and for the input gradient K*K*C, to be multiples of 8.
func ConvFits(g ConvGeom, F int, inputGrad bool) bool {
	return F > 0 && F%8 == 0 && (!inputGrad || g.ColCols()%8 == 0)
}

// convPieceBytes is the size of patch matrix built at once.
const convPieceBytes = 256 << 10

// piece is the number of images whose patches are built at once.
func (g ConvGeom) piece() int { return max(1, convPieceBytes/(4*g.ColRows()*g.ColCols())) }

// ConvScratch holds a narrow convolution's buffers between steps, one set
// per part of the batch.
type ConvScratch struct {
	cols, dw [][]float32
	wt       []float32
}

// part returns buffer p of bufs with at least n values.
func part(bufs *[][]float32, p, n int) []float32 {
	for len(*bufs) <= p {
		*bufs = append(*bufs, nil)
	}
	(*bufs)[p] = Grow32((*bufs)[p], n)
	return (*bufs)[p][:n]
}

// ConvForward writes into y ([B*OH*OW, F]) the convolution of the B images x
// (NHWC, B*H*W*C values) with the filter matrix w ([K*K*C, F], rows in (ky,
// kx, c) order): the product of Im2Col's matrix with w, without the whole
// matrix. ConvFits(g, F, false) must hold.
func ConvForward(g ConvGeom, x, w, y []float32, B, F int, s *ConvScratch) {
	rows, cc, per := g.ColRows(), g.ColCols(), g.piece()
	parts := f32.ParChunks(B, 1)
	for p := 0; p < parts; p++ {
		part(&s.cols, p, per*rows*cc)
	}
	f32.RunParts(parts, func(p int) {
		cols := s.cols[p]
		for b0, hi := p*B/parts, (p+1)*B/parts; b0 < hi; b0 += per {
			n := min(per, hi-b0)
			im2colRows(g, x, cols, b0*rows, (b0+n)*rows)
			f32.MatMulNarrowSerial(y[b0*rows*F:(b0+n)*rows*F], cols, cc, 1, w, n*rows, F, cc, false)
		}
	})
}

// ConvFilterGrad writes into dw ([K*K*C, F]) the gradient of the filter
// given dy ([B*OH*OW, F]), the gradient of ConvForward's output: Im2Col's
// matrix transposed times dy.
func ConvFilterGrad(g ConvGeom, x, dy, dw []float32, B, F int, s *ConvScratch) {
	rows, cc, per := g.ColRows(), g.ColCols(), g.piece()
	parts := max(1, min(blasimpl.Threads(), B))
	for p := 0; p < parts; p++ {
		part(&s.cols, p, per*rows*cc)
		if p > 0 {
			part(&s.dw, p, cc*F)
		}
	}
	f32.RunParts(parts, func(p int) {
		cols, sum := s.cols[p], dw[:cc*F]
		if p > 0 {
			sum = s.dw[p]
		}
		lo, hi := p*B/parts, (p+1)*B/parts
		for b0 := lo; b0 < hi; b0 += per {
			n := min(per, hi-b0)
			im2colRows(g, x, cols, b0*rows, (b0+n)*rows)
			f32.MatMulNarrowSerial(sum, cols, 1, cc, dy[b0*rows*F:(b0+n)*rows*F], cc, F, n*rows, b0 > lo)
		}
		if lo == hi {
			clear(sum)
		}
	})
	for p := 1; p < parts; p++ {
		f32.AddTo(dw[:cc*F], s.dw[p])
	}
}

// ConvInputGrad writes into dx (the B images' shape) the gradient of the
// input given dy: Col2Im of dy times the filter's transpose, image by image.
// ConvFits(g, F, true) must hold.
func ConvInputGrad(g ConvGeom, w, dy, dx []float32, B, F int, s *ConvScratch) {
	rows, cc := g.ColRows(), g.ColCols()
	s.wt = Grow32(s.wt, F*cc)
	wt := s.wt[:F*cc]
	for i := 0; i < cc; i++ {
		for f := 0; f < F; f++ {
			wt[f*cc+i] = w[i*F+f]
		}
	}
	parts := f32.ParChunks(B, 1)
	for p := 0; p < parts; p++ {
		part(&s.cols, p, rows*cc)
	}
	f32.RunParts(parts, func(p int) {
		dcols := s.cols[p][:rows*cc]
		for b := p * B / parts; b < (p+1)*B/parts; b++ {
			f32.MatMulNarrowSerial(dcols, dy[b*rows*F:(b+1)*rows*F], F, 1, wt, rows, cc, F, false)
			col2imImage(g, dcols, dx[b*g.ImgSize():(b+1)*g.ImgSize()])
		}
	})
}

// convOp: images x (any 2-D shape holding B*H*W*C values) and the filter
// matrix w [K*K*C, F] -> [B*OH*OW, F] (ConvForward); its gradients are
// convGradOps.
type convOp struct {
	OpBase
	geom    ConvGeom
	f       int
	diff    [2]bool
	out     *tensor.Dense
	scratch ConvScratch
}

func newConvOp(g ConvGeom, f int, diff [2]bool) *convOp {
	return &convOp{OpBase: NewOpBase(fmt.Sprintf("conv%+v,F=%d", g, f), MatType, MatType, MatType), geom: g, f: f, diff: diff}
}

// images returns the number of whole images in a matrix of shape s.
func (g ConvGeom) images(s tensor.Shape) (int, error) {
	if len(s) != 2 || s[0]*s[1]%g.ImgSize() != 0 {
		return 0, fmt.Errorf("input %v does not hold whole %dx%dx%d images", s, g.H, g.W, g.C)
	}
	return s[0] * s[1] / g.ImgSize(), nil
}

func (op *convOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	xs, ok1 := in[0].(tensor.Shape)
	ws, ok2 := in[1].(tensor.Shape)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("%s: input shapes %v, %v", op, in[0], in[1])
	}
	B, err := op.geom.images(xs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if !ws.Eq(tensor.Shape{op.geom.ColCols(), op.f}) {
		return nil, fmt.Errorf("%s: filter %v, want [%d, %d]", op, ws, op.geom.ColCols(), op.f)
	}
	return tensor.Shape{B * op.geom.ColRows(), op.f}, nil
}

func (op *convOp) Do(vs ...G.Value) (G.Value, error) {
	x, w, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	B, err := op.geom.images(vs[0].Shape())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	out := Buffer(&op.out, B*op.geom.ColRows(), op.f)
	ConvForward(op.geom, x, w, out.Data().([]float32), B, op.f, &op.scratch)
	return out, nil
}

func (op *convOp) DiffWRT(int) []bool { return []bool{op.diff[0], op.diff[1]} }

func (op *convOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	ds := make(G.Nodes, 2)
	var err error
	if op.diff[0] {
		o := &convGradOp{OpBase: NewOpBase(fmt.Sprintf("convInputGrad%+v,F=%d", op.geom, op.f), MatType, MatType, MatType), geom: op.geom, f: op.f, input: true, shape: in[0].Shape().Clone()}
		if ds[0], err = G.ApplyOp(o, in[1], grad); err != nil {
			return nil, err
		}
	}
	if op.diff[1] {
		o := &convGradOp{OpBase: NewOpBase(fmt.Sprintf("convFilterGrad%+v,F=%d", op.geom, op.f), MatType, MatType, MatType), geom: op.geom, f: op.f}
		if ds[1], err = G.ApplyOp(o, in[0], grad); err != nil {
			return nil, err
		}
	}
	return ds, nil
}

// convGradOp: with input, (w, dy) -> dx shaped like the convolution's input
// (ConvInputGrad); else (x, dy) -> dw [K*K*C, F] (ConvFilterGrad).
type convGradOp struct {
	OpBase
	geom    ConvGeom
	f       int
	input   bool
	shape   tensor.Shape // the input's shape (input gradient)
	out     *tensor.Dense
	scratch ConvScratch
}

func (op *convGradOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	if op.input {
		return op.shape.Clone(), nil
	}
	return tensor.Shape{op.geom.ColCols(), op.f}, nil
}

func (op *convGradOp) Do(vs ...G.Value) (G.Value, error) {
	a, dy, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	ds := vs[1].Shape()
	if len(ds) != 2 || ds[1] != op.f || ds[0]%op.geom.ColRows() != 0 {
		return nil, fmt.Errorf("%s: output gradient %v", op, ds)
	}
	B := ds[0] / op.geom.ColRows()
	if op.input {
		out := Buffer(&op.out, op.shape...)
		ConvInputGrad(op.geom, a, dy, out.Data().([]float32), B, op.f, &op.scratch)
		return out, nil
	}
	out := Buffer(&op.out, op.geom.ColCols(), op.f)
	ConvFilterGrad(op.geom, a, dy, out.Data().([]float32), B, op.f, &op.scratch)
	return out, nil
}

func (op *convGradOp) DiffWRT(int) []bool { return []bool{false, false} }

func (op *convGradOp) SymDiff(G.Nodes, *G.Node, *G.Node) (G.Nodes, error) {
	return nil, fmt.Errorf("%s: no second derivative", op)
}

// Conv adds the convolution of the images x with layer l's filter (W [K*K*C,
// Out], rows in (ky, kx, c) order) and its bias and activation, as Dense does
// for a dense layer: by ConvForward where ConvFits, else as Im2Col and a
// GEMM (gorgonia's graph then holds the whole patch matrix).
func (t *GraphNet) Conv(g ConvGeom, x *G.Node, l *Layer, name string) (*G.Node, error) {
	if l.In != g.ColCols() {
		return nil, fmt.Errorf("models: %s: filter of %d rows for %d-value patches", name, l.In, g.ColCols())
	}
	inGrad := t.needsGrad(x)
	if !ConvFits(g, l.Out, inGrad) {
		cols, err := ApplyIm2Col(g, x)
		if err != nil {
			return nil, err
		}
		return t.Dense(cols, l, name, false)
	}
	w := t.Param(name+".W", l.W, l.In, l.Out)
	b := t.Param(name+".b", l.B, l.Out)
	y, err := G.ApplyOp(newConvOp(g, l.Out, [2]bool{inGrad, t.needsGrad(w)}), x, w)
	if err != nil {
		return nil, fmt.Errorf("models: %s: %w", name, err)
	}
	return ApplyBiasAct(l.Act, y, b)
}
