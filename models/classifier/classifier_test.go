package classifier

import (
	"context"
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// TestIm2colConv: Im2Col + GEMM equals a brute-force float64 convolution, and
// Col2Im is Im2Col's adjoint (<Im2Col x, y> = <x, Col2Im y>). Tolerance 1e-4
// relative: float32 sums of at most 75 products (by hand: ~1e-6 each).
func TestIm2colConv(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, g := range []nn.ConvGeom{
		{H: 6, W: 6, C: 2, K: 5, S: 1, P: 2},
		{H: 8, W: 8, C: 3, K: 4, S: 2, P: 1},
		{H: 7, W: 5, C: 1, K: 3, S: 1, P: 0},
	} {
		B, F := 2, 3
		x := nntest.RandVec(rng, B*g.ImgSize())
		w := nntest.RandVec(rng, g.ColCols()*F)
		cols := make([]float32, B*g.ColRows()*g.ColCols())
		nn.Im2Col(g, x, cols, B)
		y := make([]float32, B*g.ColRows()*F)
		nn.Gemm(cols, w, y, B*g.ColRows(), g.ColCols(), F)
		want, _ := nntest.RefConv(g, nntest.To64(x), nntest.To64(w), nil, B, F)
		for i, v := range y {
			if !numtest.Close(t, float64(v), want[i], 1e-4*(1+math.Abs(want[i])), "float32 sums of at most 75 products") {
				t.Fatalf("%+v: conv value %d", g, i)
			}
		}
		cy := nntest.RandVec(rng, len(cols))
		back := make([]float32, len(x))
		nn.Col2Im(g, cy, back, B)
		var lhs, rhs float64
		for i := range cols {
			lhs += float64(cols[i]) * float64(cy[i])
		}
		for i := range x {
			rhs += float64(x[i]) * float64(back[i])
		}
		if !numtest.Close(t, rhs, lhs, 1e-4*(1+math.Abs(lhs)), "adjoint: <x, col2im y> vs <im2col x, y>") {
			t.FailNow()
		}
	}
}

// TestClassifierGradient: finite differences through the convolutions, ReLU,
// max pooling, reshape, dense and softmax CE (the GraphNet GradCheck of
// graph_test.go, h = 1e-3 so few differences cross a ReLU/max kink; relative
// L2 tolerance 1e-2, a wrong index or factor gives ~1). Channels 2 and 3 take
// the Im2Col + GEMM path; 8 and 8 the narrow convolution (nn.ConvFits), the
// second layer with its input gradient (K*K*C = 200).
func TestClassifierGradient(t *testing.T) {
	for _, ch := range [][]int{{2, 3}, {8, 8}} {
		rng := rand.New(rand.NewSource(2))
		m, err := NewClassifier(ClassifierConfig{Side: 8, Channels: ch, Hidden: 5, Classes: 3}, rng)
		if err != nil {
			t.Fatal(err)
		}
		g, xbuf, ybuf, _, err := m.build(2)
		if err != nil {
			t.Fatal(err)
		}
		copy(xbuf, nntest.RandVec(rng, len(xbuf)))
		ybuf[1], ybuf[3+2] = 1, 1
		e := nntest.GradCheck(t, g, 1e-3)
		g.Machine.Close()
		if e > 1e-2 {
			t.Fatalf("channels %v: relative gradient error %.3g > 1e-2", ch, e)
		}
	}
}

// TestClassifierLearns: on 4 synthetic 8x8 classes (a bright quadrant each,
// plus noise) the net reaches >= 95% held-out accuracy in 200 Adam steps;
// chance is 25%. Also checks the round trip through Params/Arch.
func TestClassifierLearns(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	mk := func(n int) ([]float32, []int32) {
		x := make([]float32, n*64)
		y := make([]int32, n)
		for i := 0; i < n; i++ {
			c := rng.Intn(4)
			y[i] = int32(c)
			for p := 0; p < 64; p++ {
				r, q := p/8, p%8
				v := 0.1 + 0.3*rng.Float64()
				if (r/4)*2+q/4 == c {
					v += 0.4
				}
				x[i*64+p] = float32(v)
			}
		}
		return x, y
	}
	xtr, ytr := mk(400)
	xte, yte := mk(200)
	m, err := NewClassifier(ClassifierConfig{Side: 8, Channels: []int{4}, Hidden: 16, Classes: 4, Dropout: 0.2}, rng)
	if err != nil {
		t.Fatal(err)
	}
	opt := nn.Optimizer{Kind: nn.OptAdam, LR: 3e-3}
	if err := m.Train(context.Background(), xtr, ytr, 400, opt, 20, 200, rng, nil); err != nil {
		t.Fatal(err)
	}
	acc := m.Accuracy(xte, yte, 200)
	t.Logf("held-out accuracy %.3f", acc)
	if acc < 0.95 {
		t.Fatalf("accuracy %.3f < 0.95", acc)
	}
	m2, err := ClassifierFrom(m.Arch(), m.Params())
	if err != nil {
		t.Fatal(err)
	}
	if a2 := m2.Accuracy(xte, yte, 200); a2 != acc {
		t.Fatalf("reloaded accuracy %v != %v", a2, acc)
	}
}

// TestOptimizers: each rule against a hand computation of its first two
// updates on w = 1 with gradients g1 = 0.5, g2 = -1 (float32, tolerance 1e-5:
// the hand values are rounded to 6 decimals).
func TestOptimizers(t *testing.T) {
	cases := []struct {
		name string
		o    nn.Optimizer
		want [2]float64
	}{
		// v1 = -0.1*0.5 = -0.05 -> 0.95; lr2 = 0.1/2 = 0.05, m2 = 0.5+0.2*1/1 (ramp 1) = 0.7:
		// v2 = 0.7*-0.05 - 0.05*-1 = 0.015 -> 0.965.
		{"sgd decay+ramp", nn.Optimizer{Kind: nn.OptSGD, LR: 0.1, Decay: 2, Momentum: 0.5, MomentumEnd: 0.7, MomentumRamp: 1}, [2]float64{0.95, 0.965}},
		// Adam's first step is lr*sign(g) (bias-corrected m/sqrt(v) = +-1): 0.99;
		// m2 = 0.9*0.05+0.1*-1 = -0.055, v2 = 0.999*0.00025+0.001 = 0.00124975,
		// mhat = -0.055/0.19 = -0.289474, vhat = 0.00124975/0.001999 = 0.625188,
		// step = -0.01*-0.289474/0.790688 = +0.003661 -> 0.993661.
		{"adam", nn.Optimizer{Kind: nn.OptAdam, LR: 0.01}, [2]float64{0.99, 0.993661}},
		// s1 = 0.01*0.25 = 0.0025, step 0.01*0.5/0.05 = 0.1 -> 0.9;
		// s2 = 0.99*0.0025+0.01 = 0.012475, step 0.01*-1/0.111692 = -0.089532 -> 0.989532.
		{"rmsprop", nn.Optimizer{Kind: nn.OptRMSProp, LR: 0.01}, [2]float64{0.9, 0.989532}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := c.o
			if err := o.Validate(); err != nil {
				t.Fatal(err)
			}
			w := [][]float32{{1}}
			st := nn.NewOptState(o, w)
			for i, g := range []float32{0.5, -1} {
				st.Step(w, [][]float32{{g}})
				if !numtest.Close(t, float64(w[0][0]), c.want[i], 1e-5, "hand values to 6 decimals, float32 w") {
					t.Fatalf("after step %d", i+1)
				}
			}
		})
	}
}
