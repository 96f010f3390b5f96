// Package nn is what every model in ganpipe is built from: the float32 graph
// network on gorgonia, its layers and custom ops, the losses they share, the
// optimizers, the training loop and the in-stage checkpoint encoding. The
// models themselves live beside it (models/ae, models/gmmn, models/gan,
// models/classifier); the float32 kernels and their assembly are
// internal/f32.
//
// # Where things live
//
//	nn.go          Activation, Init, Observer, Params, Layer: the shared vocabulary
//	loop.go        Loop, the one training loop every model runs (a model's
//	               Step; ctx cancellation, NaN guard, best iterate, observer,
//	               checkpoint/resume)
//	net.go         GraphNet (the MLP graph, its tape machine and buffers),
//	               GraphNet.Train (an SGD step on Loop), Forward, the
//	               minibatch Sampler, dropout masks
//	best.go        best-iterate keeping (the autoencoder's model selection)
//	ops.go         OpBase (name, signature, hash: what every custom op
//	               shares, embedded once) with GradOnly, SameShape and
//	               ScalarShape; the elementwise ops: ApplyBiasAct,
//	               ApplyMask, ApplyBCE, ApplyLoss (a scalar loss given as a
//	               Go function)
//	matmul.go      the matrix-product op (OpenBLAS, gradient pairs run together)
//	convops.go     convolution as im2col (ApplyIm2Col, ApplyCol2Im), reshape,
//	               ApplyMaxPool2, ApplyMaxout, ApplySoftmaxCE
//	conv.go        the narrow convolution (GraphNet.Conv, ConvForward and its
//	               gradients on f32.MatMulNarrow: images read in place)
//	optim.go       Optimizer, the one optimizer every model uses: SGD with a
//	               pyopt Schedule or with decay and a momentum ramp, Adam,
//	               RMSProp, weight decay, clipping; OptState.Step
//	sgd.go         the scheduled SGD's update and its float32 block norm
//	adam.go        the Adam and RMSProp updates
//	checkpoint.go  TrainHook, LoopState and the loop-state encoding a stage
//	               saves and resumes
//	arch.go        the comma-joined number lists of Arch maps
//
// Every op is float32-only, keeps its output buffer between runs and belongs
// to exactly one graph; OpBase holds what the ops share, and each op's
// constructor declares its name and signature with NewOpBase. Each model is driven
// by the *rand.Rand passed in (initialisation, minibatches, dropout masks,
// noise), so the same seed gives byte-identical parameters on the same machine
// and BLAS thread count. Training builds one graph and one tape machine per
// call and reuses them every iteration; the hot elementwise work runs in
// custom ops because gorgonia's own elementwise ops are single-threaded
// float64 and dominate a step once GEMM runs on OpenBLAS (call blas.Use() at
// start-up for that). Matrix products are custom ops too: every op owns its
// output buffer, so a training step allocates only gorgonia's bookkeeping
// (~20-45 KB), not tensors.
package nn

import (
	"errors"
	"fmt"
	"math"
	"math/rand"

	"github.com/ganpipe/ganpipe/internal/f32"
)

// Activation names a unit nonlinearity.
type Activation string

// The supported activations.
const (
	ReLU    Activation = "relu"
	Sigmoid Activation = "sigmoid"
	Tanh    Activation = "tanh"
	Linear  Activation = "linear"
)

// Valid reports whether a names a supported activation.
func (a Activation) Valid() error {
	switch a {
	case ReLU, Sigmoid, Tanh, Linear:
		return nil
	}
	return fmt.Errorf("models: unknown activation %q (want relu, sigmoid, tanh or linear)", string(a))
}

// Kernel returns the internal/f32 kernels' code for a (unknown names act as the
// identity, as the kernels' default case always did).
func (a Activation) Kernel() f32.Act {
	switch a {
	case Sigmoid:
		return f32.ActSigmoid
	case ReLU:
		return f32.ActReLU
	case Tanh:
		return f32.ActTanh
	}
	return f32.ActLinear
}

