package gan

import (
	"context"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Tests of the DCGAN architecture: its three layer types (convolution,
// transposed convolution, batch norm) against float64 brute-force
// references and central differences of those references, the shapes of a
// 28x28 DCGAN, finite-difference checks of whole D and G steps, the
// graph-free generator against the graph, and short training runs.

// opProbe is a graph of float32 parameter tensors feeding one layer whose
// output y enters the loss sum_i r_i y_i (r fixed, random): its gradient in
// the parameters is the layer's vector-Jacobian product with r.
type opProbe struct {
	t *nn.GraphNet
	y []float32 // the layer's output at the last run
	r []float64 // the loss weights
}

func newProbe(t *testing.T, rng *rand.Rand, build func(g *nn.GraphNet) (*G.Node, error)) *opProbe {
	t.Helper()
	p := &opProbe{t: nn.NewGraphNet()}
	y, err := build(p.t)
	if err != nil {
		t.Fatal(err)
	}
	r := make([]float64, y.Shape().TotalSize())
	for i := range r {
		r[i] = rng.NormFloat64()
	}
	p.r = r
	cost, err := nn.ApplyLoss("probe", func(v, dv []float32) float64 {
		p.y = append(p.y[:0], v...)
		var s float64
		for i, x := range v {
			s += r[i] * float64(x)
			dv[i] = float32(r[i])
		}
		return s
	}, y)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.t.Compile(cost); err != nil {
		t.Fatal(err)
	}
	if _, err := p.t.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkProbe compares the probe's float32 forward output with the float64
// reference ref(params) and its float32 analytic gradients with central
// differences (step h) of the float64 reference loss sum r_i ref_i. It
// returns the relative L-infinity error of the output and the relative L2
// error of the gradient over all parameters.
func checkProbe(t *testing.T, p *opProbe, ref func(ps [][]float64) []float64, h float64) (outErr, gradErr float64) {
	t.Helper()
	ps := make([][]float64, len(p.t.ParamData))
	for i, d := range p.t.ParamData {
		for _, v := range d {
			ps[i] = append(ps[i], float64(v))
		}
	}
	want := ref(ps)
	if len(want) != len(p.y) {
		t.Fatalf("reference has %d outputs, the graph %d", len(want), len(p.y))
	}
	var scale float64
	for _, w := range want {
		scale = max(scale, math.Abs(w))
	}
	for i, w := range want {
		outErr = max(outErr, math.Abs(float64(p.y[i])-w)/scale)
	}
	loss := func() float64 {
		var s float64
		for i, v := range ref(ps) {
			s += p.r[i] * v
		}
		return s
	}
	var num, den float64
	for i := range ps {
		for j := range ps[i] {
			orig := ps[i][j]
			ps[i][j] = orig + h
			lp := loss()
			ps[i][j] = orig - h
			lm := loss()
			ps[i][j] = orig
			fd := (lp - lm) / (2 * h)
			d := float64(p.t.GradData[i][j]) - fd
			num += d * d
			den += fd * fd
		}
	}
	return outErr, math.Sqrt(num / den)
}

// refDeconv is a brute-force float64 transposed convolution, written as its
// definition (PyTorch's ConvTranspose2d): input pixel (iy, ix) of channel ci
// adds x * w[ci, (ky, kx, co)] to output pixel (iy*S - P + ky, ix*S - P +
// kx) of channel co, when inside the g.H x g.W output. x is [B*OH*OW, Cin]
// (the small side), w [Cin, K*K*Cout], b (nil: none) [Cout]; the result is
// [B*H*W, Cout].
func refDeconv(g nn.ConvGeom, x, w, b []float64, B, Cin int) []float64 {
	Cout := g.C
	y := make([]float64, B*g.H*g.W*Cout)
	for n := 0; n < B; n++ {
		if b != nil {
			for p := 0; p < g.H*g.W; p++ {
				copy(y[(n*g.H*g.W+p)*Cout:(n*g.H*g.W+p+1)*Cout], b)
			}
		}
		for iy := 0; iy < g.OH(); iy++ {
			for ix := 0; ix < g.OW(); ix++ {
				for ci := 0; ci < Cin; ci++ {
					v := x[((n*g.OH()+iy)*g.OW()+ix)*Cin+ci]
					for ky := 0; ky < g.K; ky++ {
						for kx := 0; kx < g.K; kx++ {
							oy, ox := iy*g.S-g.P+ky, ix*g.S-g.P+kx
							if oy < 0 || oy >= g.H || ox < 0 || ox >= g.W {
								continue
							}
							for co := 0; co < Cout; co++ {
								y[((n*g.H+oy)*g.W+ox)*Cout+co] += v * w[ci*g.K*g.K*Cout+(ky*g.K+kx)*Cout+co]
							}
						}
					}
				}
			}
		}
	}
	return y
}

// TestConvGradients: the convolution (Im2Col + GEMM + bias) and the
// transposed convolution (GEMM + Col2Im + bias) of the DCGAN, forward
// against brute-force float64 references and gradients (input, weights,
// bias) against central differences of the references' float64 loss. The
// loss is linear in every parameter, so the differences (h = 1e-3) are exact
// up to float64 round-off; what remains is float32 round-off in the graph's
// sums of at most K*K*C = 48 products (~1e-6 relative, by hand), hence the
// tolerances 1e-5 on both the output (relative L-infinity) and the gradient
// (relative L2). A wrong index, flip or adjoint gives errors ~1.
func TestConvGradients(t *testing.T) {
	cases := []struct {
		name   string
		g      nn.ConvGeom // image side: the conv's input, the deconv's output
		B, F   int         // images; conv filters or deconv input channels
		deconv bool
	}{
		{"conv 4x4/2 pad 1, 8x8x3 -> 4x4x5", nn.ConvGeom{H: 8, W: 8, C: 3, K: 4, S: 2, P: 1}, 2, 5, false},
		{"conv 4x4/2 pad 1, 6x6x1 -> 3x3x4 (odd output)", nn.ConvGeom{H: 6, W: 6, C: 1, K: 4, S: 2, P: 1}, 3, 4, false},
		{"deconv 4x4/2 pad 1, 3x3x4 -> 6x6x2", nn.ConvGeom{H: 6, W: 6, C: 2, K: 4, S: 2, P: 1}, 2, 4, true},
		{"deconv 4x4/2 pad 1, 4x4x3 -> 8x8x1", nn.ConvGeom{H: 8, W: 8, C: 1, K: 4, S: 2, P: 1}, 2, 3, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(21))
			g := c.g
			var ref func(ps [][]float64) []float64
			p := newProbe(t, rng, func(n *nn.GraphNet) (*G.Node, error) {
				if !c.deconv {
					x := n.Param("x", nntest.RandVec(rng, c.B*g.ImgSize()), c.B, g.ImgSize())
					w := n.Param("w", nntest.RandVec(rng, g.ColCols()*c.F), g.ColCols(), c.F)
					b := n.Param("b", nntest.RandVec(rng, c.F), c.F)
					cols, err := nn.ApplyIm2Col(g, x)
					if err != nil {
						return nil, err
					}
					y, err := n.Matmul(cols, w)
					if err != nil {
						return nil, err
					}
					return nn.ApplyBiasAct(nn.Linear, y, b)
				}
				rows := c.B * g.ColRows()
				x := n.Param("x", nntest.RandVec(rng, rows*c.F), rows, c.F)
				w := n.Param("w", nntest.RandVec(rng, c.F*g.K*g.K*g.C), c.F, g.K*g.K*g.C)
				b := n.Param("b", nntest.RandVec(rng, g.C), g.C)
				cols, err := n.Matmul(x, w)
				if err != nil {
					return nil, err
				}
				img, err := nn.ApplyCol2Im(g, cols)
				if err != nil {
					return nil, err
				}
				if s := img.Shape(); s[0] != c.B*g.H*g.W || s[1] != g.C {
					t.Fatalf("deconv output %v, want [%d, %d]", s, c.B*g.H*g.W, g.C)
				}
				return nn.ApplyBiasAct(nn.Linear, img, b)
			})
			defer p.t.Machine.Close()
			if c.deconv {
				ref = func(ps [][]float64) []float64 { return refDeconv(g, ps[0], ps[1], ps[2], c.B, c.F) }
			} else {
				ref = func(ps [][]float64) []float64 { y, _ := nntest.RefConv(g, ps[0], ps[1], ps[2], c.B, c.F); return y }
			}
			outErr, gradErr := checkProbe(t, p, ref, 1e-3)
			t.Logf("output error %.2g, gradient error %.2g", outErr, gradErr)
			if outErr > 1e-5 || gradErr > 1e-5 {
				t.Fatalf("output error %.3g, gradient error %.3g (tolerance 1e-5 each)", outErr, gradErr)
			}
		})
	}
}

// refBatchNorm is a float64 batch norm in training mode over groups of R
// rows of x [N, C] (biased variance, eps), then act (LeakyReLU with slope,
// or none).
func refBatchNorm(x, gamma, beta []float64, N, C, R int, eps float64, act bnAct) []float64 {
	y := make([]float64, N*C)
	for g := 0; g < N/R; g++ {
		for c := 0; c < C; c++ {
			var m, v float64
			for r := g * R; r < (g+1)*R; r++ {
				m += x[r*C+c]
			}
			m /= float64(R)
			for r := g * R; r < (g+1)*R; r++ {
				v += (x[r*C+c] - m) * (x[r*C+c] - m)
			}
			v /= float64(R)
			for r := g * R; r < (g+1)*R; r++ {
				o := gamma[c]*(x[r*C+c]-m)/math.Sqrt(v+eps) + beta[c]
				if act.on && o <= 0 {
					o *= float64(act.slope)
				}
				y[r*C+c] = o
			}
		}
	}
	return y
}

// TestBatchNormGradients: the batch norm op (with its fused activation and
// row groups) against the float64 reference, and its gradients in x, gamma
// and beta against central differences of the reference (h = 1e-4: the
// normalisation is smooth, truncation error O(h^2) ~1e-8 relative; the
// chance that a LeakyReLU kink lies within h of one of the 120
// pre-activations is ~1e-3 at this seed and would show as a large error,
// not a small one). The float32 op loses ~1e-6 relative in the
// normalisation and the gradient's three-term difference, so the
// tolerances are 1e-4 on both errors.
func TestBatchNormGradients(t *testing.T) {
	cases := []struct {
		name    string
		N, C, R int
		act     bnAct
	}{
		{"one group, no activation", 8, 3, 8, bnAct{}},
		{"two groups (real | fake), LeakyReLU 0.2", 12, 4, 6, bnAct{on: true, slope: 0.2}},
		{"one group, ReLU", 10, 2, 10, bnAct{on: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(22))
			const eps = 1e-5
			p := newProbe(t, rng, func(n *nn.GraphNet) (*G.Node, error) {
				x := nntest.RandVec(rng, c.N*c.C)
				for i := range x {
					x[i] = 3*x[i] + 1 // mean and scale away from 0 and 1
				}
				gamma, beta := nntest.RandVec(rng, c.C), nntest.RandVec(rng, c.C)
				return G.ApplyOp(newBatchNormOp(batchNormOp{rows: c.R, eps: eps, act: c.act, diffParams: true}),
					n.Param("x", x, c.N, c.C), n.Param("gamma", gamma, c.C), n.Param("beta", beta, c.C))
			})
			defer p.t.Machine.Close()
			outErr, gradErr := checkProbe(t, p, func(ps [][]float64) []float64 {
				return refBatchNorm(ps[0], ps[1], ps[2], c.N, c.C, c.R, eps, c.act)
			}, 1e-4)
			t.Logf("output error %.2g, gradient error %.2g", outErr, gradErr)
			if outErr > 1e-4 || gradErr > 1e-4 {
				t.Fatalf("output error %.3g, gradient error %.3g (tolerance 1e-4 each)", outErr, gradErr)
			}
		})
	}
}

