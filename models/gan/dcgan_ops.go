package gan

import (
	"fmt"
	"math"

	"github.com/ganpipe/ganpipe/internal/f32"
	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Batch normalization (Ioffe & Szegedy 2015) for the DCGAN, as float32
// gorgonia ops over NHWC activations [N, C] (one pixel per row, so "per
// channel" is "per column"). Rows are split into groups of R consecutive
// rows, each normalised with its own statistics: the discriminator sees
// [real | fake] stacked in one graph, and normalising each half on its own
// is what the reference DCGAN does with its two separate D calls (a mixed
// batch would let D tell real from fake by the batch statistics).
// Statistics are accumulated in float64, variance two-pass and biased (as
// in training mode in PyTorch); the running estimates use the unbiased
// variance, PyTorch's convention.

// bnRunning is a layer's running statistics, updated when the op runs in a
// training step and used for sampling.
type bnRunning struct {
	mean, vari []float32
	momentum   float64 // weight of the new batch (PyTorch's momentum, 0.1)
}

// bnAct is the activation fused into a batch norm: none, or LeakyReLU with
// the given slope (0: ReLU). Fusing saves two passes over the activations
// per layer (a tenth of a DCGAN step when separate).
type bnAct struct {
	on    bool
	slope float32
}

// slope is the slope the kernels' leaky select takes: 1 (the identity)
// when there is no activation.
func (a bnAct) kernelSlope() float32 {
	if !a.on {
		return 1
	}
	return a.slope
}

// bnForward normalises x [N, C] over groups of R rows with the groups' own
// statistics: y = act(gamma (x - mean) inv + beta), inv = 1/sqrt(var + eps),
// var the biased variance. It writes the per (group, channel) mean and inv
// (N/R * C values each) for the backward pass, which recomputes xhat = (x -
// mean) inv from x rather than have this pass store it (storing it tripled
// the time of this pass, measured).
// The sums are float64 (one pass of sum and sum of squares: float32 data
// keep 1e-16 relative precision, so cancellation matters only for var/mean^2
// < 1e-9); the per-element work is float32 with per-channel coefficients.
// Channels are split across goroutines, each walking its columns of every
// row in row order with internal/f32's kernels (AVX2 where the CPU has it,
// the same bits either way): deterministic. y may be x.
func bnForward(y, x []float32, N, C, R int, gamma, beta []float32, eps float64, mean, inv []float64, act bnAct) {
	groups := N / R
	slope := act.kernelSlope()
	f32.ParFor(C, 8, func(_, lo, hi int) {
		w := hi - lo
		s1, s2 := make([]float64, w), make([]float64, w)
		scale, shift := make([]float32, w), make([]float32, w)
		for g := 0; g < groups; g++ {
			clear(s1)
			clear(s2)
			base := g*R*C + lo
			f32.BNStats(s1, s2, x[base:], R, C)
			m, iv := mean[g*C+lo:g*C+hi], inv[g*C+lo:g*C+hi]
			for j := range m {
				m[j] = s1[j] / float64(R)
				iv[j] = 1 / math.Sqrt(max(s2[j]/float64(R)-m[j]*m[j], 0)+eps)
				a := float64(gamma[lo+j]) * iv[j]
				scale[j], shift[j] = float32(a), float32(float64(beta[lo+j])-m[j]*a)
			}
			f32.BNApply(y[base:], x[base:], R, C, scale, shift, slope)
		}
	})
}

// bnBackward writes dL/dx into dx given the upstream gradient g, the forward
// pass's input x, output y, mean and inv: with p = act'(.) g the gradient at
// the normalised output and xhat = (x - mean) inv, per group and channel dx
// = gamma inv (p - mean(p) - xhat mean(p xhat)). dgamma = sum p xhat and
// dbeta = sum p over all rows are written when non-nil. Sums in float64,
// the rest float32; the two passes over the rows are internal/f32's
// BNBackSums (p into dx, and its sums) and BNBackApply (dx in place).
func bnBackward(dx, g, x, y []float32, N, C, R int, gamma []float32, mean, inv []float64, dgamma, dbeta []float32, act bnAct) {
	groups := N / R
	slope := act.kernelSlope()
	f32.ParFor(C, 8, func(_, lo, hi int) {
		w := hi - lo
		sg, sgx := make([]float64, w), make([]float64, w)
		tg, tgx := make([]float64, w), make([]float64, w)
		a, mg, mgx := make([]float32, w), make([]float32, w), make([]float32, w)
		m32, i32 := make([]float32, w), make([]float32, w)
		for g0 := 0; g0 < groups; g0++ {
			clear(sg)
			clear(sgx)
			for j := range m32 {
				m32[j], i32[j] = float32(mean[g0*C+lo+j]), float32(inv[g0*C+lo+j])
			}
			base := g0*R*C + lo
			f32.BNBackSums(dx[base:], g[base:], x[base:], y[base:], R, C, m32, i32, sg, sgx, slope)
			iv := inv[g0*C+lo : g0*C+hi]
			for j := range sg {
				tg[j] += sg[j]
				tgx[j] += sgx[j]
				a[j] = float32(float64(gamma[lo+j]) * iv[j])
				mg[j], mgx[j] = float32(sg[j]/float64(R)), float32(sgx[j]/float64(R))
			}
			f32.BNBackApply(dx[base:], x[base:], R, C, a, m32, i32, mg, mgx)
		}
		for j := 0; j < w; j++ {
			if dgamma != nil {
				dgamma[lo+j] = float32(tgx[j])
			}
			if dbeta != nil {
				dbeta[lo+j] = float32(tg[j])
			}
		}
	})
}

// bnInfer normalises x [N, C] with fixed (running) statistics, then act.
func bnInfer(y, x []float32, C int, gamma, beta, mean, vari []float32, eps float64, act bnAct) {
	scale, shift := make([]float32, C), make([]float32, C)
	for c := range scale {
		s := float64(gamma[c]) / math.Sqrt(float64(vari[c])+eps)
		scale[c] = float32(s)
		shift[c] = float32(float64(beta[c]) - float64(mean[c])*s)
	}
	slope := act.kernelSlope()
	f32.ParFor(len(x)/C, f32.MinChunk/C+1, func(_, lo, hi int) {
		f32.BNApply(y[lo*C:], x[lo*C:], hi-lo, C, scale, shift, slope)
	})
}

// update folds the statistics of the first group (R rows) into the running
// estimates: running = (1 - momentum) running + momentum batch, with the
// unbiased variance 1/(R-1) sum (x - mean)^2.
func (b *bnRunning) update(mean, inv []float64, R int, eps float64) {
	k := b.momentum
	for c := range b.mean {
		v := 1/(inv[c]*inv[c]) - eps // the biased batch variance
		if R > 1 {
			v *= float64(R) / float64(R-1)
		}
		b.mean[c] = float32((1-k)*float64(b.mean[c]) + k*mean[c])
		b.vari[c] = float32((1-k)*float64(b.vari[c]) + k*v)
	}
}

// batchNormOp: y = act(BN(x; gamma, beta)) in training mode (batch
// statistics over groups of rows). x [N, C], gamma and beta [C]. When run is
// set, every Do also updates the running statistics (from the first group).
type batchNormOp struct {
	nn.OpBase
	rows       int // rows per group (0: all rows, one group)
	eps        float64
	act        bnAct
	diffParams bool // whether gamma and beta get gradients (trainable)
	run        *bnRunning

	x         []float32 // input of the last Do (the gradient recomputes xhat)
	mean, inv []float64
	gamma     []float32 // gamma of the last Do (the gradient needs it)
	n, r      int       // shape of the last Do
	dgamma    []float32
	dbeta     []float32
	out       *tensor.Dense
}

// newBatchNormOp declares op (its rows, eps, act, diffParams and run set).
func newBatchNormOp(op batchNormOp) *batchNormOp {
	name := fmt.Sprintf("batchNorm(rows=%d,act=%v,slope=%v)", op.rows, op.act.on, op.act.slope)
	op.OpBase = nn.NewOpBase(name, nn.MatType, nn.VecType, nn.VecType, nn.MatType)
	return &op
}

func (op *batchNormOp) groupRows(s tensor.Shape) (int, error) {
	if len(s) != 2 {
		return 0, fmt.Errorf("%s: input %v", op, s)
	}
	R := op.rows
	if R == 0 {
		R = s[0]
	}
	if R <= 0 || s[0]%R != 0 {
		return 0, fmt.Errorf("%s: %d rows do not split into groups of %d", op, s[0], R)
	}
	return R, nil
}

func (op *batchNormOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s, ok := in[0].(tensor.Shape)
	if !ok {
		return nil, fmt.Errorf("%s: input shape %v", op, in[0])
	}
	if _, err := op.groupRows(s); err != nil {
		return nil, err
	}
	return s.Clone(), nil
}

func (op *batchNormOp) Do(vs ...G.Value) (G.Value, error) {
	x, gamma, err := nn.F32Pair(vs)
	if err != nil {
		return nil, err
	}
	beta, err := nn.F32(vs[2])
	if err != nil {
		return nil, err
	}
	s := vs[0].Shape()
	R, err := op.groupRows(s)
	if err != nil {
		return nil, err
	}
	N, C := s[0], s[1]
	if len(gamma) != C || len(beta) != C {
		return nil, fmt.Errorf("%s: input %v with gamma %d and beta %d", op, s, len(gamma), len(beta))
	}
	if len(op.mean) != N/R*C {
		op.mean, op.inv = make([]float64, N/R*C), make([]float64, N/R*C)
	}
	out := nn.Buffer(&op.out, N, C)
	bnForward(out.Data().([]float32), x, N, C, R, gamma, beta, op.eps, op.mean, op.inv, op.act)
	op.x, op.gamma, op.n, op.r = x, gamma, N, R
	if op.run != nil {
		op.run.update(op.mean[:C], op.inv[:C], R, op.eps)
	}
	return out, nil
}

func (op *batchNormOp) DiffWRT(int) []bool { return []bool{true, op.diffParams, op.diffParams} }
func (op *batchNormOp) SymDiff(in G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	dx, err := G.ApplyOp(newBNGradOp(op), output, grad)
	if err != nil {
		return nil, err
	}
	if !op.diffParams {
		return G.Nodes{dx, nil, nil}, nil
	}
	dg, err := G.ApplyOp(newBNParamGradOp(op, false), dx)
	if err != nil {
		return nil, err
	}
	db, err := G.ApplyOp(newBNParamGradOp(op, true), dx)
	if err != nil {
		return nil, err
	}
	return G.Nodes{dx, dg, db}, nil
}

// bnGradOp computes dx (and, for trainable parameters, dgamma and dbeta,
// handed to bnParamGradOp) from the forward pass's input, statistics and
// output. It takes the forward output as an input so that it runs after the
// forward op; the input x it reads is the producing op's own buffer, which
// stays valid until the next forward pass.
type bnGradOp struct {
	nn.OpBase
	nn.SameShape
	nn.GradOnly
	src *batchNormOp
	out *tensor.Dense
}

func newBNGradOp(src *batchNormOp) *bnGradOp {
	return &bnGradOp{OpBase: nn.NewOpBase("batchNormGrad", nn.MatType, nn.MatType, nn.MatType), src: src}
}

func (op *bnGradOp) Do(vs ...G.Value) (G.Value, error) {
	y, g, err := nn.F32Pair(vs)
	if err != nil {
		return nil, err
	}
	p := op.src
	s := vs[0].Shape()
	if len(g) != len(p.x) || len(y) != len(p.x) || s[0] != p.n {
		return nil, fmt.Errorf("batchNormGrad: %d gradients for %d activations", len(g), len(p.x))
	}
	C := s[1]
	var dg, db []float32
	if p.diffParams {
		if len(p.dgamma) != C {
			p.dgamma, p.dbeta = make([]float32, C), make([]float32, C)
		}
		dg, db = p.dgamma, p.dbeta
	}
	out := nn.Buffer(&op.out, s...)
	bnBackward(out.Data().([]float32), g, p.x, y, p.n, C, p.r, p.gamma, p.mean, p.inv, dg, db, p.act)
	return out, nil
}

// bnParamGradOp outputs the dgamma (or dbeta) that bnGradOp computed; its
// input is bnGradOp's output, which orders it after.
type bnParamGradOp struct {
	nn.OpBase
	nn.GradOnly
	src  *batchNormOp
	beta bool
	out  *tensor.Dense
}

// newBNParamGradOp returns the op giving dbeta (beta) or dgamma.
func newBNParamGradOp(src *batchNormOp, beta bool) *bnParamGradOp {
	name := "batchNormGrad(gamma)"
	if beta {
		name = "batchNormGrad(beta)"
	}
	return &bnParamGradOp{OpBase: nn.NewOpBase(name, nn.MatType, nn.VecType), src: src, beta: beta}
}

func (op *bnParamGradOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	return tensor.Shape{in[0].(tensor.Shape)[1]}, nil
}
func (op *bnParamGradOp) Do(vs ...G.Value) (G.Value, error) {
	src := op.src.dgamma
	if op.beta {
		src = op.src.dbeta
	}
	out := nn.Buffer(&op.out, len(src))
	copy(out.Data().([]float32), src)
	return out, nil
}
