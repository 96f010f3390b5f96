// Package nntest holds helpers for the models' tests: a finite-difference
// gradient check of a GraphNet, synthetic data, float64 reference layers and
// bitwise comparisons.
package nntest

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand"
	"os"
	"runtime"
	"testing"

	"github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/models/nn"
)

// Helpers for the models' tests: a finite-difference gradient check of a
// graph network, random inputs and bitwise comparisons.

// GradCheck compares the graph's analytic parameter gradients with central
// differences of the graph's own float32 loss (step h, differences taken in
// float64). It returns the relative L2 error over all parameters.
func GradCheck(t *testing.T, g *nn.GraphNet, h float64) float64 {
	t.Helper()
	if _, err := g.ForwardBackward(); err != nil {
		t.Fatal(err)
	}
	analytic := make([][]float64, len(g.GradData))
	for i, d := range g.GradData {
		for _, v := range d {
			analytic[i] = append(analytic[i], float64(v))
		}
	}
	var num, den float64
	for i, p := range g.ParamData {
		for j := range p {
			orig := p[j]
			p[j] = orig + float32(h)
			lp, err := g.ForwardBackward()
			if err != nil {
				t.Fatal(err)
			}
			p[j] = orig - float32(h)
			lm, err := g.ForwardBackward()
			if err != nil {
				t.Fatal(err)
			}
			p[j] = orig
			fd := (lp - lm) / (float64(p[j]+float32(h)) - float64(p[j]-float32(h)))
			num += (fd - analytic[i][j]) * (fd - analytic[i][j])
			den += fd * fd
		}
	}
	return math.Sqrt(num / den)
}

// RandVec returns n standard normal draws from rng.
func RandVec(rng *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(rng.NormFloat64())
	}
	return v
}

// Patterns is a synthetic "image" set: n rows of d pixels, each row one of four
// prototypes (pixel 0.9 on a block, 0.1 elsewhere) with small noise.
func Patterns(n, d int, rng *rand.Rand) []float32 {
	x := make([]float32, n*d)
	for r := 0; r < n; r++ {
		p := r % 4
		for j := 0; j < d; j++ {
			v := 0.1
			if j*4/d == p {
				v = 0.9
			}
			x[r*d+j] = float32(v + 0.05*(rng.Float64()-0.5))
		}
	}
	return x
}

// ParamBytes serialises p (names and little-endian values) for hashing and
// bitwise comparison.
func ParamBytes(p nn.Params) []byte {
	var b bytes.Buffer
	for i := range p.Names {
		b.WriteString(p.Names[i])
		binary.Write(&b, binary.LittleEndian, p.Data[i])
	}
	return b.Bytes()
}

// Equal32 reports whether a and b hold the same float32 bits.
func Equal32(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// RefDense is act(x W + b) in float64 for rows x in.
func RefDense(x []float64, rows int, W, b []float32, in, out int, act string) []float64 {
	y := make([]float64, rows*out)
	for r := 0; r < rows; r++ {
		for j := 0; j < out; j++ {
			s := float64(b[j])
			for k := 0; k < in; k++ {
				s += x[r*in+k] * float64(W[k*out+j])
			}
			switch act {
			case "relu":
				s = math.Max(s, 0)
			case "sigmoid":
				s = 1 / (1 + math.Exp(-s))
			}
			y[r*out+j] = s
		}
	}
	return y
}

func To64(v []float32) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
	}
	return out
}

func MulMask(x []float64, m []float32) []float64 {
	if m == nil {
		return x
	}
	out := make([]float64, len(x))
	for i := range x {
		out[i] = x[i] * float64(m[i])
	}
	return out
}

func Softplus64(v float64) float64 { return math.Max(v, 0) + math.Log1p(math.Exp(-math.Abs(v))) }

func RandUniform(rng *rand.Rand, n int, lo, hi float64) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(lo + (hi-lo)*rng.Float64())
	}
	return v
}

// CheckRel fails t unless got is within lossTol (relative) of want.
func CheckRel(t *testing.T, name string, got, want float64) {
	t.Helper()
	if rel := math.Abs(got-want) / math.Abs(want); !(rel <= lossTol) {
		t.Errorf("%s = %.9g, float64 reference %.9g (relative difference %.2g > %g)", name, got, want, rel, lossTol)
	}
}

// BenchStep times one training step of t (forward, backward, momentum
// update) per iteration, fill refilling its inputs first.
func BenchStep(b *testing.B, t *nn.GraphNet, fill func()) {
	b.Helper()
	// GANPIPE_BLAS_MODE=native benchmarks OpenBLAS's own threading instead of the
	// default Go-side SGEMM split (see blas.UseThreads).
	if os.Getenv("GANPIPE_BLAS_MODE") == "native" {
		blas.UseNativeThreads(runtime.NumCPU())
	} else {
		blas.Use()
	}
	opt := nn.Optimizer{Schedule: []nn.Phase{{From: 1, LR: 1e-3, Momentum: 0.9}}}
	if err := opt.Validate(); err != nil {
		b.Fatal(err)
	}
	st := nn.NewOptState(opt, t.ParamData)
	fill()
	if _, err := t.ForwardBackward(); err != nil { // warm-up allocates buffers
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fill()
		if _, err := t.ForwardBackward(); err != nil {
			b.Fatal(err)
		}
		st.Step(t.ParamData, t.GradData)
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/step")
}

// The reference below recomputes each loss from the parameters and inputs in
// float64 with plain loops, written from the definitions in the doc comments
// (not from the graph code), so the functions under test are checked against
// an independent implementation. Tolerance: 1e-5 relative, the bound issue 8
// sets for agreement with PyTorch; float32 rounding at these small shapes is
// ~1e-6.

const lossTol = 1e-5

// RefConv is a brute-force float64 convolution of B NHWC images x (geometry
// g) with filters w [K*K*C, F] (rows in (ky, kx, c) order) plus bias b (nil:
// none): y [B*OH*OW, F], and mag, each output's sum of its terms' magnitudes
// (the scale of a float32 sum's rounding error).
func RefConv(g nn.ConvGeom, x, w, b []float64, B, F int) (y, mag []float64) {
	y = make([]float64, B*g.ColRows()*F)
	mag = make([]float64, len(y))
	for n := 0; n < B; n++ {
		for oy := 0; oy < g.OH(); oy++ {
			for ox := 0; ox < g.OW(); ox++ {
				for f := 0; f < F; f++ {
					var s, m float64
					if b != nil {
						s, m = b[f], math.Abs(b[f])
					}
					for ky := 0; ky < g.K; ky++ {
						for kx := 0; kx < g.K; kx++ {
							iy, ix := oy*g.S-g.P+ky, ox*g.S-g.P+kx
							if iy < 0 || iy >= g.H || ix < 0 || ix >= g.W {
								continue
							}
							for c := 0; c < g.C; c++ {
								p := x[n*g.ImgSize()+(iy*g.W+ix)*g.C+c] * w[((ky*g.K+kx)*g.C+c)*F+f]
								s += p
								m += math.Abs(p)
							}
						}
					}
					i := ((n*g.OH()+oy)*g.OW()+ox)*F + f
					y[i], mag[i] = s, m
				}
			}
		}
	}
	return y, mag
}