// TestBatchNormRunningStats: one training-mode pass moves the running
// statistics (mean 0, var 1 initially) to 0.9 old + 0.1 batch, with the
// unbiased batch variance; bnInfer with running statistics equal to the
// batch's (biased) ones reproduces the training-mode output. Expected values
// are float64 sums over the same data; tolerance 1e-5 relative (float32
// storage).
func TestBatchNormRunningStats(t *testing.T) {
	rng := rand.New(rand.NewSource(23))
	N, C := 50, 3
	x := nntest.RandVec(rng, N*C)
	for i := range x {
		x[i] = 2*x[i] + 0.5
	}
	gamma, beta := nntest.RandVec(rng, C), nntest.RandVec(rng, C)
	run := &bnRunning{mean: make([]float32, C), vari: []float32{1, 1, 1}, momentum: 0.1}
	op := newBatchNormOp(batchNormOp{eps: 1e-5, run: run})
	dense := func(d []float32, shape ...int) *tensor.Dense {
		return tensor.New(tensor.WithShape(shape...), tensor.WithBacking(d))
	}
	out, err := op.Do(dense(x, N, C), dense(gamma, C), dense(beta, C))
	if err != nil {
		t.Fatal(err)
	}
	y := append([]float32(nil), out.(*tensor.Dense).Data().([]float32)...)
	biased := make([]float32, C)
	means := make([]float32, C)
	for c := 0; c < C; c++ {
		var m, v float64
		for r := 0; r < N; r++ {
			m += float64(x[r*C+c])
		}
		m /= float64(N)
		for r := 0; r < N; r++ {
			d := float64(x[r*C+c]) - m
			v += d * d
		}
		wantM, wantV := 0.1*m, 0.9+0.1*v/float64(N-1)
		if !numtest.Close(t, float64(run.mean[c]), wantM, 1e-5*(1+math.Abs(wantM)), "running mean, float32 storage") ||
			!numtest.Rel(t, float64(run.vari[c]), wantV, 1e-5, "running variance, float32 storage") {
			t.Fatalf("channel %d", c)
		}
		means[c], biased[c] = float32(m), float32(v/float64(N))
	}
	inf := make([]float32, N*C)
	bnInfer(inf, x, C, gamma, beta, means, biased, 1e-5, bnAct{})
	for i := range inf {
		if !numtest.Close(t, float64(inf[i]), float64(y[i]), 1e-5*(1+math.Abs(float64(y[i]))), "inference with the batch statistics vs training mode, float32") {
			t.FailNow()
		}
	}
}

