package nn_test

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// TestApplyAct: the elementwise activation op against float64 math (tolerance
// 1e-6 absolute: the f32 kernels' tanh is 2/(1+exp(-2x)) - 1 in float32, off
// by a few float32 ulps of 1) and its gradient against central differences
// of the graph's loss (step 1e-3, relative L2 error below 1e-2, the bound of
// the models' other gradient checks). The loss is sum(act(x) .* r) for a
// fixed r, so every element's derivative counts.
func TestApplyAct(t *testing.T) {
	ref := map[nn.Activation]func(float64) float64{
		nn.Tanh:    math.Tanh,
		nn.Sigmoid: func(v float64) float64 { return 1 / (1 + math.Exp(-v)) },
	}
	for act, f := range ref {
		rng := rand.New(rand.NewSource(3))
		g := nn.NewGraphNet()
		x := nntest.RandVec(rng, 6*5)
		xn := g.Param("x", x, 6, 5)
		y, err := nn.ApplyAct(act, xn)
		if err != nil {
			t.Fatal(err)
		}
		r := nntest.RandVec(rng, 30)
		var got []float32
		cost, err := nn.ApplyLoss("dot", func(v, dv []float32) float64 {
			got = append(got[:0], v...)
			var s float64
			for i, a := range v {
				s += float64(a) * float64(r[i])
			}
			copy(dv, r)
			return s
		}, y)
		if err != nil {
			t.Fatal(err)
		}
		if err := g.Compile(cost); err != nil {
			t.Fatal(err)
		}
		if e := nntest.GradCheck(t, g, 1e-3); e > 1e-2 {
			t.Errorf("%s: gradient relative L2 error %.3g > 1e-2", act, e)
		}
		if _, err := g.ForwardBackward(); err != nil { // GradCheck's last pass had a parameter moved
			t.Fatal(err)
		}
		for i, v := range got {
			if want := f(float64(x[i])); math.Abs(float64(v)-want) > 1e-6 {
				t.Errorf("%s(%g) = %g, want %g", act, x[i], v, want)
			}
		}
	}
}
