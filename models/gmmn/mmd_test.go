package gmmn

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// bruteSqrtMMD is the float64 reference: L = sqrt(sum_s MMD^2_s) with the biased
// estimator over all pairs, k = exp(-||a-b||^2/(2 sigma)), written directly from
// the definition in PAPERS.md (no Gram trick).
func bruteSqrtMMD(y, x []float64, m, n, d int, sigmas []float64) float64 {
	k := func(a, b []float64, s float64) float64 {
		var dd float64
		for i := range a {
			dd += (a[i] - b[i]) * (a[i] - b[i])
		}
		return math.Exp(-dd / (2 * s))
	}
	row := func(z []float64, i int) []float64 { return z[i*d : (i+1)*d] }
	var total float64
	for _, s := range sigmas {
		var yy, xx, yx float64
		for i := 0; i < m; i++ {
			for j := 0; j < m; j++ {
				yy += k(row(y, i), row(y, j), s)
			}
			for j := 0; j < n; j++ {
				yx += k(row(y, i), row(x, j), s)
			}
		}
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				xx += k(row(x, i), row(x, j), s)
			}
		}
		total += yy/float64(m*m) + xx/float64(n*n) - 2*yx/float64(m*n)
	}
	return math.Sqrt(total)
}

// bruteLoss is bruteSqrtMMD for the sqrt loss and its square, sum_s MMD^2_s,
// for the squared one.
func bruteLoss(y, x []float64, m, n, d int, sigmas []float64, squared bool) float64 {
	l := bruteSqrtMMD(y, x, m, n, d, sigmas)
	if squared {
		return l * l
	}
	return l
}

// mmdInputs draws samples y (m x d) and data x (n x d) from N(0, 1), the data
// shifted by shift, in float32 and the same values in float64.
func mmdInputs(m, n, d int, shift float64, seed int64) (y []float32, y64 []float64, x []float32, x64 []float64) {
	rng := rand.New(rand.NewSource(seed))
	y, y64 = randMat(rng, m, d, 1)
	x, x64 = randMat(rng, n, d, 1)
	for i := range x {
		x[i] += float32(shift)
		x64[i] = float64(x[i])
	}
	return y, y64, x, x64
}

// lossNames labels the two losses in subtest names.
var lossNames = map[bool]string{false: "sqrt", true: "squared"}

func randMat(rng *rand.Rand, r, c int, scale float64) ([]float32, []float64) {
	f := make([]float32, r*c)
	d := make([]float64, r*c)
	for i := range f {
		f[i] = float32(rng.NormFloat64() * scale)
		d[i] = float64(f[i])
	}
	return f, d
}

var mmdCases = []struct {
	name    string
	m, n, d int
	sigmas  []float64
	shift   float64
}{
	{"single sigma", 6, 9, 3, []float64{1}, 0.5},
	{"multi sigma", 7, 5, 4, []float64{0.5, 2, 10}, 1},
	{"paper sigmas high dim", 20, 30, 40, []float64{2, 5, 10, 20, 40, 80}, 0.3},
	{"many rows (parallel path)", 300, 200, 8, []float64{1, 4}, 0.2},
}

// TestMMDValue compares the GEMM/float32 loss with the float64 brute force.
// Tolerance 2e-4 relative: kernel values are float32 (rel. error ~1e-7) and the
// Gram-based squared distances lose ~1e-6 relative to the norms.
func TestMMDValue(t *testing.T) {
	for _, c := range mmdCases {
		for _, sq := range []bool{false, true} {
			t.Run(c.name+"/"+lossNames[sq], func(t *testing.T) {
				y, y64, x, x64 := mmdInputs(c.m, c.n, c.d, c.shift, 3)
				want := bruteLoss(y64, x64, c.m, c.n, c.d, c.sigmas, sq)
				got := newMMDKernel(c.sigmas, sq).lossGrad(y, x, c.m, c.n, c.d)
				if !numtest.Rel(t, got, want, 2e-4, "float32 kernels and Gram-based distances vs float64 brute force") {
					t.FailNow()
				}
			})
		}
	}
}