// dcganTestConfig is a small DCGAN on side x side x 1 images.
func dcganTestConfig(side int, g, d []int) GANConfig {
	adam := nn.Optimizer{Kind: nn.OptAdam, LR: 2e-4, Beta1: 0.5, Beta2: 0.999}
	return GANConfig{Arch: ArchDCGAN, NoiseDim: 3, Noise: "normal", Out: side * side, GOutAct: nn.Sigmoid,
		DCGAN: DCGANConfig{GChannels: g, DChannels: d}, Loss: LossNonSaturating,
		Batch: 3, Iters: 1, DOpt: adam, GOpt: adam}
}

// TestDCGANShapes: the 28x28 DCGAN of the issue (G: z -> 7x7x128 -> 14x14x64
// -> 28x28x1, D: 28x28x1 -> 14x14x64 -> 7x7x128 -> 1) has the tensor shapes
// of its description (counted by hand), and its D and G step graphs have the
// stated node shapes.
func TestDCGANShapes(t *testing.T) {
	cfg := dcganTestConfig(28, nil, nil) // the defaults [128, 64] / [64, 128]
	cfg.NoiseDim = 100
	m, err := NewGAN(cfg, rand.New(rand.NewSource(1)))
	if err != nil {
		t.Fatal(err)
	}
	d := m.dc
	shape := func(l *nn.Layer) [2]int { return [2]int{l.In, l.Out} }
	for _, c := range []struct {
		what      string
		got, want [2]int
	}{
		{"G fc", shape(d.gFC), [2]int{100, 7 * 7 * 128}},
		{"G deconv 0 (7x7x128 -> 14x14x64)", shape(d.gDeconv[0]), [2]int{128, 16 * 64}},
		{"G deconv 1 (14x14x64 -> 28x28x1)", shape(d.gDeconv[1]), [2]int{64, 16 * 1}},
		{"D conv 0 (28x28x1 -> 14x14x64)", shape(d.dConv[0]), [2]int{16 * 1, 64}},
		{"D conv 1 (14x14x64 -> 7x7x128)", shape(d.dConv[1]), [2]int{16 * 64, 128}},
		{"D out", shape(m.dOut), [2]int{7 * 7 * 128, 1}},
		{"deconv output sides", [2]int{d.gGeom[0].H, d.gGeom[1].H}, [2]int{14, 28}},
		{"deconv input sides", [2]int{d.gGeom[0].OH(), d.gGeom[1].OH()}, [2]int{7, 14}},
		{"conv output sides", [2]int{d.dGeom[0].OH(), d.dGeom[1].OH()}, [2]int{14, 7}},
		{"BN channels G", [2]int{d.gBN[0].Out, d.gBN[1].Out}, [2]int{128, 64}},
		{"BN channels D, biases (conv0, out)", [2]int{len(d.dBN), len(d.dConv[0].B) + len(m.dOut.B)}, [2]int{1, 65}},
		{"biases of layers before BN", [2]int{len(d.gFC.B) + len(d.gDeconv[0].B) + len(d.dConv[1].B), len(d.gDeconv[1].B)}, [2]int{0, 1}},
	} {
		if c.got != c.want {
			t.Errorf("%s: %v, want %v", c.what, c.got, c.want)
		}
	}
	p := m.GeneratorParams()
	want := "fc.W bn0.gamma bn0.beta bn0.mean bn0.var deconv0.W bn1.gamma bn1.beta bn1.mean bn1.var deconv1.W deconv1.b"
	if got := strings.Join(p.Names, " "); got != want {
		t.Errorf("generator params %q, want %q", got, want)
	}
	var n int
	for _, d := range p.Data {
		n += len(d)
	}
	// 100*6272 + 2*128 + 2*128 + 128*1024 + 4*64 + 64*16 + 1, by hand.
	if n != 627200+512+131072+256+1024+1 {
		t.Errorf("generator has %d values", n)
	}
	B := 4
	gs := testGStep(t, m, B)
	ds := testDStep(t, m, B)
	if len(ds.x) != 2*B*784 || len(gs.z) != B*100 {
		t.Errorf("D step input %d values, G step noise %d", len(ds.x), len(gs.z))
	}
	var sawG, sawD bool
	for _, n := range gs.t.Graph.AllNodes() {
		if s := n.Shape(); n.Op() != nil && strings.HasPrefix(n.Op().String(), "col2im") && s[0] == B*28*28 && s[1] == 1 {
			sawG = true // the generator's last deconv: B images of 28x28x1
		}
	}
	for _, n := range ds.t.Graph.AllNodes() {
		if s := n.Shape(); n.Op() != nil && strings.HasPrefix(n.Op().String(), "batchNorm(") && s[0] == 2*B*7*7 && s[1] == 128 {
			sawD = true // the critic's BN on 2B images of 7x7x128
		}
	}
	if !sawG || !sawD {
		t.Errorf("graph nodes: G output [%d, 1] found %v; D batch norm [%d, 128] found %v", B*784, sawG, 2*B*49, sawD)
	}
}

