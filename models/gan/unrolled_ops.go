package gan

import (
	"fmt"
	"math"

	"github.com/chewxy/hm"
	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Fused elementwise ops of the unrolled GAN's written-out D steps
// (unrolled.go). Written with gorgonia's own ops, each step of each D
// parameter took a dozen graph nodes (HadamardProd, Sub, Add, Sqrt,
// HadamardDiv, scalar Mul), each a single-threaded pass into a freshly
// allocated tensor; with 6 parameters and 5 steps that was a few hundred
// small ops forward and as many backward, about a third of an unrolled
// update's time. Each op here computes its formula in one pass, in the same
// float32 operations in the same order as the ops it replaces, into a
// buffer it owns.
//
// Their derivatives are GradOnly ops: the unrolled graph is differentiated
// once (the D gradients inside it are written out as forward nodes), so
// nothing differentiates a derivative again.

// ewOp is an elementwise op on same-shape matrices and trailing scalar
// inputs: out[i] = f(i, matrices, scalars).
type ewOp struct {
	nn.OpBase
	mats int                                             // matrix inputs; the rest are scalars
	diff []bool                                          // DiffWRT
	f    func(out []float32, m [][]float32, s []float32) // the whole pass
	d    func(in G.Nodes, grad *G.Node) (G.Nodes, error) // SymDiff (nil for a GradOnly op)
	out  *tensor.Dense
}

// newEW declares an ewOp named name with mats matrix and scalars scalar
// inputs.
func newEW(name string, mats, scalars int, f func([]float32, [][]float32, []float32)) *ewOp {
	sig := make([]hm.Type, 0, mats+scalars+1)
	for i := 0; i < mats; i++ {
		sig = append(sig, nn.MatType)
	}
	for i := 0; i < scalars; i++ {
		sig = append(sig, nn.ScalarType)
	}
	return &ewOp{OpBase: nn.NewOpBase(name, append(sig, nn.MatType)...), mats: mats, diff: make([]bool, mats+scalars), f: f}
}

func (op *ewOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s, ok := in[0].(tensor.Shape)
	if !ok || len(s) != 2 {
		return nil, fmt.Errorf("%s: input shape %v", op, in[0])
	}
	return s.Clone(), nil
}

func (op *ewOp) Do(vs ...G.Value) (G.Value, error) {
	s := vs[0].Shape()
	m := make([][]float32, op.mats)
	for i := range m {
		if !vs[i].Shape().Eq(s) {
			return nil, fmt.Errorf("%s: input %d of shape %v, want %v", op, i, vs[i].Shape(), s)
		}
		x, err := nn.F32(vs[i])
		if err != nil {
			return nil, err
		}
		m[i] = x
	}
	var sc []float32
	for _, v := range vs[op.mats:] {
		f, ok := v.Data().(float32)
		if !ok {
			return nil, fmt.Errorf("%s: scalar input %v is not float32", op, v)
		}
		sc = append(sc, f)
	}
	out := nn.Buffer(&op.out, s[0], s[1])
	op.f(out.Data().([]float32), m, sc)
	return out, nil
}

func (op *ewOp) DiffWRT(int) []bool { return op.diff }

func (op *ewOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	if op.d == nil {
		return nil, fmt.Errorf("%s: second derivatives are not supported", op)
	}
	return op.d(in, grad)
}

// apply adds op to the graph on the given inputs.
func (op *ewOp) apply(in ...*G.Node) (*G.Node, error) { return G.ApplyOp(op, in...) }

// gradOnly adds a GradOnly elementwise node.
func gradOnly(name string, mats, scalars int, f func([]float32, [][]float32, []float32), in ...*G.Node) (*G.Node, error) {
	return newEW(name, mats, scalars, f).apply(in...)
}

// tanhBack is delta = back (1 - h h), the tanh layer's backward step (h the
// layer's output), as back * (1 - h*h) was computed by HadamardProd(back,
// Sub(1, HadamardProd(h, h))).
func tanhBack(back, h *G.Node) (*G.Node, error) {
	op := newEW("unrolledTanhBack", 2, 0, func(out []float32, m [][]float32, _ []float32) {
		b, h := m[0], m[1]
		for i := range out {
			out[i] = b[i] * (1 - h[i]*h[i])
		}
	})
	op.diff = []bool{true, true}
	op.d = func(in G.Nodes, g *G.Node) (G.Nodes, error) {
		dBack, err := tanhBack(g, in[1]) // g (1 - h h)
		if err != nil {
			return nil, err
		}
		dH, err := gradOnly("unrolledTanhBackH", 3, 0, func(out []float32, m [][]float32, _ []float32) {
			g, b, h := m[0], m[1], m[2]
			for i := range out {
				out[i] = -2 * (g[i] * b[i] * h[i])
			}
		}, g, in[0], in[1])
		return G.Nodes{dBack, dH}, err
	}
	return op.apply(back, h)
}

// scaled is the GradOnly node c g.
func scaled(c float32, g *G.Node) (*G.Node, error) {
	return gradOnly(fmt.Sprintf("unrolledScale(%g)", c), 1, 0, func(out []float32, m [][]float32, _ []float32) {
		for i, v := range m[0] {
			out[i] = c * v
		}
	}, g)
}

// adamMoment is Adam's first moment b1 m + c g with c = 1 - b1 (rounded
// from float64 by the caller), as addScaled computed it (each product
// rounded, then the sum).
func adamMoment(b1, c float32, m, g *G.Node) (*G.Node, error) {
	op := newEW(fmt.Sprintf("unrolledAdamM(%g)", b1), 2, 0, func(out []float32, x [][]float32, _ []float32) {
		m, g := x[0], x[1]
		for i := range out {
			out[i] = b1*m[i] + c*g[i]
		}
	})
	op.diff = []bool{true, true}
	op.d = func(_ G.Nodes, grad *G.Node) (G.Nodes, error) {
		dm, err := scaled(b1, grad)
		if err != nil {
			return nil, err
		}
		dg, err := scaled(c, grad)
		return G.Nodes{dm, dg}, err
	}
	return op.apply(m, g)
}

// adamSecond is Adam's second moment b2 v + c g g, c = 1 - b2.
func adamSecond(b2, c float32, v, g *G.Node) (*G.Node, error) {
	op := newEW(fmt.Sprintf("unrolledAdamV(%g)", b2), 2, 0, func(out []float32, x [][]float32, _ []float32) {
		v, g := x[0], x[1]
		for i := range out {
			out[i] = b2*v[i] + c*(g[i]*g[i])
		}
	})
	op.diff = []bool{true, true}
	op.d = func(in G.Nodes, grad *G.Node) (G.Nodes, error) {
		dv, err := scaled(b2, grad)
		if err != nil {
			return nil, err
		}
		dg, err := gradOnly("unrolledAdamVG", 2, 0, func(out []float32, x [][]float32, _ []float32) {
			grad, g := x[0], x[1]
			for i := range out {
				out[i] = 2 * c * g[i] * grad[i]
			}
		}, grad, in[1])
		return G.Nodes{dv, dg}, err
	}
	return op.apply(v, g)
}

// adamApply is w - step (m / (sqrt(v) + eps)) for the scalar nodes step
// and eps (Adam's bias-corrected rate and epsilon), in the order the
// replaced ops took: sqrt, + eps, divide, times step, subtract.
func adamApply(w, m, v, step, eps *G.Node) (*G.Node, error) {
	op := newEW("unrolledAdamApply", 3, 2, func(out []float32, x [][]float32, s []float32) {
		w, m, v := x[0], x[1], x[2]
		st, e := s[0], s[1]
		for i := range out {
			out[i] = w[i] - st*(m[i]/(float32(math.Sqrt(float64(v[i])))+e))
		}
	})
	op.diff = []bool{true, true, true, false, false}
	op.d = func(in G.Nodes, grad *G.Node) (G.Nodes, error) {
		// d/dm = -step / den; d/dv = step m / den^2 / (2 sqrt(v)).
		dm, err := gradOnly("unrolledAdamApplyM", 2, 2, func(out []float32, x [][]float32, s []float32) {
			g, v := x[0], x[1]
			for i := range out {
				out[i] = -s[0] * g[i] / (float32(math.Sqrt(float64(v[i]))) + s[1])
			}
		}, grad, in[2], in[3], in[4])
		if err != nil {
			return nil, err
		}
		dv, err := gradOnly("unrolledAdamApplyV", 3, 2, func(out []float32, x [][]float32, s []float32) {
			g, m, v := x[0], x[1], x[2]
			for i := range out {
				r := float32(math.Sqrt(float64(v[i])))
				den := r + s[1]
				out[i] = s[0] * g[i] * m[i] / (den * den) / (2 * r)
			}
		}, grad, in[1], in[2], in[3], in[4])
		return G.Nodes{grad, dm, dv, nil, nil}, err
	}
	return op.apply(w, m, v, step, eps)
}