// TestMMDGradient checks dL/dy against float64 central differences of the brute
// force (step 1e-4; truncation error ~1e-8). Tolerance: relative L2 error of the
// whole gradient < 1e-3 (float32 kernel values in the analytic gradient).
func TestMMDGradient(t *testing.T) {
	for _, c := range mmdCases[:3] {
		for _, sq := range []bool{false, true} {
			t.Run(c.name+"/"+lossNames[sq], func(t *testing.T) {
				y, y64, x, x64 := mmdInputs(c.m, c.n, c.d, c.shift, 4)
				k := newMMDKernel(c.sigmas, sq)
				k.lossGrad(y, x, c.m, c.n, c.d)
				const h = 1e-4
				var num, den float64
				for i := range y64 {
					orig := y64[i]
					y64[i] = orig + h
					lp := bruteLoss(y64, x64, c.m, c.n, c.d, c.sigmas, sq)
					y64[i] = orig - h
					lm := bruteLoss(y64, x64, c.m, c.n, c.d, c.sigmas, sq)
					y64[i] = orig
					fd := (lp - lm) / (2 * h)
					num += (fd - float64(k.grad[i])) * (fd - float64(k.grad[i]))
					den += fd * fd
				}
				if r := math.Sqrt(num / den); r > 1e-3 {
					t.Fatalf("relative gradient error %.3g > 1e-3", r)
				}
			})
		}
	}
}

// TestMMDSameDistributionSmall: identical sample and data sets give MMD^2 = 0
// exactly in exact arithmetic (hand computation); float32 leaves < 1e-6.
func TestMMDSameDistributionSmall(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	y, _ := randMat(rng, 10, 3, 1)
	k := newMMDKernel([]float64{1, 3}, false)
	l := k.lossGrad(y, y, 10, 10, 3)
	var tot float64
	for _, v := range k.mmd2 {
		tot += v
	}
	numtest.Close(t, tot, 0, 1e-6, "MMD^2 of a set with itself: float32 rounding")
	if l > 1e-3 {
		t.Fatalf("sqrt MMD^2 of a set with itself = %g, want ~0", l)
	}
}

// TestMMDKernelLadder checks the shared-exp kernel values against the float64
// definition exp(-D/(2 sigma)). Expected: only the bandwidths that are not half
// of another one take an exp (80 and 2 for the paper's ladder; 3 and 0.7 below);
// values agree to 1e-6 (1+a) relative, a = D/(2 sigma) the exponent: k_5 is k_80
// squared four times, which multiplies Exp32's ~1 ulp and the float32 rounding
// of the exponent (relative error proportional to a, for a direct Exp32 too) by
// 16; 1e-6 is ~16 float32 ulp (measured worst: 6.8e-7 (1+a) for k_5, 7e-8 (1+a)
// for a direct Exp32). Checked wherever the true value is a normal float32 by
// a margin; below, values are 0 or normal, never denormal.
func TestMMDKernelLadder(t *testing.T) {
	cases := []struct {
		sigmas []float64
		exps   []float64 // bandwidths computed by exp
	}{
		{[]float64{2, 5, 10, 20, 40, 80}, []float64{80, 2}},
		{[]float64{1}, []float64{1}},
		{[]float64{0.75, 3, 1.5, 0.7}, []float64{3, 0.7}},
	}
	for _, c := range cases {
		k := newMMDKernel(c.sigmas, false)
		var exps []float64
		for _, s := range k.order {
			if k.src[s] < 0 {
				exps = append(exps, c.sigmas[s])
			}
		}
		if len(exps) != len(c.exps) {
			t.Fatalf("sigmas %v: exps for %v, want %v", c.sigmas, exps, c.exps)
		}
		for i := range exps {
			if exps[i] != c.exps[i] {
				t.Fatalf("sigmas %v: exps for %v, want %v", c.sigmas, exps, c.exps)
			}
		}
		b := k.newBlocks()
		for i := 0; i <= 20000; i++ {
			jj := i % mmdBlock
			b.dist[jj] = float32(2000 * float64(i) / 20000)
			if jj != mmdBlock-1 && i != 20000 {
				continue
			}
			k.blockValues(b, jj+1)
			for j, dist := range b.dist[:jj+1] {
				for s, sg := range c.sigmas {
					want := math.Exp(-float64(dist) / (2 * sg))
					got := float64(b.kv[s*mmdBlock+j])
					tol := 1e-6 * (1 + float64(dist)/(2*sg)) * want
					switch {
					case want > 1e-37:
						if !numtest.Close(t, got, want, tol, "float32 exp: 1e-6 relative, growing with the exponent") {
							t.Fatalf("sigmas %v: k_%v(%v)", c.sigmas, sg, dist)
						}
					case got != 0 && got < 0x1p-126:
						t.Fatalf("sigmas %v: k_%v(%v) = %g: denormal (want %g or 0)", c.sigmas, sg, dist, got, want)
					case got != 0 && !numtest.Close(t, got, want, tol, "below float32's normal range: 0 or the value"):
						t.Fatalf("sigmas %v: k_%v(%v)", c.sigmas, sg, dist)
					}
				}
			}
		}
	}
}
