package nn_test

import (
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/internal/f32"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// TestNarrowConvBits: the narrow convolution and its gradients give, bit for
// bit (tolerance 0), the products of the whole nn.Im2Col matrix computed by
// f32.MatMulNarrowScalar, the plain-Go reference: the forward pass; the
// filter gradient as the sum of blas.Threads() parts of the batch, added in
// order; the input gradient as nn.Col2Im of dy times the filter's transpose. The
// geometries include the classifier's (28x28x1 and 14x14x16, 5x5, pad 2), a
// stride and a batch that does not split evenly, and pieces of one and of
// several images.
func TestNarrowConvBits(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, c := range []struct {
		g    nn.ConvGeom
		B, F int
	}{
		{nn.ConvGeom{H: 28, W: 28, C: 1, K: 5, S: 1, P: 2}, 5, 16},
		{nn.ConvGeom{H: 14, W: 14, C: 16, K: 5, S: 1, P: 2}, 3, 32},
		{nn.ConvGeom{H: 9, W: 7, C: 8, K: 4, S: 2, P: 1}, 7, 24},
	} {
		g, B, F := c.g, c.B, c.F
		t.Run(fmt.Sprintf("%+v/B=%d/F=%d", g, B, F), func(t *testing.T) {
			rows, cc := B*g.ColRows(), g.ColCols()
			x := nntest.RandVec(rng, B*g.ImgSize())
			w := nntest.RandVec(rng, cc*F)
			dy := nntest.RandVec(rng, rows*F)
			cols := make([]float32, rows*cc)
			nn.Im2Col(g, x, cols, B)
			var s nn.ConvScratch

			y := make([]float32, rows*F)
			nn.ConvForward(g, x, w, y, B, F, &s)
			want := make([]float32, rows*F)
			f32.MatMulNarrowScalar(want, cols, cc, 1, w, rows, F, cc)
			sameBits(t, "forward", y, want)

			dw := make([]float32, cc*F)
			nn.ConvFilterGrad(g, x, dy, dw, B, F, &s)
			parts := max(1, min(blas.Threads(), B))
			wantDW := make([]float32, cc*F)
			partDW := make([]float32, cc*F)
			for p := 0; p < parts; p++ {
				r0, r1 := p*B/parts*g.ColRows(), (p+1)*B/parts*g.ColRows()
				pc, pd := cols[r0*cc:r1*cc], dy[r0*F:r1*F]
				f32.MatMulNarrowScalar(partDW, pc, 1, cc, pd, cc, F, len(pd)/F)
				if p == 0 {
					copy(wantDW, partDW)
				} else {
					for i := range wantDW {
						wantDW[i] += partDW[i]
					}
				}
			}
			sameBits(t, "filter gradient", dw, wantDW)

			if !nn.ConvFits(g, F, true) {
				return
			}
			dx := make([]float32, len(x))
			nn.ConvInputGrad(g, w, dy, dx, B, F, &s)
			wantDX := make([]float32, len(x))
			if g.S == 1 && g.C%8 == 0 {
				// dy convolved with the flipped filter at padding K-1-P
				tg := nn.ConvGeom{H: g.OH(), W: g.OW(), C: F, K: g.K, S: 1, P: g.K - 1 - g.P}
				flip := make([]float32, cc*F)
				for ky := 0; ky < g.K; ky++ {
					for kx := 0; kx < g.K; kx++ {
						for c := 0; c < g.C; c++ {
							for f := 0; f < F; f++ {
								flip[((ky*g.K+kx)*F+f)*g.C+c] = w[(((g.K-1-ky)*g.K+g.K-1-kx)*g.C+c)*F+f]
							}
						}
					}
				}
				tcols := make([]float32, B*tg.ColRows()*tg.ColCols())
				nn.Im2Col(tg, dy, tcols, B)
				f32.MatMulNarrowScalar(wantDX, tcols, tg.ColCols(), 1, flip, B*tg.ColRows(), g.C, tg.ColCols())
			} else {
				wt := make([]float32, F*cc)
				for i := 0; i < cc; i++ {
					for f := 0; f < F; f++ {
						wt[f*cc+i] = w[i*F+f]
					}
				}
				dcols := make([]float32, rows*cc)
				f32.MatMulNarrowScalar(dcols, dy, F, 1, wt, rows, cc, F)
				nn.Col2Im(g, dcols, wantDX, B)
			}
			sameBits(t, "input gradient", dx, wantDX)
		})
	}
}

func sameBits(t *testing.T, what string, got, want []float32) {
	t.Helper()
	for i := range want {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Fatalf("%s[%d] = %v, reference %v", what, i, got[i], want[i])
		}
	}
}

// TestNarrowConvMatchesFloat64: the narrow convolution is a convolution:
// against a brute-force float64 sum over the kernel window (nntest.RefConv),
// within 1e-4 relative of the sum of
// the terms' magnitudes (float32 sums of at most 400 products: the bound is
// 400 * 2^-24 = 2.4e-5 of that sum).
func TestNarrowConvMatchesFloat64(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	g, B, F := nn.ConvGeom{H: 14, W: 14, C: 16, K: 5, S: 1, P: 2}, 2, 16
	x := nntest.RandVec(rng, B*g.ImgSize())
	w := nntest.RandVec(rng, g.ColCols()*F)
	y := make([]float32, B*g.ColRows()*F)
	var s nn.ConvScratch
	nn.ConvForward(g, x, w, y, B, F, &s)
	want, mag := nntest.RefConv(g, nntest.To64(x), nntest.To64(w), nil, B, F)
	for i, v := range y {
		if math.Abs(float64(v)-want[i]) > 1e-4*mag[i] {
			t.Fatalf("conv value %d = %v, float64 %v (magnitudes %v)", i, v, want[i], mag[i])
		}
	}
}

// BenchmarkNarrowConv: the narrow convolution's three products on the MNIST
// classifier's layers at batch 64 (models/classifier, the specs' channels 16
// and 32), the unit of bench's classifier_step.
func BenchmarkNarrowConv(b *testing.B) {
	rng := rand.New(rand.NewSource(7))
	const B = 64
	for _, c := range []struct {
		name string
		g    nn.ConvGeom
		F    int
	}{
		{"28x28x1_k5_F16", nn.ConvGeom{H: 28, W: 28, C: 1, K: 5, S: 1, P: 2}, 16},
		{"14x14x16_k5_F32", nn.ConvGeom{H: 14, W: 14, C: 16, K: 5, S: 1, P: 2}, 32},
	} {
		g, F := c.g, c.F
		x := nntest.RandVec(rng, B*g.ImgSize())
		w := nntest.RandVec(rng, g.ColCols()*F)
		dy := nntest.RandVec(rng, B*g.ColRows()*F)
		y := make([]float32, len(dy))
		dw := make([]float32, len(w))
		dx := make([]float32, len(x))
		var s nn.ConvScratch
		flops := 2 * float64(B*g.ColRows()*g.ColCols()*F)
		for _, p := range []struct {
			name string
			run  func()
		}{
			{"forward", func() { nn.ConvForward(g, x, w, y, B, F, &s) }},
			{"filter_grad", func() { nn.ConvFilterGrad(g, x, dy, dw, B, F, &s) }},
			{"input_grad", func() { nn.ConvInputGrad(g, w, dy, dx, B, F, &s) }},
		} {
			if p.name == "input_grad" && g.ColCols()%8 != 0 {
				continue
			}
			b.Run(c.name+"/"+p.name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					p.run()
				}
				b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	}
}
