package gan

import (
	"fmt"
	"math"

	"github.com/chewxy/hm"
	"github.com/ganpipe/ganpipe/internal/f32"
	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Ops for the GAN trainer: a scalar loss of the critic outputs given as a Go
// function (so every GAN loss is one small function, testable on its own),
// spectral normalization, minibatch discrimination, feature matching, row
// stacking, adding a constant input, and leaky ReLU.

// ---------------------------------------------------------------------------
// Spectral normalization (Miyato et al. 2018): W_sn = W / sigma(W) with
// sigma = u^T W v estimated by power iteration; u, v persist across steps and
// get one iteration per forward pass when update is set (the D step), none
// otherwise (the G step reuses them). With u, v held fixed the gradient is
// dW = (G - <G, W_sn> u v^T) / sigma.

type snState struct {
	in, out int
	u       []float64 // length in (left singular vector; W is [in, out])
	v       []float64 // length out
	sigma   float64
}

func newSNState(in, out int, seed func() float64) *snState {
	s := &snState{in: in, out: out, u: make([]float64, in), v: make([]float64, out)}
	for i := range s.u {
		s.u[i] = seed()
	}
	normalize(s.u)
	return s
}

func normalize(x []float64) float64 {
	var n float64
	for _, v := range x {
		n += v * v
	}
	n = math.Sqrt(n)
	if n > 0 {
		for i := range x {
			x[i] /= n
		}
	}
	return n
}

// iterate runs one power iteration on w ([in, out] row-major) and updates sigma.
func (s *snState) iterate(w []float32) {
	for j := range s.v {
		s.v[j] = 0
	}
	for i := 0; i < s.in; i++ {
		ui := s.u[i]
		for j, x := range w[i*s.out : (i+1)*s.out] {
			s.v[j] += ui * float64(x)
		}
	}
	normalize(s.v)
	for i := 0; i < s.in; i++ {
		var a float64
		for j, x := range w[i*s.out : (i+1)*s.out] {
			a += float64(x) * s.v[j]
		}
		s.u[i] = a
	}
	s.sigma = normalize(s.u)
}

type snOp struct {
	nn.OpBase
	nn.SameShape
	st     *snState
	update bool
	iters  int // power iterations per update (0: 1); tests converge fully
	out    *tensor.Dense
}

func newSNOp(st *snState, update bool) *snOp {
	return &snOp{OpBase: nn.NewOpBase("spectralNorm", nn.MatType, nn.MatType), st: st, update: update}
}

func (op *snOp) Do(vs ...G.Value) (G.Value, error) {
	w, err := nn.F32(vs[0])
	if err != nil {
		return nil, err
	}
	if op.update || op.st.sigma == 0 {
		for i := 0; i < max(op.iters, 1); i++ {
			op.st.iterate(w)
		}
	}
	out := nn.Buffer(&op.out, op.st.in, op.st.out)
	d := out.Data().([]float32)
	inv := float32(1 / op.st.sigma)
	for i, x := range w {
		d[i] = x * inv
	}
	return out, nil
}
func (op *snOp) DiffWRT(int) []bool { return []bool{true} }
func (op *snOp) SymDiff(in G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	d, err := G.ApplyOp(newSNGradOp(op.st), output, grad)
	return G.Nodes{d}, err
}

type snGradOp struct {
	nn.OpBase
	nn.SameShape
	nn.GradOnly
	st  *snState
	out *tensor.Dense
}

func newSNGradOp(st *snState) *snGradOp {
	return &snGradOp{OpBase: nn.NewOpBase("spectralNormGrad", nn.MatType, nn.MatType, nn.MatType), st: st}
}

func (op *snGradOp) Do(vs ...G.Value) (G.Value, error) {
	wsn, g, err := nn.F32Pair(vs)
	if err != nil {
		return nil, err
	}
	var dot float64
	for i, x := range wsn {
		dot += float64(x) * float64(g[i])
	}
	out := nn.Buffer(&op.out, op.st.in, op.st.out)
	d := out.Data().([]float32)
	s := op.st
	for i := 0; i < s.in; i++ {
		for j := 0; j < s.out; j++ {
			k := i*s.out + j
			d[k] = float32((float64(g[k]) - dot*s.u[i]*s.v[j]) / s.sigma)
		}
	}
	return out, nil
}

// ---------------------------------------------------------------------------
// mbdOp: minibatch discrimination (Salimans et al. 2016). M [N, K*C] holds K
// kernels of C dimensions per row; o[i, k] = sum over the other rows j of the
// same group (consecutive blocks of `group` rows, so real and generated
// examples are compared only among themselves) of exp(-||M_ik - M_jk||_1).

type mbdOp struct {
	nn.OpBase
	k, c, group int
	e           []float32 // per (group-local i, j, k) kernel values of the last Do
	out         *tensor.Dense
}

func newMBDOp(k, c, group int) *mbdOp {
	name := fmt.Sprintf("mbd(%d,%d)", k, c)
	return &mbdOp{OpBase: nn.NewOpBase(name, nn.MatType, nn.MatType), k: k, c: c, group: group}
}

func (op *mbdOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s := in[0].(tensor.Shape)
	if s[1] != op.k*op.c || s[0]%op.group != 0 {
		return nil, fmt.Errorf("%s: input %v with groups of %d", op, s, op.group)
	}
	return tensor.Shape{s[0], op.k}, nil
}
func (op *mbdOp) Do(vs ...G.Value) (G.Value, error) {
	m, err := nn.F32(vs[0])
	if err != nil {
		return nil, err
	}
	N := vs[0].Shape()[0]
	out := nn.Buffer(&op.out, N, op.k)
	o := out.Data().([]float32)
	clear(o)
	gs := op.group
	if len(op.e) != N*gs*op.k {
		op.e = make([]float32, N*gs*op.k)
	}
	KC := op.k * op.c
	for i := 0; i < N; i++ {
		g0 := i / gs * gs
		for jj := 0; jj < gs; jj++ {
			j := g0 + jj
			for k := 0; k < op.k; k++ {
				var e float32
				if j != i {
					var l1 float32
					a, b := m[i*KC+k*op.c:i*KC+(k+1)*op.c], m[j*KC+k*op.c:j*KC+(k+1)*op.c]
					for c := range a {
						d := a[c] - b[c]
						if d < 0 {
							d = -d
						}
						l1 += d
					}
					e = f32.Exp32(-l1)
				}
				op.e[(i*gs+jj)*op.k+k] = e
				o[i*op.k+k] += e
			}
		}
	}
	return out, nil
}
func (op *mbdOp) DiffWRT(int) []bool { return []bool{true} }
func (op *mbdOp) SymDiff(in G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	d, err := G.ApplyOp(newMBDGradOp(op), in[0], output, grad)
	return G.Nodes{d}, err
}

type mbdGradOp struct {
	nn.OpBase
	nn.SameShape
	nn.GradOnly
	src *mbdOp
	out *tensor.Dense
}

func newMBDGradOp(src *mbdOp) *mbdGradOp {
	sig := []hm.Type{nn.MatType, nn.MatType, nn.MatType, nn.MatType}
	return &mbdGradOp{OpBase: nn.NewOpBase("mbdGrad", sig...), src: src}
}

// Do: dM_ikc = -sum_j (g_ik + g_jk) e_ijk sign(M_ikc - M_jkc) (o_i and o_j
// both contain e_ijk).
func (op *mbdGradOp) Do(vs ...G.Value) (G.Value, error) {
	m, err := nn.F32(vs[0])
	if err != nil {
		return nil, err
	}
	g, err := nn.F32(vs[2])
	if err != nil {
		return nil, err
	}
	s := vs[0].Shape()
	out := nn.Buffer(&op.out, s...)
	d := out.Data().([]float32)
	clear(d)
	p := op.src
	K, C, gs := p.k, p.c, p.group
	KC := K * C
	for i := 0; i < s[0]; i++ {
		g0 := i / gs * gs
		for jj := 0; jj < gs; jj++ {
			j := g0 + jj
			if j == i {
				continue
			}
			for k := 0; k < K; k++ {
				w := (g[i*K+k] + g[j*K+k]) * p.e[(i*gs+jj)*K+k]
				for c := 0; c < C; c++ {
					diff := m[i*KC+k*C+c] - m[j*KC+k*C+c]
					if diff > 0 {
						d[i*KC+k*C+c] -= w
					} else if diff < 0 {
						d[i*KC+k*C+c] += w
					}
				}
			}
		}
	}
	return out, nil
}

// ---------------------------------------------------------------------------
// stackOp: rows of a on top of rows of b (b a constant input: no gradient).
// addConstOp: a + c for a constant input c (instance noise); gradient to a.

type stackOp struct {
	nn.OpBase
	add bool
	out *tensor.Dense
}

// newStackOp returns the addConst op (add) or the stackRows op.
func newStackOp(add bool) *stackOp {
	name := "stackRows"
	if add {
		name = "addConst"
	}
	return &stackOp{OpBase: nn.NewOpBase(name, nn.MatType, nn.MatType, nn.MatType), add: add}
}

func (op *stackOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	a, b := in[0].(tensor.Shape), in[1].(tensor.Shape)
	if a[1] != b[1] || (op.add && a[0] != b[0]) {
		return nil, fmt.Errorf("%s: shapes %v and %v", op, a, b)
	}
	if op.add {
		return a.Clone(), nil
	}
	return tensor.Shape{a[0] + b[0], a[1]}, nil
}
func (op *stackOp) Do(vs ...G.Value) (G.Value, error) {
	a, b, err := nn.F32Pair(vs)
	if err != nil {
		return nil, err
	}
	s, _ := op.InferShape(vs[0].Shape(), vs[1].Shape())
	out := nn.Buffer(&op.out, s...)
	d := out.Data().([]float32)
	if op.add {
		for i, x := range a {
			d[i] = x + b[i]
		}
	} else {
		copy(d, a)
		copy(d[len(a):], b)
	}
	return out, nil
}
func (op *stackOp) DiffWRT(int) []bool { return []bool{true, false} }
func (op *stackOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	if op.add {
		return G.Nodes{grad, nil}, nil
	}
	s := in[0].Shape()
	d, err := G.ApplyOp(newHeadRowsOp(s[0], s[1]), grad)
	return G.Nodes{d, nil}, err
}

// headRowsOp: the first rows of a matrix.
type headRowsOp struct {
	nn.OpBase
	nn.GradOnly
	rows, cols int
	out        *tensor.Dense
}

func newHeadRowsOp(rows, cols int) *headRowsOp {
	return &headRowsOp{OpBase: nn.NewOpBase("headRows", nn.MatType, nn.MatType), rows: rows, cols: cols}
}

func (op *headRowsOp) InferShape(...G.DimSizer) (tensor.Shape, error) {
	return tensor.Shape{op.rows, op.cols}, nil
}
func (op *headRowsOp) Do(vs ...G.Value) (G.Value, error) {
	x, err := nn.F32(vs[0])
	if err != nil {
		return nil, err
	}
	out := nn.Buffer(&op.out, op.rows, op.cols)
	copy(out.Data().([]float32), x[:op.rows*op.cols])
	return out, nil
}

// featureMatch returns the feature matching loss (Salimans et al. 2016) on
// a [2B, A] feature matrix whose first B rows are generated and last B rows
// real: ||mean_fake f - mean_real f||^2; the real half is a constant target
// (zero gradient).
func featureMatch(f, df []float32, B, A int) float64 {
	clear(df)
	diff := make([]float64, A)
	for i := 0; i < B; i++ {
		for a := 0; a < A; a++ {
			diff[a] += float64(f[i*A+a]) - float64(f[(B+i)*A+a])
		}
	}
	var l float64
	for a := range diff {
		diff[a] /= float64(B)
		l += diff[a] * diff[a]
	}
	for i := 0; i < B; i++ {
		for a := 0; a < A; a++ {
			df[i*A+a] = float32(2 * diff[a] / float64(B))
		}
	}
	return l
}

// leakyOp: y = x for x > 0, slope*x otherwise (DCGAN's discriminator, 0.2).
type leakyOp struct {
	nn.OpBase
	nn.SameShape
	slope float32
	out   *tensor.Dense
}

func newLeakyOp(slope float32) *leakyOp {
	return &leakyOp{OpBase: nn.NewOpBase("leakyReLU", nn.MatType, nn.MatType), slope: slope}
}

func (op *leakyOp) Do(vs ...G.Value) (G.Value, error) {
	x, err := nn.F32(vs[0])
	if err != nil {
		return nil, err
	}
	out := nn.Buffer(&op.out, vs[0].Shape()...)
	y := out.Data().([]float32)
	f32.ParFor(len(x), f32.MinChunk, func(_, lo, hi int) {
		f32.LeakyRows(y[lo:hi], x[lo:hi], x[lo:hi], op.slope)
	})
	return out, nil
}
func (op *leakyOp) DiffWRT(int) []bool { return []bool{true} }
func (op *leakyOp) SymDiff(in G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	d, err := G.ApplyOp(newLeakyGradOp(op.slope), in[0], grad)
	return G.Nodes{d}, err
}

type leakyGradOp struct {
	nn.OpBase
	nn.SameShape
	nn.GradOnly
	slope float32
	out   *tensor.Dense
}

func newLeakyGradOp(slope float32) *leakyGradOp {
	return &leakyGradOp{OpBase: nn.NewOpBase("leakyReLUGrad", nn.MatType, nn.MatType, nn.MatType), slope: slope}
}

func (op *leakyGradOp) Do(vs ...G.Value) (G.Value, error) {
	x, g, err := nn.F32Pair(vs)
	if err != nil {
		return nil, err
	}
	out := nn.Buffer(&op.out, vs[0].Shape()...)
	d := out.Data().([]float32)
	f32.ParFor(len(x), f32.MinChunk, func(_, lo, hi int) {
		f32.LeakyRows(d[lo:hi], x[lo:hi], g[lo:hi], op.slope)
	})
	return out, nil
}
