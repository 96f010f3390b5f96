package nn

import (
	"fmt"

	blasimpl "github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/internal/f32"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// The narrow convolution: layers with few output channels (the MNIST
// classifier's 16 and 32) on f32.MatMulNarrow instead of Im2Col + OpenBLAS.
// Built whole, the classifier's second patch matrix is 20 MB per batch of 64,
// written once and read by OpenBLAS, which on these shapes (k 400, n 32) ran
// at 20-40 GFLOP/s on a Zen 3 thread: the products waited on memory and
// packing, not on arithmetic (docs/performance.md, session 24). At stride 1
// nothing is built: each zero-padded image is read in place (ConvForward); at
// other strides the patch matrix is built a few images at a time, small
// enough to stay in cache.
//
// Bits: y[r, f] sums the patch values times the filter in patch order, one
// fused multiply-add per term (f32.MatMulNarrow), whatever the CPU count. The
// filter gradient sums over the patch rows in order within each of
// blas.Threads() parts of the batch and adds the parts in order, so like a
// split GEMM its bits depend on the split (GANPIPE_GEMM_SPLIT), not on the
// CPUs. The input gradient is, at stride 1, the convolution of dy with the
// flipped filter, else Col2Im of dy times the filter's transpose.

// ConvFits reports whether ConvForward and its gradients take a layer of F
// output channels on geometry g (with the input's gradient when inputGrad):
// they need F to be a multiple of 8, and for the input gradient C (at stride
// 1) or K*K*C.
func ConvFits(g ConvGeom, F int, inputGrad bool) bool {
	if F <= 0 || F%8 != 0 {
		return false
	}
	_, direct := g.transposed(F)
	return !inputGrad || direct || g.ColCols()%8 == 0
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
	flip     *ConvScratch // the input gradient's convolution
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
//
// At stride 1 each image is copied with its zero padding (padded) and read
// in place: the patch of output pixel (oy, ox) is, for each kernel row ky,
// the run of K*C values of padded row oy+ky from column ox on, and the runs
// of neighbouring pixels start C apart, so one output row is one product
// whose sum jumps between the K runs (f32.Segments). Other strides build the
// patch matrix a few images at a time. Either way every value gets its terms
// in Im2Col's order, padding zeros included.
func ConvForward(g ConvGeom, x, w, y []float32, B, F int, s *ConvScratch) {
	rows, cc, per := g.ColRows(), g.ColCols(), g.piece()
	parts := f32.ParChunks(B, 1)
	for p := 0; p < parts; p++ {
		part(&s.cols, p, g.partSize())
	}
	f32.RunParts(parts, func(p int) {
		buf, lo, hi := s.cols[p], p*B/parts, (p+1)*B/parts
		if g.S == 1 {
			ow, run, wp := g.OW(), g.K*g.C, g.W+2*g.P
			for b := lo; b < hi; b++ {
				xp := g.padded(x, b, buf)
				for oy := 0; oy < g.OH(); oy++ {
					r0 := (b*g.OH() + oy) * ow
					f32.MatMulNarrowSegments(y[r0*F:(r0+ow)*F], xp[oy*wp*g.C:], g.C, 1, w, ow, F, run,
						f32.Segments{Segs: g.K, ASeg: wp * g.C, BSeg: run * F}, false)
				}
			}
			return
		}
		for b0 := lo; b0 < hi; b0 += per {
			n := min(per, hi-b0)
			im2colRows(g, x, buf, b0*rows, (b0+n)*rows)
			f32.MatMulNarrow(y[b0*rows*F:(b0+n)*rows*F], buf, cc, 1, w, n*rows, F, cc, false)
		}
	})
}

// partSize is the buffer one part of ConvForward or ConvFilterGrad works in:
// a padded image at stride 1, else a piece of the patch matrix.
func (g ConvGeom) partSize() int {
	if g.S == 1 {
		return g.paddedSize()
	}
	return g.piece() * g.ColRows() * g.ColCols()
}

// paddedSize is the size of an image with its zero padding.
func (g ConvGeom) paddedSize() int { return (g.H + 2*g.P) * (g.W + 2*g.P) * g.C }

// padded copies image b of x into buf with P zero rows and columns around it
// and returns it ((H+2P) x (W+2P) x C values).
func (g ConvGeom) padded(x []float32, b int, buf []float32) []float32 {
	wp, rowLen := g.W+2*g.P, g.W*g.C
	xp := buf[:g.paddedSize()]
	clear(xp)
	im := x[b*g.ImgSize() : (b+1)*g.ImgSize()]
	for iy := 0; iy < g.H; iy++ {
		copy(xp[((iy+g.P)*wp+g.P)*g.C:], im[iy*rowLen:(iy+1)*rowLen])
	}
	return xp
}

// ConvFilterGrad writes into dw ([K*K*C, F]) the gradient of the filter
// given dy ([B*OH*OW, F]), the gradient of ConvForward's output: Im2Col's
// matrix transposed times dy, summed over the batch in blas.Threads() parts
// (each over its patch rows in order) added in order. At stride 1 each image
// is read in place as in ConvForward: for kernel row ky, the K*C gradient
// rows of that row are one product over the image's pixels, whose sum jumps
// from output row to output row.
func ConvFilterGrad(g ConvGeom, x, dy, dw []float32, B, F int, s *ConvScratch) {
	rows, cc, per := g.ColRows(), g.ColCols(), g.piece()
	parts := max(1, min(blasimpl.Threads(), B))
	for p := 0; p < parts; p++ {
		part(&s.cols, p, g.partSize())
		if p > 0 {
			part(&s.dw, p, cc*F)
		}
	}
	f32.RunParts(parts, func(p int) {
		buf, sum := s.cols[p], dw[:cc*F]
		if p > 0 {
			sum = s.dw[p]
		}
		lo, hi := p*B/parts, (p+1)*B/parts
		if g.S == 1 {
			ow, run, wp := g.OW(), g.K*g.C, g.W+2*g.P
			for b := lo; b < hi; b++ {
				xp := g.padded(x, b, buf)
				for ky := 0; ky < g.K; ky++ {
					f32.MatMulNarrowSegments(sum[ky*run*F:(ky+1)*run*F], xp[ky*wp*g.C:], 1, g.C, dy[b*rows*F:(b+1)*rows*F], run, F, ow,
						f32.Segments{Segs: g.OH(), ASeg: wp * g.C, BSeg: ow * F}, b > lo)
				}
			}
		} else {
			for b0 := lo; b0 < hi; b0 += per {
				n := min(per, hi-b0)
				im2colRows(g, x, buf, b0*rows, (b0+n)*rows)
				f32.MatMulNarrow(sum, buf, 1, cc, dy[b0*rows*F:(b0+n)*rows*F], cc, F, n*rows, b0 > lo)
			}
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
// input given dy. ConvFits(g, F, true) must hold. At stride 1 with C a
// multiple of 8 it is the convolution of dy (B images of OH x OW x F) with
// the flipped filter (rows (K-1-ky, K-1-kx, f), columns c) at padding
// K-1-P, by ConvForward, so it reads dy in place: each input value's terms
// in that convolution's patch order. Otherwise it is Col2Im of dy times the
// filter's transpose, image by image.
func ConvInputGrad(g ConvGeom, w, dy, dx []float32, B, F int, s *ConvScratch) {
	rows, cc := g.ColRows(), g.ColCols()
	if t, ok := g.transposed(F); ok {
		s.wt = Grow32(s.wt, cc*F)
		flip := s.wt[:cc*F] // [K*K*F, C]
		for ky := 0; ky < g.K; ky++ {
			for kx := 0; kx < g.K; kx++ {
				src := w[((g.K-1-ky)*g.K+g.K-1-kx)*g.C*F:]
				dst := flip[(ky*g.K+kx)*F*g.C:]
				for c := 0; c < g.C; c++ {
					for f := 0; f < F; f++ {
						dst[f*g.C+c] = src[c*F+f]
					}
				}
			}
		}
		if s.flip == nil {
			s.flip = &ConvScratch{}
		}
		ConvForward(t, dy, flip, dx, B, g.C, s.flip)
		return
	}
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
			f32.MatMulNarrow(dcols, dy[b*rows*F:(b+1)*rows*F], F, 1, wt, rows, cc, F, false)
			col2imImage(g, dcols, dx[b*g.ImgSize():(b+1)*g.ImgSize()])
		}
	})
}

// transposed returns the convolution whose forward pass is g's input
// gradient (stride 1, C output channels a multiple of 8, padding at most
// K-1), and whether there is one.
func (g ConvGeom) transposed(F int) (ConvGeom, bool) {
	t := ConvGeom{H: g.OH(), W: g.OW(), C: F, K: g.K, S: 1, P: g.K - 1 - g.P}
	return t, g.S == 1 && g.C%8 == 0 && t.P >= 0 && t.OH() == g.H && t.OW() == g.W
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
