package gan

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

func TestGANLossesFixedInputs(t *testing.T) {
	rng := rand.New(rand.NewSource(23))
	sgd := nn.Optimizer{Kind: nn.OptSGD, LR: 0.1}
	m, err := NewGAN(GANConfig{NoiseDim: 4, Noise: "uniform", Out: 10, GHidden: []int{7}, GOutAct: nn.Sigmoid,
		DHidden: []int{5, 3}, DPieces: 3, DDropIn: 0.2, DDrop: 0.5, Loss: LossNonSaturating,
		Batch: 6, Iters: 1, DOpt: sgd, GOpt: sgd}, rng)
	if err != nil {
		t.Fatal(err)
	}
	const B = 6
	real := nntest.RandUniform(rng, B*10, 0, 1)
	zD, zG := nntest.RandUniform(rng, B*4, -1, 1), nntest.RandUniform(rng, B*4, -1, 1)
	dMasks, gMasks := m.DropoutMasks(2*B, rng), m.DropoutMasks(B, rng)
	gotD, gotG, err := m.Losses(real, zD, zG, B, dMasks, gMasks)
	if err != nil {
		t.Fatal(err)
	}
	gen := func(z []float32) []float64 {
		h := nntest.To64(z)
		for i, l := range m.g {
			act := "relu"
			if i == len(m.g)-1 {
				act = "sigmoid"
			}
			h = nntest.RefDense(h, B, l.W, l.B, l.In, l.Out, act)
		}
		return h
	}
	// D: input mask, then per maxout layer (units x pieces, pieces of unit u
	// in columns u*P..u*P+P-1) its max and its mask; a linear output unit.
	critic := func(x []float64, rows int, masks [][]float32) []float64 {
		h := nntest.MulMask(x, masks[0])
		for i, l := range m.d {
			pre := nntest.RefDense(h, rows, l.W, l.B, l.In, l.Out, "linear")
			units := l.Out / 3
			h = make([]float64, rows*units)
			for r := 0; r < rows; r++ {
				for u := 0; u < units; u++ {
					best := math.Inf(-1)
					for p := 0; p < 3; p++ {
						best = math.Max(best, pre[r*l.Out+u*3+p])
					}
					h[r*units+u] = best
				}
			}
			h = nntest.MulMask(h, masks[i+1])
		}
		return nntest.RefDense(h, rows, m.dOut.W, m.dOut.B, m.dOut.In, 1, "linear")
	}
	x := append(nntest.To64(real), gen(zD)...)
	v := critic(x, 2*B, dMasks)
	var wantD, wantG float64
	for i := 0; i < B; i++ {
		wantD += nntest.Softplus64(-v[i]) / B  // -log D(real)
		wantD += nntest.Softplus64(v[B+i]) / B // -log(1 - D(fake))
	}
	v = critic(gen(zG), B, gMasks)
	for i := 0; i < B; i++ {
		wantG += nntest.Softplus64(-v[i]) / B // non-saturating: -log D(G(z))
	}
	nntest.CheckRel(t, "GAN D loss", gotD, wantD)
	nntest.CheckRel(t, "GAN G loss", gotG, wantG)
}