// TestDCGANStepGradients: central differences of the D and G step graphs'
// own float32 losses against their analytic gradients (GradCheck, relative
// L2 tolerance 1e-2 as the MLP critic's test: float32 loss round-off ~1e-7
// / h plus differences that straddle a (Leaky)ReLU kink; a wrong factor or
// index gives ~1), on 8x8 images, for batch norm, every D-side trick the
// architecture supports, and the normalisation-free critic of wgan_gp.
// Weights are N(0, 0.3^2) rather than 0.02 so that gradients stand well
// above the float32 noise of the differences. Measured errors: 3e-4 to
// 1e-3 with batch norm; without it 2e-2 to 4e-2 at h = 2e-3 (more kinks
// crossed: nothing rescales the pre-activations) and 4e-4 / 3e-3 at h =
// 3e-4, used there. Spectral normalization runs a power iteration on every D-step
// forward pass, which would change the function between the differences'
// evaluations: 500 passes first converge it. Seeds: at seed 24 the second
// case has a generator pre-activation 1.2e-4 from its ReLU kink (measured),
// which every h >= 1e-4 straddles (error 0.07 from one channel, the same
// at h = 1e-2 and 1e-3), so that case uses seed 25.
func TestDCGANStepGradients(t *testing.T) {
	cases := []struct {
		name string
		seed int64
		h    float64
		mod  func(c *GANConfig)
	}{
		{"nonsaturating, batch norm", 24, 1e-3, func(*GANConfig) {}},
		{"minimax + spectral norm + minibatch discrimination + feature matching + instance noise", 25, 1e-3, func(c *GANConfig) {
			c.Loss, c.SpectralNorm, c.MBDKernels, c.MBDDim, c.FeatureMatching, c.InstanceNoise = LossMinimax, true, 3, 2, true, 0.1
		}},
		{"wgan_gp, no normalisation in D", 24, 3e-4, func(c *GANConfig) { c.Loss, c.DCGAN.DNorm = LossWGANGP, "none" }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(c.seed))
			cfg := dcganTestConfig(8, []int{4, 3}, []int{3, 4})
			cfg.DCGAN.InitStd = 0.3
			c.mod(&cfg)
			m, err := NewGAN(cfg, rng)
			if err != nil {
				t.Fatal(err)
			}
			B := 3
			ds := testDStep(t, m, B)
			copy(ds.x, nntest.RandVec(rng, len(ds.x)))
			if cfg.SpectralNorm {
				for i := 0; i < 500; i++ {
					if _, err := ds.t.ForwardBackward(); err != nil {
						t.Fatal(err)
					}
				}
			}
			// ds.gp stays 0: the penalty rows' gradient comes from the
			// weights c_i while the loss adds the penalty's value, not
			// c_i (v+ - v-) / 2h, so differences of the loss cannot see
			// it (TestGradientPenaltyLinear checks the penalty itself).
			if e := nntest.GradCheck(t, ds.t, c.h); e > 1e-2 {
				t.Errorf("discriminator: relative gradient error %.3g", e)
			} else {
				t.Logf("discriminator: relative gradient error %.2g", e)
			}
			gs := testGStep(t, m, B)
			copy(gs.z, nntest.RandVec(rng, len(gs.z)))
			copy(gs.real, nntest.RandVec(rng, len(gs.real)))
			for i := range gs.noise {
				gs.noise[i] = float32(0.1 * rng.NormFloat64())
			}
			if e := nntest.GradCheck(t, gs.t, c.h); e > 1e-2 {
				t.Errorf("generator: relative gradient error %.3g", e)
			} else {
				t.Logf("generator: relative gradient error %.2g", e)
			}
		})
	}
}

