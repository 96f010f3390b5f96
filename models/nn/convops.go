package nn

import (
	"fmt"
	"hash"
	"math"

	"github.com/chewxy/hm"
	"github.com/ganpipe/ganpipe/internal/f32"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Convolution, pooling, maxout, reshape and softmax cross-entropy as float32
// gorgonia ops. Activations of image layers are NHWC matrices: either [B,
// H*W*C] (one image per row) or [B*H*W, C] (one pixel per row) — the same
// memory, so a convolution is Im2Col (an op here) followed by a GEMM with the
// [k*k*C, F] filter matrix (gorgonia's Mul on OpenBLAS) whose [B*OH*OW, F]
// result is again an NHWC activation, ready for BiasActOp. gorgonia's own
// Conv2d works in NCHW through float64-heavy helpers; this keeps every FLOP in
// the BLAS and in the parallel kernels of kernels.go.

// ConvGeom is the geometry of a convolution from an image side (H x W x C) to
// a column side (OH x OW positions of k x k x C patches), stride S, zero
// padding P: OH = (H + 2P - K)/S + 1. For a transposed convolution
// (deconvolution) the image side is the output.
type ConvGeom struct {
	H, W, C, K, S, P int
}

func (g ConvGeom) OH() int { return (g.H+2*g.P-g.K)/g.S + 1 }
func (g ConvGeom) OW() int { return (g.W+2*g.P-g.K)/g.S + 1 }

// ImgSize is H*W*C, ColRows the column positions per image, ColCols k*k*C.
func (g ConvGeom) ImgSize() int { return g.H * g.W * g.C }
func (g ConvGeom) ColRows() int { return g.OH() * g.OW() }
func (g ConvGeom) ColCols() int { return g.K * g.K * g.C }

func (g ConvGeom) validate() error {
	if g.H <= 0 || g.W <= 0 || g.C <= 0 || g.K <= 0 || g.S <= 0 || g.P < 0 || g.OH() <= 0 || g.OW() <= 0 {
		return fmt.Errorf("models: bad convolution geometry %+v", g)
	}
	return nil
}

// kxRange is the range [lo, hi) of kernel columns kx whose input column ox*S
// - P + kx falls inside the image: within one kernel row those patch values
// are one contiguous run of (hi-lo)*C values in both the image (NHWC) and
// the patch, so they move with one copy (or one vector add) instead of K.
func (g ConvGeom) kxRange(ox int) (lo, hi int) {
	ix0 := ox*g.S - g.P
	lo, hi = max(0, -ix0), min(g.K, g.W-ix0)
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

// Im2Col copies patches of B images (img, B*H*W*C values) into cols
// ([B*OH*OW, K*K*C], zero where the patch leaves the image).
func Im2Col(g ConvGeom, img, cols []float32, B int) {
	oh, ow, cc := g.OH(), g.OW(), g.ColCols()
	f32.ParFor(B*oh*ow, 64, func(_, lo, hi int) {
		for r := lo; r < hi; r++ {
			b, pos := r/(oh*ow), r%(oh*ow)
			oy, ox := pos/ow, pos%ow
			dst := cols[r*cc : (r+1)*cc]
			im := img[b*g.ImgSize() : (b+1)*g.ImgSize()]
			k0, k1 := g.kxRange(ox)
			ix0 := ox*g.S - g.P
			for ky := 0; ky < g.K; ky++ {
				row := dst[ky*g.K*g.C : (ky+1)*g.K*g.C]
				iy := oy*g.S - g.P + ky
				if iy < 0 || iy >= g.H || k0 == k1 {
					clear(row)
					continue
				}
				clear(row[:k0*g.C])
				src := (iy*g.W + ix0 + k0) * g.C
				copy(row[k0*g.C:k1*g.C], im[src:src+(k1-k0)*g.C])
				clear(row[k1*g.C:])
			}
		}
	})
}

// Col2Im is Im2Col's adjoint: it sums the patch values in cols back into the
// images (img is overwritten). Each image is owned by one goroutine, so the
// sums are deterministic; every image value receives its terms in the order
// of (pos, ky, kx), as element by element, so the run-wise adds give the
// same bits.
func Col2Im(g ConvGeom, cols, img []float32, B int) {
	oh, ow, cc := g.OH(), g.OW(), g.ColCols()
	f32.ParFor(B, 1, func(_, lo, hi int) {
		for b := lo; b < hi; b++ {
			im := img[b*g.ImgSize() : (b+1)*g.ImgSize()]
			clear(im)
			for pos := 0; pos < oh*ow; pos++ {
				oy, ox := pos/ow, pos%ow
				src := cols[(b*oh*ow+pos)*cc : (b*oh*ow+pos+1)*cc]
				k0, k1 := g.kxRange(ox)
				if k0 == k1 {
					continue
				}
				ix0 := ox*g.S - g.P
				n := (k1 - k0) * g.C
				for ky := 0; ky < g.K; ky++ {
					iy := oy*g.S - g.P + ky
					if iy < 0 || iy >= g.H {
						continue
					}
					d := (iy*g.W + ix0 + k0) * g.C
					s := (ky*g.K + k0) * g.C
					f32.AddTo(im[d:d+n], src[s:s+n])
				}
			}
		}
	})
}

// Im2ColOp: images (any 2-D shape holding B*H*W*C values) -> [B*OH*OW, K*K*C].
// ToImg reverses it (Col2Im): [B*OH*OW, K*K*C] -> [B*H*W, C]; each is the
// other's gradient, so a convolution and a transposed convolution are both
// one op and one GEMM.
type Im2ColOp struct {
	OpBase
	Geom  ConvGeom
	ToImg bool
	out   *tensor.Dense
}

func (op *Im2ColOp) Arity() int    { return 1 }
func (op *Im2ColOp) Type() hm.Type { return hm.NewFnType(MatType, MatType) }
func (op *Im2ColOp) String() string {
	if op.ToImg {
		return fmt.Sprintf("col2im%+v", op.Geom)
	}
	return fmt.Sprintf("im2col%+v", op.Geom)
}
func (op *Im2ColOp) WriteHash(h hash.Hash) { fmt.Fprintf(h, "%s %p", op.String(), op) }
func (op *Im2ColOp) Hashcode() uint32      { return OpHash(op) }

func (op *Im2ColOp) outShape(s tensor.Shape) (tensor.Shape, error) {
	if len(s) != 2 {
		return nil, fmt.Errorf("%s: input shape %v", op, s)
	}
	n := s[0] * s[1]
	if op.ToImg {
		per := op.Geom.ColRows() * op.Geom.ColCols()
		if s[1] != op.Geom.ColCols() || n%per != 0 {
			return nil, fmt.Errorf("%s: input %v is not [B*%d, %d]", op, s, op.Geom.ColRows(), op.Geom.ColCols())
		}
		return tensor.Shape{n / per * op.Geom.H * op.Geom.W, op.Geom.C}, nil
	}
	if n%op.Geom.ImgSize() != 0 {
		return nil, fmt.Errorf("%s: input %v does not hold whole %dx%dx%d images", op, s, op.Geom.H, op.Geom.W, op.Geom.C)
	}
	return tensor.Shape{n / op.Geom.ImgSize() * op.Geom.ColRows(), op.Geom.ColCols()}, nil
}

func (op *Im2ColOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s, ok := in[0].(tensor.Shape)
	if !ok {
		return nil, fmt.Errorf("%s: input shape %v", op, in[0])
	}
	return op.outShape(s)
}

func (op *Im2ColOp) Do(vs ...G.Value) (G.Value, error) {
	x, err := F32(vs[0])
	if err != nil {
		return nil, err
	}
	s, err := op.outShape(vs[0].Shape())
	if err != nil {
		return nil, err
	}
	out := Buffer(&op.out, s...)
	if op.ToImg {
		Col2Im(op.Geom, x, out.Data().([]float32), s[0]/(op.Geom.H*op.Geom.W))
	} else {
		Im2Col(op.Geom, x, out.Data().([]float32), s[0]/op.Geom.ColRows())
	}
	return out, nil
}

func (op *Im2ColOp) DiffWRT(int) []bool { return []bool{true} }
func (op *Im2ColOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	d, err := G.ApplyOp(&Im2ColOp{Geom: op.Geom, ToImg: !op.ToImg}, grad)
	if err != nil {
		return nil, err
	}
	// The adjoint's output shape may differ from the input's (e.g. [B,
	// H*W*C] vs [B*H*W, C]): reshape to the input's shape.
	return G.Nodes{mustReshape(d, in[0].Shape())}, nil
}

// reshapeOp copies a matrix into another 2-D shape with the same number of
// elements (row-major order is unchanged).
type reshapeOp struct {
	OpBase
	rows, cols int
	out        *tensor.Dense
}

func (op *reshapeOp) Arity() int            { return 1 }
func (op *reshapeOp) Type() hm.Type         { return hm.NewFnType(MatType, MatType) }
func (op *reshapeOp) String() string        { return fmt.Sprintf("reshape(%d,%d)", op.rows, op.cols) }
func (op *reshapeOp) WriteHash(h hash.Hash) { fmt.Fprintf(h, "%s %p", op.String(), op) }
func (op *reshapeOp) Hashcode() uint32      { return OpHash(op) }
func (op *reshapeOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s := in[0].(tensor.Shape)
	if s.TotalSize() != op.rows*op.cols {
		return nil, fmt.Errorf("%s: input %v", op, s)
	}
	return tensor.Shape{op.rows, op.cols}, nil
}
func (op *reshapeOp) Do(vs ...G.Value) (G.Value, error) {
	x, err := F32(vs[0])
	if err != nil {
		return nil, err
	}
	if len(x) != op.rows*op.cols {
		return nil, fmt.Errorf("%s: %d elements", op, len(x))
	}
	out := Buffer(&op.out, op.rows, op.cols)
	copy(out.Data().([]float32), x)
	return out, nil
}
func (op *reshapeOp) DiffWRT(int) []bool { return []bool{true} }
func (op *reshapeOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	s := in[0].Shape()
	d, err := G.ApplyOp(&reshapeOp{rows: s[0], cols: s[1]}, grad)
	return G.Nodes{d}, err
}

// mustReshape returns n, or n reshaped to s when the shapes differ.
func mustReshape(n *G.Node, s tensor.Shape) *G.Node {
	if n.Shape().Eq(s) {
		return n
	}
	r, err := G.ApplyOp(&reshapeOp{rows: s[0], cols: s[1]}, n)
	if err != nil {
		panic(err) // shapes were checked by the callers' InferShape
	}
	return r
}

// Reshape adds a reshape of x to rows x cols.
func Reshape(x *G.Node, rows, cols int) (*G.Node, error) {
	if x.Shape()[0] == rows && x.Shape()[1] == cols {
		return x, nil
	}
	return G.ApplyOp(&reshapeOp{rows: rows, cols: cols}, x)
}

// ---------------------------------------------------------------------------
// GroupMaxOp: max over groups. mode pool: 2x2 max pooling, stride 2, of NHWC
// images [B*H*W, C] -> [B*(H/2)*(W/2), C]. mode maxout: [N, U*P] -> [N, U],
// unit u the max of columns u*P .. u*P+P-1 (Goodfellow et al. 2013). The
// forward pass records each output's source index, which the gradient op
// (scheduled after it because it takes the output as an input) scatters into.

type GroupMaxOp struct {
	OpBase
	Pool   bool
	H, W   int // pool
	Pieces int // maxout
	arg    []int32
	out    *tensor.Dense
}

func (op *GroupMaxOp) Arity() int    { return 1 }
func (op *GroupMaxOp) Type() hm.Type { return hm.NewFnType(MatType, MatType) }
func (op *GroupMaxOp) String() string {
	if op.Pool {
		return fmt.Sprintf("maxpool2(%dx%d)", op.H, op.W)
	}
	return fmt.Sprintf("maxout(%d)", op.Pieces)
}
func (op *GroupMaxOp) WriteHash(h hash.Hash) { fmt.Fprintf(h, "%s %p", op.String(), op) }
func (op *GroupMaxOp) Hashcode() uint32      { return OpHash(op) }
func (op *GroupMaxOp) outShape(s tensor.Shape) (tensor.Shape, error) {
	if len(s) != 2 {
		return nil, fmt.Errorf("%s: input %v", op, s)
	}
	if op.Pool {
		if op.H%2 != 0 || op.W%2 != 0 || s[0]%(op.H*op.W) != 0 {
			return nil, fmt.Errorf("%s: input %v", op, s)
		}
		return tensor.Shape{s[0] / 4, s[1]}, nil
	}
	if s[1]%op.Pieces != 0 {
		return nil, fmt.Errorf("%s: %d columns", op, s[1])
	}
	return tensor.Shape{s[0], s[1] / op.Pieces}, nil
}
func (op *GroupMaxOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	return op.outShape(in[0].(tensor.Shape))
}
func (op *GroupMaxOp) Do(vs ...G.Value) (G.Value, error) {
	x, err := F32(vs[0])
	if err != nil {
		return nil, err
	}
	is := vs[0].Shape()
	s, err := op.outShape(is)
	if err != nil {
		return nil, err
	}
	out := Buffer(&op.out, s...)
	y := out.Data().([]float32)
	if len(op.arg) != len(y) {
		op.arg = make([]int32, len(y))
	}
	arg := op.arg
	if op.Pool {
		C, oh, ow := is[1], op.H/2, op.W/2
		f32.ParFor(s[0], 64, func(_, lo, hi int) {
			for r := lo; r < hi; r++ {
				b, pos := r/(oh*ow), r%(oh*ow)
				oy, ox := pos/ow, pos%ow
				for c := 0; c < C; c++ {
					best, bi := float32(0), int32(-1)
					for dy := 0; dy < 2; dy++ {
						for dx := 0; dx < 2; dx++ {
							i := int32(((b*op.H+2*oy+dy)*op.W+2*ox+dx)*C + c)
							if bi < 0 || x[i] > best {
								best, bi = x[i], i
							}
						}
					}
					y[r*C+c], arg[r*C+c] = best, bi
				}
			}
		})
		return out, nil
	}
	P := op.Pieces
	f32.ParFor(len(y), f32.MinChunk/P+1, func(_, lo, hi int) {
		maxout(y[lo:hi], arg[lo:hi], x[lo*P:hi*P], P, lo*P)
	})
	return out, nil
}

// maxout writes into y[o] the largest of x[o*P .. o*P+P-1] (the first one on
// ties; a NaN piece is never chosen over the first) and into arg[o] its index
// plus off. The winner is selected on the values' bits so the compiler emits
// conditional moves (Go does not for float registers): which piece wins is
// data-dependent, and a branch on it mispredicted often enough to make maxout
// ~5% of a GAN step.
func maxout(y []float32, arg []int32, x []float32, P int, off int) {
	x = x[:len(y)*P]
	arg = arg[:len(y)]
	for o := range y {
		piece := x[o*P : o*P+P]
		best := piece[0]
		bb, bi := math.Float32bits(best), 0
		for j := 1; j < len(piece); j++ {
			v := piece[j]
			vb := math.Float32bits(v)
			if v > best {
				bb, bi = vb, j
			}
			best = math.Float32frombits(bb)
		}
		y[o], arg[o] = best, int32(off+o*P+bi)
	}
}

func (op *GroupMaxOp) DiffWRT(int) []bool { return []bool{true} }
func (op *GroupMaxOp) SymDiff(in G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	d, err := G.ApplyOp(&scatterArgOp{src: op, shape: in[0].Shape().Clone()}, output, grad)
	return G.Nodes{d}, err
}

// scatterArgOp routes the gradient of a GroupMaxOp to the recorded maxima.
type scatterArgOp struct {
	OpBase
	GradOnly
	src   *GroupMaxOp
	shape tensor.Shape
	out   *tensor.Dense
}

func (op *scatterArgOp) Arity() int            { return 2 }
func (op *scatterArgOp) Type() hm.Type         { return hm.NewFnType(MatType, MatType, MatType) }
func (op *scatterArgOp) String() string        { return "scatterArg" }
func (op *scatterArgOp) WriteHash(h hash.Hash) { fmt.Fprintf(h, "scatterArg %p", op) }
func (op *scatterArgOp) Hashcode() uint32      { return OpHash(op) }
func (op *scatterArgOp) InferShape(...G.DimSizer) (tensor.Shape, error) {
	return op.shape.Clone(), nil
}
func (op *scatterArgOp) Do(vs ...G.Value) (G.Value, error) {
	g, err := F32(vs[1])
	if err != nil {
		return nil, err
	}
	out := Buffer(&op.out, op.shape...)
	d := out.Data().([]float32)
	clear(d)
	if len(op.src.arg) != len(g) {
		return nil, fmt.Errorf("scatterArg: %d gradients for %d maxima", len(g), len(op.src.arg))
	}
	for i, a := range op.src.arg { // each source index is used at most once
		d[a] = g[i]
	}
	return out, nil
}

// ---------------------------------------------------------------------------
// SoftmaxCEOp: mean over rows of the cross-entropy of softmax(logits) against
// target rows (one-hot or soft labels summing to 1).

type SoftmaxCEOp struct {
	OpBase
	ScalarShape
	prob []float32
}

func (op *SoftmaxCEOp) Arity() int            { return 2 }
func (op *SoftmaxCEOp) Type() hm.Type         { return hm.NewFnType(MatType, MatType, TVA) }
func (op *SoftmaxCEOp) String() string        { return "softmaxCE" }
func (op *SoftmaxCEOp) WriteHash(h hash.Hash) { fmt.Fprintf(h, "softmaxCE %p", op) }
func (op *SoftmaxCEOp) Hashcode() uint32      { return OpHash(op) }
func (op *SoftmaxCEOp) Do(vs ...G.Value) (G.Value, error) {
	a, t, err := F32Pair(vs)
	if err != nil {
		return nil, err
	}
	if len(a) != len(t) {
		return nil, fmt.Errorf("softmaxCE: %d logits vs %d targets", len(a), len(t))
	}
	s := vs[0].Shape()
	if len(op.prob) != len(a) {
		op.prob = make([]float32, len(a))
	}
	ce := SoftmaxRows(op.prob, a, s[0], s[1], t)
	return G.NewF32(float32(ce / float64(s[0]))), nil
}

// SoftmaxRows writes row-wise softmax(a) into p and returns the summed
// cross-entropy against t (t may be nil).
func SoftmaxRows(p, a []float32, n, k int, t []float32) float64 {
	var ce float64
	for r := 0; r < n; r++ {
		row, pr := a[r*k:(r+1)*k], p[r*k:(r+1)*k]
		m := row[0]
		for _, v := range row {
			m = max(m, v)
		}
		var z float32
		for j, v := range row {
			pr[j] = f32.Exp32(v - m)
			z += pr[j]
		}
		lz := f32.Log32(z)
		for j := range pr {
			pr[j] /= z
			if t != nil && t[r*k+j] != 0 {
				ce -= float64(t[r*k+j]) * float64(row[j]-m-lz)
			}
		}
	}
	return ce
}

func (op *SoftmaxCEOp) DiffWRT(int) []bool { return []bool{true, false} }
func (op *SoftmaxCEOp) SymDiff(in G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	d, err := G.ApplyOp(&softmaxCEGradOp{src: op}, in[0], in[1], output, grad)
	return G.Nodes{d, nil}, err
}

type softmaxCEGradOp struct {
	OpBase
	SameShape
	GradOnly
	src *SoftmaxCEOp
	out *tensor.Dense
}

func (op *softmaxCEGradOp) Arity() int { return 4 }
func (op *softmaxCEGradOp) Type() hm.Type {
	return hm.NewFnType(MatType, MatType, TVA, TVA, MatType)
}
func (op *softmaxCEGradOp) String() string        { return "softmaxCEGrad" }
func (op *softmaxCEGradOp) WriteHash(h hash.Hash) { fmt.Fprintf(h, "softmaxCEGrad %p", op) }
func (op *softmaxCEGradOp) Hashcode() uint32      { return OpHash(op) }
func (op *softmaxCEGradOp) Do(vs ...G.Value) (G.Value, error) {
	t, err := F32(vs[1])
	if err != nil {
		return nil, err
	}
	g, err := Scalar32(vs[3])
	if err != nil {
		return nil, err
	}
	s := vs[0].Shape()
	out := Buffer(&op.out, s...)
	d := out.Data().([]float32)
	scale := g / float32(s[0])
	for i, p := range op.src.prob {
		d[i] = (p - t[i]) * scale
	}
	return out, nil
}