// ErrDiverged is returned (wrapped, with the iteration) when a training loss
// becomes NaN or infinite.
var ErrDiverged = errors.New("models: training diverged (loss is NaN or Inf)")

// Observer receives per-iteration training terms. iter is 1-based. It is called
// every iteration, so it must be cheap; the terms map is reused between calls and
// must not be retained.
type Observer func(iter, total int, terms map[string]float64)

// Params is a serialisable snapshot of a model's parameters, in a fixed order.
type Params struct {
	Names  []string
	Shapes [][]int
	Data   [][]float32
}

// clone deep-copies p.
func (p Params) clone() Params {
	q := Params{Names: append([]string(nil), p.Names...)}
	for i := range p.Data {
		q.Shapes = append(q.Shapes, append([]int(nil), p.Shapes[i]...))
		q.Data = append(q.Data, append([]float32(nil), p.Data[i]...))
	}
	return q
}

// Layer is one dense layer y = act(x W + b), W stored row-major [in, out].
type Layer struct {
	In, Out int
	Act     Activation
	W, B    []float32
}

// Init names how a dense layer's weights are drawn; biases start at zero
// either way.
type Init string

const (
	// InitGlorot draws W uniformly in +-sqrt(6/(in+out)) (Glorot) for
	// saturating units and +-sqrt(6/in) (He) for ReLU: the standard choices
	// for the units. "" means InitGlorot.
	InitGlorot Init = "glorot"
	// InitPynn draws W ~ N(0, 1/in): what pynn, the library behind the GMMN
	// authors' code, does for every layer their train.py builds
	// (pynn/layer.py: gnp.randn(in, out) * sqrt(init_scale / in_dim), with
	// NeuralNet.add_layer's default init_scale = 1), the autoencoder and the
	// GMMN generators alike. The paper does not state its init; the code does.
	InitPynn Init = "pynn"
)

// Valid reports whether i names a supported initialisation ("" included).
func (i Init) Valid() error {
	switch i {
	case "", InitGlorot, InitPynn:
		return nil
	}
	return fmt.Errorf("models: weight init %q (want %q or %q)", string(i), InitGlorot, InitPynn)
}

// InitLayer redraws l's weights from rng by scheme init and zeroes its biases.
func InitLayer(l *Layer, init Init, rng *rand.Rand) {
	if init != InitPynn {
		*l = *NewLayer(l.In, l.Out, l.Act, rng)
		return
	}
	std := math.Sqrt(1 / float64(l.In))
	for i := range l.W {
		l.W[i] = float32(rng.NormFloat64() * std)
	}
	clear(l.B)
}

// NewLayer initialises W uniformly in +-sqrt(6/(in+out)) (Glorot) for saturating
// units and +-sqrt(6/in) (He) for ReLU, biases zero (InitGlorot).
func NewLayer(in, out int, act Activation, rng *rand.Rand) *Layer {
	l := &Layer{In: in, Out: out, Act: act, W: make([]float32, in*out), B: make([]float32, out)}
	r := math.Sqrt(6 / float64(in+out))
	if act == ReLU {
		r = math.Sqrt(6 / float64(in))
	}
	for i := range l.W {
		l.W[i] = float32((2*rng.Float64() - 1) * r)
	}
	return l
}

// CheckData validates a row-major n x d data matrix.
func CheckData(x []float32, n, d int) error {
	if n <= 0 {
		return fmt.Errorf("models: need at least one example, got n=%d", n)
	}
	if len(x) != n*d {
		return fmt.Errorf("models: data has %d values, want n*d = %d*%d = %d", len(x), n, d, n*d)
	}
	return nil
}

// FillNoise draws U[-1,1] noise.
func FillNoise(z []float32, rng *rand.Rand) {
	for i := range z {
		z[i] = float32(2*rng.Float64() - 1)
	}
}