// TestDCGANGenerate: the graph-free generator in training mode (the D
// step's fake batch) gives the bits of the G step graph's generator for the
// same z (the same kernels in the same order; tolerance 0); in inference
// mode (running statistics) each image depends only on its own z, so a
// batch of 300 (three chunks) equals the images made one at a time
// (tolerance 0: per-row kernels).
func TestDCGANGenerate(t *testing.T) {
	rng := rand.New(rand.NewSource(25))
	cfg := dcganTestConfig(16, []int{8, 4}, []int{4, 8})
	m, err := NewGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	B := 5
	tg := nn.NewGraphNet()
	zn, z := tg.Input("z", B, cfg.NoiseDim)
	copy(z, nntest.RandVec(rng, len(z)))
	out, err := m.dc.generator(tg, zn)
	if err != nil {
		t.Fatal(err)
	}
	var got []float32
	cost, err := nn.ApplyLoss("capture", func(v, dv []float32) float64 {
		got = append(got[:0], v...)
		return 0
	}, out)
	if err != nil {
		t.Fatal(err)
	}
	if err := tg.Compile(cost); err != nil {
		t.Fatal(err)
	}
	defer tg.Machine.Close()
	if _, err := tg.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	free := m.dc.generate(z, B, true)
	if len(free) != len(got) || len(got) != B*256 {
		t.Fatalf("graph gives %d values, graph-free %d, want %d", len(got), len(free), B*256)
	}
	for i := range got {
		if got[i] != free[i] {
			t.Fatalf("value %d: graph %v, graph-free %v", i, got[i], free[i])
		}
	}
	n := 300
	zs := nntest.RandVec(rng, n*cfg.NoiseDim)
	all := append([]float32(nil), m.dc.generate(zs, n, false)...)
	for i := 0; i < n; i += 37 {
		one := m.dc.generate(zs[i*cfg.NoiseDim:(i+1)*cfg.NoiseDim], 1, false)
		for j, v := range one {
			if v != all[i*256+j] || !(v >= 0 && v <= 1) {
				t.Fatalf("image %d pixel %d: %v alone, %v in the batch (sigmoid output)", i, j, v, all[i*256+j])
			}
		}
	}
}

