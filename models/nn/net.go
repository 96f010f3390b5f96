package nn

import (
	"context"
	"fmt"
	"math"
	"math/rand"

	"github.com/ganpipe/ganpipe/internal/f32"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// GraphNet is one training graph: a scalar cost over parameter nodes bound to the
// model's own []float32 slices (updated in place, so the graph always sees the
// current weights) and input nodes bound to buffers refilled every step. The graph
// and its tape machine are built once and reused for every iteration.
type GraphNet struct {
	Graph   *G.ExprGraph
	Machine G.VM // the tape machine Compile builds
	cost    *G.Node
	Params  []*G.Node
	grads   G.Nodes
	// ParamData and GradData are the parameters' values and gradients, in
	// Params' order (ParamData the model's own slices).
	ParamData [][]float32
	GradData  [][]float32
	grad      map[*G.Node]bool // needsGrad's memo
	// Best, if set, keeps the best iterate every BestEvery steps of Train
	// (the AE's pynn mode); it is part of a checkpoint.
	Best      *BestIterate
	BestEvery int
	// Samplers draw the loop's minibatches; their positions are part of a
	// checkpoint (see TrainHook).
	Samplers []*Sampler
}

func NewGraphNet() *GraphNet {
	return &GraphNet{Graph: G.NewGraph(), grad: map[*G.Node]bool{}}
}

// Input adds a rows x cols float32 input node bound to a fresh buffer.
func (t *GraphNet) Input(name string, rows, cols int) (*G.Node, []float32) {
	buf := make([]float32, rows*cols)
	v := tensor.New(tensor.WithShape(rows, cols), tensor.WithBacking(buf))
	return G.NewMatrix(t.Graph, tensor.Float32, G.WithShape(rows, cols), G.WithName(name), G.WithValue(v)), buf
}

// Param adds a trainable node sharing data's memory.
func (t *GraphNet) Param(name string, data []float32, shape ...int) *G.Node {
	v := tensor.New(tensor.WithShape(shape...), tensor.WithBacking(data))
	var n *G.Node
	if len(shape) == 1 {
		n = G.NewVector(t.Graph, tensor.Float32, G.WithShape(shape...), G.WithName(name), G.WithValue(v))
	} else {
		n = G.NewMatrix(t.Graph, tensor.Float32, G.WithShape(shape...), G.WithName(name), G.WithValue(v))
	}
	t.Params = append(t.Params, n)
	t.ParamData = append(t.ParamData, data)
	return n
}

// Dense adds act(x W + b) for layer l, whose weights become trainable nodes.
// asLogits forces a linear output (the sigmoid is folded into the BCE loss).
func (t *GraphNet) Dense(x *G.Node, l *Layer, name string, asLogits bool) (*G.Node, error) {
	w := t.Param(name+".W", l.W, l.In, l.Out)
	b := t.Param(name+".b", l.B, l.Out)
	xw, err := t.Matmul(x, w)
	if err != nil {
		return nil, fmt.Errorf("models: %s: %w", name, err)
	}
	act := l.Act
	if asLogits {
		act = Linear
	}
	return ApplyBiasAct(act, xw, b)
}

// Compile differentiates the cost and builds the tape machine.
func (t *GraphNet) Compile(cost *G.Node) error {
	t.cost = cost
	grads, err := G.Grad(cost, t.Params...)
	if err != nil {
		return fmt.Errorf("models: differentiating the loss: %w", err)
	}
	t.grads = grads
	t.GradData = make([][]float32, len(t.ParamData))
	t.Machine = G.NewTapeMachine(t.Graph)
	return nil
}

// ForwardBackward runs the graph once and returns the loss; gradients are left
// in t.gdata.
func (t *GraphNet) ForwardBackward() (float64, error) {
	defer t.Machine.Reset()
	if err := t.Machine.RunAll(); err != nil {
		return 0, fmt.Errorf("models: running the training graph: %w", err)
	}
	c, err := Scalar32(t.cost.Value())
	if err != nil {
		return 0, err
	}
	for i, gn := range t.grads {
		d, err := F32(gn.Value())
		if err != nil {
			return 0, fmt.Errorf("models: gradient of %s: %w", t.Params[i].Name(), err)
		}
		if len(d) != len(t.ParamData[i]) {
			return 0, fmt.Errorf("models: gradient of %s has %d values, want %d", t.Params[i].Name(), len(d), len(t.ParamData[i]))
		}
		t.GradData[i] = d
	}
	return float64(c), nil
}

// Train runs iters optimizer steps on the shared Loop; fill prepares the
// inputs of each step and extra, if set, adds the model's own observer terms
// to loss, grad_norm, lr and momentum. t.Best, if set, is kept every
// t.BestEvery steps (and saved in checkpoints).
func (t *GraphNet) Train(ctx context.Context, opt Optimizer, iters int, fill func(it int), extra func(terms map[string]float64), obs Observer) error {
	defer t.Machine.Close()
	if err := opt.Validate(); err != nil {
		return err
	}
	st := NewOptState(opt, t.ParamData)
	var loss, gn float64
	l := Loop{
		Iters: iters,
		Step: func(it int) error {
			fill(it)
			var err error
			if loss, err = t.ForwardBackward(); err != nil {
				return err
			}
			if err := Finite("loss", loss); err != nil {
				return err
			}
			gn = st.Step(t.ParamData, t.GradData)
			return Finite("gradient norm", gn)
		},
		Terms: func(it int, terms map[string]float64) {
			lr, mom := st.LearningRateMomentum(it)
			terms["loss"], terms["grad_norm"], terms["lr"], terms["momentum"] = loss, gn, lr, mom
			if extra != nil {
				extra(terms)
			}
		},
		Observer:  obs,
		Best:      t.Best,
		BestEvery: t.BestEvery,
	}
	if opt.Hook != nil {
		l.Hook, l.State = opt.Hook, graphNetState{t, st}
	}
	return l.Run(ctx)
}

// Sampler draws minibatch row indices as successive slices of seeded random
// permutations (epochs), as the authors' MiniBatchGenerator does.
type Sampler struct {
	idx []int
	pos int
	rng *rand.Rand
}

func NewSampler(n int, rng *rand.Rand) *Sampler {
	s := &Sampler{idx: make([]int, n), rng: rng}
	for i := range s.idx {
		s.idx[i] = i
	}
	s.shuffle()
	return s
}

func (s *Sampler) shuffle() {
	s.rng.Shuffle(len(s.idx), func(i, j int) { s.idx[i], s.idx[j] = s.idx[j], s.idx[i] })
	s.pos = 0
}

// Fill copies the next len(dst)/d rows of x into dst.
func (s *Sampler) Fill(dst, x []float32, d int) {
	for r := 0; r < len(dst)/d; r++ {
		if s.pos == len(s.idx) {
			s.shuffle()
		}
		i := s.idx[s.pos]
		s.pos++
		copy(dst[r*d:(r+1)*d], x[i*d:(i+1)*d])
	}
}

// FillMask writes an inverted-dropout mask: 0 with probability p, else 1/(1-p).
func FillMask(m []float32, p float64, rng *rand.Rand) {
	FillMaskKeep(m, p, float32(1/(1-p)), rng)
}

// FillMaskKeep writes a dropout mask: 0 with probability p, else keep.
// Four 16-bit uniforms are drawn from each rng.Uint64 (p resolution 2^-16).
// The drop/keep choice selects bits (a CMOV) rather than branching: with p
// 0.2-0.5 the branch mispredicted often enough to make this serial loop a few
// percent of an AE step.
func FillMaskKeep(m []float32, p float64, keepValue float32, rng *rand.Rand) {
	thr := uint64(p * 65536)
	keep := math.Float32bits(keepValue)
	pick := func(u uint64) float32 {
		r := keep
		if u&0xffff < thr {
			r = 0
		}
		return math.Float32frombits(r)
	}
	full := len(m) &^ 3
	for i := 0; i < full; i += 4 {
		u := rng.Uint64()
		q := m[i : i+4 : i+4]
		q[0], q[1], q[2], q[3] = pick(u), pick(u>>16), pick(u>>32), pick(u>>48)
	}
	if full < len(m) {
		u := rng.Uint64()
		for j := full; j < len(m); j++ {
			m[j] = pick(u)
			u >>= 16
		}
	}
}

// Forward runs layers on n rows of x (row-major) outside any graph, in chunks, and
// returns the output; when logits is true the last layer's activation is skipped.
func Forward(layers []*Layer, x []float32, n int, logits bool) []float32 {
	var f Forwarder
	return f.Run(layers, x, n, logits)
}

// Forwarder is forward with buffers kept between calls (the GAN draws a fake
// batch through G before every discriminator update).
type Forwarder struct {
	out, bufA, bufB []float32
}

// Run is forward; the returned slice is reused by the next call.
func (f *Forwarder) Run(layers []*Layer, x []float32, n int, logits bool) []float32 {
	const chunk = 1000
	outDim := layers[len(layers)-1].Out
	maxW := 0
	for _, l := range layers {
		maxW = max(maxW, l.Out)
	}
	f.out = Grow32(f.out, n*outDim)
	f.bufA = Grow32(f.bufA, min(n, chunk)*maxW)
	f.bufB = Grow32(f.bufB, min(n, chunk)*maxW)
	out, bufA, bufB := f.out, f.bufA, f.bufB
	for r0 := 0; r0 < n; r0 += chunk {
		r1 := min(r0+chunk, n)
		rows := r1 - r0
		cur := x[r0*layers[0].In : r1*layers[0].In]
		for li, l := range layers {
			dst := bufA[:rows*l.Out]
			if li == len(layers)-1 {
				dst = out[r0*outDim : r1*outDim]
			}
			blas32.Gemm(blas.NoTrans, blas.NoTrans, 1,
				blas32.General{Rows: rows, Cols: l.In, Stride: l.In, Data: cur},
				blas32.General{Rows: l.In, Cols: l.Out, Stride: l.Out, Data: l.W},
				0, blas32.General{Rows: rows, Cols: l.Out, Stride: l.Out, Data: dst})
			act := l.Act
			if logits && li == len(layers)-1 {
				act = Linear
			}
			f32.ApplyAct(act.Kernel(), dst, dst, l.B, l.Out)
			cur = dst
			bufA, bufB = bufB, bufA
		}
	}
	return out
}

// LayersParams lists layers' parameters under the given names.
func LayersParams(layers []*Layer, names []string) Params {
	var p Params
	for i, l := range layers {
		p.Names = append(p.Names, names[i]+".W", names[i]+".b")
		p.Shapes = append(p.Shapes, []int{l.In, l.Out}, []int{l.Out})
		p.Data = append(p.Data, append([]float32(nil), l.W...), append([]float32(nil), l.B...))
	}
	return p
}

// LoadParams copies p into layers, checking names and shapes.
func LoadParams(layers []*Layer, names []string, p Params) error {
	if len(p.Names) != 2*len(layers) || len(p.Shapes) != len(p.Names) || len(p.Data) != len(p.Names) {
		return fmt.Errorf("models: params have %d/%d/%d names/shapes/data, want %d", len(p.Names), len(p.Shapes), len(p.Data), 2*len(layers))
	}
	for i, l := range layers {
		for k, want := range []struct {
			name  string
			shape []int
			dst   []float32
		}{{names[i] + ".W", []int{l.In, l.Out}, l.W}, {names[i] + ".b", []int{l.Out}, l.B}} {
			j := 2*i + k
			if p.Names[j] != want.name {
				return fmt.Errorf("models: param %d is %q, want %q", j, p.Names[j], want.name)
			}
			if fmt.Sprint(p.Shapes[j]) != fmt.Sprint(want.shape) || len(p.Data[j]) != len(want.dst) {
				return fmt.Errorf("models: param %s has shape %v (%d values), want %v", want.name, p.Shapes[j], len(p.Data[j]), want.shape)
			}
			copy(want.dst, p.Data[j])
		}
	}
	return nil
}

// Next returns the next row index of the sampler's seeded epochs.
func (s *Sampler) Next() int {
	if s.pos == len(s.idx) {
		s.shuffle()
	}
	s.pos++
	return s.idx[s.pos-1]
}

// DropoutMask draws n inverted-dropout values, 0 with probability p and
// 1/(1-p) otherwise, as training does; nil when p is 0.
func DropoutMask(n int, p float64, rng *rand.Rand) []float32 {
	if p <= 0 {
		return nil
	}
	m := make([]float32, n)
	FillMask(m, p, rng)
	return m
}
