package nn

import (
	"fmt"
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
// result is again an NHWC activation, ready for ApplyBiasAct. gorgonia's own
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
	cc := g.ColCols()
	f32.ParFor(B*g.OH()*g.OW(), 64, func(_, lo, hi int) { im2colRows(g, img, cols[lo*cc:], lo, hi) })
}

// im2colRows writes the patch rows [lo, hi) of Im2Col (cols holds row lo at
// its start: cols[(r-lo)*K*K*C:]) on the calling goroutine.
func im2colRows(g ConvGeom, img, cols []float32, lo, hi int) {
	oh, ow, cc := g.OH(), g.OW(), g.ColCols()
	for r := lo; r < hi; r++ {
		b, pos := r/(oh*ow), r%(oh*ow)
		oy, ox := pos/ow, pos%ow
		dst := cols[(r-lo)*cc : (r-lo+1)*cc]
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
}

// Col2Im is Im2Col's adjoint: it sums the patch values in cols back into the
// images (img is overwritten). Each image is owned by one goroutine, so the
// sums are deterministic; every image value receives its terms in the order
// of (pos, ky, kx), as element by element, so the run-wise adds give the
// same bits.
func Col2Im(g ConvGeom, cols, img []float32, B int) {
	rows, cc := g.ColRows(), g.ColCols()
	f32.ParFor(B, 1, func(_, lo, hi int) {
		for b := lo; b < hi; b++ {
			col2imImage(g, cols[b*rows*cc:(b+1)*rows*cc], img[b*g.ImgSize():(b+1)*g.ImgSize()])
		}
	})
}

// col2imImage is Col2Im of one image (its OH*OW patch rows) on the calling
// goroutine.
func col2imImage(g ConvGeom, cols, im []float32) {
	oh, ow, cc := g.OH(), g.OW(), g.ColCols()
	clear(im)
	for pos := 0; pos < oh*ow; pos++ {
		oy, ox := pos/ow, pos%ow
		src := cols[pos*cc : (pos+1)*cc]
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

// im2colOp: images (any 2-D shape holding B*H*W*C values) -> [B*OH*OW, K*K*C].
// ToImg reverses it (Col2Im): [B*OH*OW, K*K*C] -> [B*H*W, C]; each is the
// other's gradient, so a convolution and a transposed convolution are both
// one op and one GEMM.
type im2colOp struct {
	OpBase
	geom  ConvGeom
	toImg bool
	out   *tensor.Dense
}

func newIm2ColOp(g ConvGeom, toImg bool) *im2colOp {
	name := fmt.Sprintf("im2col%+v", g)
	if toImg {
		name = fmt.Sprintf("col2im%+v", g)
	}
	return &im2colOp{OpBase: NewOpBase(name, MatType, MatType), geom: g, toImg: toImg}
}

// ApplyIm2Col adds the im2col matrix [B*OH*OW, K*K*C] of the images x (any
// 2-D shape holding B*H*W*C values) for the convolution g: a convolution
// is this times the kernel matrix.
func ApplyIm2Col(g ConvGeom, x *G.Node) (*G.Node, error) { return G.ApplyOp(newIm2ColOp(g, false), x) }

// ApplyCol2Im adds the images [B*H*W, C] summed back from the columns x
// [B*OH*OW, K*K*C] (the adjoint of ApplyIm2Col): a transposed convolution is
// the kernel product followed by this.
func ApplyCol2Im(g ConvGeom, x *G.Node) (*G.Node, error) { return G.ApplyOp(newIm2ColOp(g, true), x) }

func (op *im2colOp) outShape(s tensor.Shape) (tensor.Shape, error) {
	if len(s) != 2 {
		return nil, fmt.Errorf("%s: input shape %v", op, s)
	}
	n := s[0] * s[1]
	if op.toImg {
		per := op.geom.ColRows() * op.geom.ColCols()
		if s[1] != op.geom.ColCols() || n%per != 0 {
			return nil, fmt.Errorf("%s: input %v is not [B*%d, %d]", op, s, op.geom.ColRows(), op.geom.ColCols())
		}
		return tensor.Shape{n / per * op.geom.H * op.geom.W, op.geom.C}, nil
	}
	B, err := op.geom.images(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return tensor.Shape{B * op.geom.ColRows(), op.geom.ColCols()}, nil
}

func (op *im2colOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s, ok := in[0].(tensor.Shape)
	if !ok {
		return nil, fmt.Errorf("%s: input shape %v", op, in[0])
	}
	return op.outShape(s)
}

func (op *im2colOp) Do(vs ...G.Value) (G.Value, error) {
	x, err := F32(vs[0])
	if err != nil {
		return nil, err
	}
	s, err := op.outShape(vs[0].Shape())
	if err != nil {
		return nil, err
	}
	out := Buffer(&op.out, s...)
	if op.toImg {
		Col2Im(op.geom, x, out.Data().([]float32), s[0]/(op.geom.H*op.geom.W))
	} else {
		Im2Col(op.geom, x, out.Data().([]float32), s[0]/op.geom.ColRows())
	}
	return out, nil
}

func (op *im2colOp) DiffWRT(int) []bool { return []bool{true} }
func (op *im2colOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	d, err := G.ApplyOp(newIm2ColOp(op.geom, !op.toImg), grad)
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

func newReshapeOp(rows, cols int) *reshapeOp {
	name := fmt.Sprintf("reshape(%d,%d)", rows, cols)
	return &reshapeOp{OpBase: NewOpBase(name, MatType, MatType), rows: rows, cols: cols}
}

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
	d, err := G.ApplyOp(newReshapeOp(s[0], s[1]), grad)
	return G.Nodes{d}, err
}

// mustReshape returns n, or n reshaped to s when the shapes differ.
func mustReshape(n *G.Node, s tensor.Shape) *G.Node {
	if n.Shape().Eq(s) {
		return n
	}
	r, err := G.ApplyOp(newReshapeOp(s[0], s[1]), n)
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
	return G.ApplyOp(newReshapeOp(rows, cols), x)
}

// ---------------------------------------------------------------------------
// groupMaxOp: max over groups. mode pool: 2x2 max pooling, stride 2, of NHWC
// images [B*H*W, C] -> [B*(H/2)*(W/2), C]. mode maxout: [N, U*P] -> [N, U],
// unit u the max of columns u*P .. u*P+P-1 (Goodfellow et al. 2013). The
// forward pass records each output's source index, which the gradient op
// (scheduled after it because it takes the output as an input) scatters into.

type groupMaxOp struct {
	OpBase
	pool   bool
	h, w   int // pool
	pieces int // maxout
	arg    []int32
	out    *tensor.Dense
}

// ApplyMaxPool2 adds the 2x2 max pooling, stride 2, of the NHWC images x
// [B*h*w, C].
func ApplyMaxPool2(h, w int, x *G.Node) (*G.Node, error) {
	name := fmt.Sprintf("maxpool2(%dx%d)", h, w)
	return G.ApplyOp(&groupMaxOp{OpBase: NewOpBase(name, MatType, MatType), pool: true, h: h, w: w}, x)
}

// ApplyMaxout adds the maxout units of x [N, U*pieces]: [N, U], unit u the
// max of columns u*pieces .. u*pieces+pieces-1.
func ApplyMaxout(pieces int, x *G.Node) (*G.Node, error) {
	name := fmt.Sprintf("maxout(%d)", pieces)
	return G.ApplyOp(&groupMaxOp{OpBase: NewOpBase(name, MatType, MatType), pieces: pieces}, x)
}

func (op *groupMaxOp) outShape(s tensor.Shape) (tensor.Shape, error) {
	if len(s) != 2 {
		return nil, fmt.Errorf("%s: input %v", op, s)
	}
	if op.pool {
		if op.h%2 != 0 || op.w%2 != 0 || s[0]%(op.h*op.w) != 0 {
			return nil, fmt.Errorf("%s: input %v", op, s)
		}
		return tensor.Shape{s[0] / 4, s[1]}, nil
	}
	if s[1]%op.pieces != 0 {
		return nil, fmt.Errorf("%s: %d columns", op, s[1])
	}
	return tensor.Shape{s[0], s[1] / op.pieces}, nil
}
func (op *groupMaxOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	return op.outShape(in[0].(tensor.Shape))
}
func (op *groupMaxOp) Do(vs ...G.Value) (G.Value, error) {
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
	if op.pool {
		C, oh, ow := is[1], op.h/2, op.w/2
		f32.ParFor(s[0], 64, func(_, lo, hi int) {
			for r := lo; r < hi; r++ {
				b, pos := r/(oh*ow), r%(oh*ow)
				oy, ox := pos/ow, pos%ow
				i0 := ((b*op.h+2*oy)*op.w + 2*ox) * C
				i2 := i0 + op.w*C
				f32.Max4(y[r*C:(r+1)*C], arg[r*C:(r+1)*C], x, i0, i0+C, i2, i2+C)
			}
		})
		return out, nil
	}
	P := op.pieces
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

func (op *groupMaxOp) DiffWRT(int) []bool { return []bool{true} }
func (op *groupMaxOp) SymDiff(in G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	d, err := G.ApplyOp(newScatterArgOp(op, in[0].Shape().Clone()), output, grad)
	return G.Nodes{d}, err
}

// scatterArgOp routes the gradient of a groupMaxOp to the recorded maxima.
type scatterArgOp struct {
	OpBase
	GradOnly
	src   *groupMaxOp
	shape tensor.Shape
	out   *tensor.Dense
}

func newScatterArgOp(src *groupMaxOp, shape tensor.Shape) *scatterArgOp {
	return &scatterArgOp{OpBase: NewOpBase("scatterArg", MatType, MatType, MatType), src: src, shape: shape}
}

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
// softmaxCEOp: mean over rows of the cross-entropy of softmax(logits) against
// target rows (one-hot or soft labels summing to 1).

type softmaxCEOp struct {
	OpBase
	ScalarShape
	prob []float32
}

// ApplySoftmaxCE adds the mean over rows of the cross-entropy of
// softmax(logits) against the target rows (one-hot or soft labels).
func ApplySoftmaxCE(logits, target *G.Node) (*G.Node, error) {
	op := &softmaxCEOp{OpBase: NewOpBase("softmaxCE", MatType, MatType, ScalarType)}
	return G.ApplyOp(op, logits, target)
}

func (op *softmaxCEOp) Do(vs ...G.Value) (G.Value, error) {
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

func (op *softmaxCEOp) DiffWRT(int) []bool { return []bool{true, false} }
func (op *softmaxCEOp) SymDiff(in G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	d, err := G.ApplyOp(newSoftmaxCEGradOp(op), in[0], in[1], output, grad)
	return G.Nodes{d, nil}, err
}

type softmaxCEGradOp struct {
	OpBase
	SameShape
	GradOnly
	src *softmaxCEOp
	out *tensor.Dense
}

func newSoftmaxCEGradOp(src *softmaxCEOp) *softmaxCEGradOp {
	sig := []hm.Type{MatType, MatType, ScalarType, ScalarType, MatType}
	return &softmaxCEGradOp{OpBase: NewOpBase("softmaxCEGrad", sig...), src: src}
}

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