// barImages are n side x side images of one bright horizontal bar (rows r,
// r+1 at 1, the rest 0.05) at a random row: a data set a small DCGAN can
// learn in a few hundred updates.
func barImages(n, side int, rng *rand.Rand) []float32 {
	x := make([]float32, n*side*side)
	for i := 0; i < n; i++ {
		img := x[i*side*side : (i+1)*side*side]
		r := 1 + rng.Intn(side-3)
		for j := range img {
			img[j] = 0.05
			if y := j / side; y == r || y == r+1 {
				img[j] = 1
			}
		}
	}
	return x
}

// TestDCGANTrains: 300 updates of a 16x16 DCGAN on bar images. The D loss
// moves (its first-10 and last-50 means differ by more than 0.1: it starts
// at ~2 ln 2 = 1.39 and a learning D lowers it) and the generator learns
// the data: the squared distance between the samples' and the data's mean
// images falls to under half its value at initialisation (a moment-level
// check, not a quality benchmark; measured 28.8 -> 2.8 at this seed, with
// d_loss 1.07 -> 0.04).
func TestDCGANTrains(t *testing.T) {
	rng := rand.New(rand.NewSource(26))
	side, n := 16, 1000
	data := barImages(n, side, rng)
	cfg := dcganTestConfig(side, []int{16, 8}, []int{8, 16})
	cfg.NoiseDim, cfg.Batch, cfg.Iters = 8, 32, 300
	adam := nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3, Beta1: 0.5, Beta2: 0.999}
	cfg.DOpt, cfg.GOpt = adam, adam
	m, err := NewGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	meanDist := func() float64 {
		s := m.Sample(500, rng)
		d2 := 0.0
		for j := 0; j < side*side; j++ {
			var ms, md float64
			for i := 0; i < 500; i++ {
				ms += float64(s[i*side*side+j])
			}
			for i := 0; i < n; i++ {
				md += float64(data[i*side*side+j])
			}
			d := ms/500 - md/float64(n)
			d2 += d * d
		}
		return d2
	}
	before := meanDist()
	var dLoss []float64
	if err := m.Train(context.Background(), data, n, rng, func(_, _ int, terms map[string]float64) {
		dLoss = append(dLoss, terms["d_loss"])
	}); err != nil {
		t.Fatal(err)
	}
	after := meanDist()
	first, last := mean64(dLoss[:10]), mean64(dLoss[len(dLoss)-50:])
	t.Logf("d_loss %.3f -> %.3f; |mean sample - mean data|^2 %.3f -> %.3f", first, last, before, after)
	if math.Abs(first-last) < 0.1 || !finite(last) {
		t.Errorf("D loss did not move: %.3f -> %.3f", first, last)
	}
	if !(after < before/2) {
		t.Errorf("mean image distance %.3f -> %.3f, want under half", before, after)
	}
}

func mean64(v []float64) float64 {
	var s float64
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

// TestDCGANRoundTrip: the same seed trains the same bits, and a generator
// rebuilt from GeneratorArch/GeneratorParams samples the same images as the
// trained one from the same seed (running statistics included).
func TestDCGANRoundTrip(t *testing.T) {
	train := func() *GAN {
		rng := rand.New(rand.NewSource(27))
		data := barImages(200, 8, rng)
		cfg := dcganTestConfig(8, []int{4, 3}, []int{3, 4})
		cfg.Batch, cfg.Iters = 8, 20
		m, err := NewGAN(cfg, rng)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Train(context.Background(), data, 200, rng, nil); err != nil {
			t.Fatal(err)
		}
		return m
	}
	a, b := train(), train()
	pa, pb := a.GeneratorParams(), b.GeneratorParams()
	if !nntest.Equal32(paramBytesF(pa), paramBytesF(pb)) {
		t.Fatal("two runs from one seed differ")
	}
	r, err := GeneratorFrom(a.GeneratorArch(), pa)
	if err != nil {
		t.Fatal(err)
	}
	sa := a.Sample(50, rand.New(rand.NewSource(3)))
	sr := r.Sample(50, rand.New(rand.NewSource(3)))
	if !nntest.Equal32(sa, sr) {
		t.Fatal("rebuilt generator samples differently")
	}
	// The running statistics moved away from (0, 1): they are learnt state.
	if p := pa.Data[3]; p[0] == 0 {
		t.Error("bn0.mean still 0 after 20 updates")
	}
}

func paramBytesF(p nn.Params) []float32 {
	var v []float32
	for _, d := range p.Data {
		v = append(v, d...)
	}
	return v
}

// TestDCGANConfigErrors: invalid DCGAN configurations are refused with a
// message naming the problem.
func TestDCGANConfigErrors(t *testing.T) {
	cases := []struct {
		name string
		mod  func(c *GANConfig)
		want string
	}{
		{"unknown architecture", func(c *GANConfig) { c.Arch = "resnet" }, "architecture"},
		{"image size", func(c *GANConfig) { c.Out = 785 }, "output dimension"},
		{"side not halvable", func(c *GANConfig) { c.DCGAN.GChannels = []int{8, 8, 8} }, "divisible"},
		{"channels", func(c *GANConfig) { c.DCGAN.DChannels = []int{4, 0} }, "positive"},
		{"wgan_gp with batch norm", func(c *GANConfig) { c.Loss = LossWGANGP }, "d_norm"},
		{"d_norm", func(c *GANConfig) { c.DCGAN.DNorm = "layer" }, "d_norm"},
		{"MLP dropout", func(c *GANConfig) { c.DDrop = 0.5 }, "MLP settings"},
		{"MLP hidden layers", func(c *GANConfig) { c.GHidden = []int{10} }, "MLP settings"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := dcganTestConfig(28, nil, nil)
			c.mod(&cfg)
			_, err := NewGAN(cfg, rand.New(rand.NewSource(1)))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want one mentioning %q", err, c.want)
			}
		})
	}
}
