package metrics

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

func randMatrix(r *rand.Rand, n, d int, scale float32) []float32 {
	x := make([]float32, n*d)
	for i := range x {
		x[i] = scale * r.Float32()
	}
	return x
}

// bruteParzen is the formula evaluated directly: float64 differences (no
// norm expansion), max-shifted logsumexp, one point at a time.
func bruteParzen(samples, points []float32, d int, sigma float64) []float64 {
	m, n := len(samples)/d, len(points)/d
	out := make([]float64, n)
	for i := range n {
		e := make([]float64, m)
		mx := math.Inf(-1)
		for j := range m {
			var d2 float64
			for t := range d {
				diff := float64(points[i*d+t]) - float64(samples[j*d+t])
				d2 += diff * diff
			}
			e[j] = -d2 / (2 * sigma * sigma)
			mx = max(mx, e[j])
		}
		var s float64
		for _, v := range e {
			s += math.Exp(v - mx)
		}
		out[i] = mx + math.Log(s) - math.Log(float64(m)) - float64(d)/2*math.Log(2*math.Pi*sigma*sigma)
	}
	return out
}

// TestParzenBruteForce compares with bruteParzen on random inputs in [0,1]^d.
// Tolerances: float32 GEMM rounds each x.s to ~6e-8 relative; with d <= 20
// and ||x||^2 <= 20 the squared distance is off by < 1e-5, i.e. by
// < 1e-5 / (2 sigma^2) <= 2e-4 nats at sigma = 0.15, so 5e-4 absolute. The
// float64 (Exact) path differs only by summation order: 1e-9.
func TestParzenBruteForce(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(1, 2))
	cases := []struct {
		m, n, d int
		sigma   float64
		opts    ParzenOptions
	}{
		{m: 50, n: 7, d: 3, sigma: 0.5},
		{m: 300, n: 123, d: 20, sigma: 0.15, opts: ParzenOptions{Block: 10, Workers: 3}},
		{m: 1, n: 4, d: 1, sigma: 1},
		{m: 200, n: 60, d: 5, sigma: 0.2, opts: ParzenOptions{Block: 7, Workers: 1}},
	}
	for _, tc := range cases {
		s := randMatrix(r, tc.m, tc.d, 1)
		p := randMatrix(r, tc.n, tc.d, 1)
		want := bruteParzen(s, p, tc.d, tc.sigma)
		for _, exact := range []bool{false, true} {
			opts := tc.opts
			opts.Exact = exact
			got, err := ParzenLogLik(ctx, s, p, tc.d, tc.sigma, opts)
			if err != nil {
				t.Fatal(err)
			}
			tol := 5e-4
			if exact {
				tol = 1e-9
			}
			for i := range want {
				if !numtest.Close(t, got[i], want[i], tol, "bruteParzen; 5e-4: float32 GEMM distances, 1e-9: summation order (see the doc comment)") {
					t.Fatalf("m=%d d=%d sigma=%v exact=%v point %d: got %.10g, brute force %.10g (tol %g)", tc.m, tc.d, tc.sigma, exact, i, got[i], want[i], tol)
				}
			}
		}
	}
}

// TestParzenGaussian1D checks convergence to an analytic density. Samples
// s_i ~ N(0,1) and a kernel of width h make E[p_hat(x)] exactly the N(0,
// 1+h^2) density (a convolution of Gaussians), with Monte Carlo standard
// deviation of p_hat(x) about sqrt(p(x) / (2 sqrt(pi) h n)) (the usual kernel
// variance formula). So |log p_hat - log N(x; 0, 1+h^2)| should be within 5
// of those relative standard deviations; and |log p_hat - log N(x; 0, 1)|
// within that plus the smoothing bias |log N(x;0,1+h^2) - log N(x;0,1)|
// (<= 0.02 here). The error must shrink as n grows (n x100 -> sd /10).
func TestParzenGaussian1D(t *testing.T) {
	ctx := context.Background()
	const h = 0.1
	xs := []float32{-2, -1, -0.3, 0, 0.5, 1.5, 2}
	logN := func(x, v float64) float64 { return -x*x/(2*v) - 0.5*math.Log(2*math.Pi*v) }
	var prevErr float64
	for step, n := range []int{1000, 100000} {
		r := rand.New(rand.NewPCG(42, uint64(n)))
		s := make([]float32, n)
		for i := range s {
			s[i] = float32(r.NormFloat64())
		}
		got, err := ParzenLogLik(ctx, s, xs, 1, h, ParzenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var maxErr float64
		for i, x32 := range xs {
			x := float64(x32)
			smooth := logN(x, 1+h*h)
			relSD := math.Sqrt(math.Exp(smooth)/(2*math.Sqrt(math.Pi)*h*float64(n))) / math.Exp(smooth)
			if !numtest.Close(t, got[i], smooth, 5*relSD, "log N(0,1+h^2) within 5 Monte Carlo sd") {
				t.Errorf("n=%d x=%v", n, x)
			}
			bias := math.Abs(smooth - logN(x, 1))
			if !numtest.Close(t, got[i], logN(x, 1), 5*relSD+bias, "analytic log N(0,1) within 5 sd plus the smoothing bias") {
				t.Errorf("n=%d x=%v", n, x)
			}
			maxErr = max(maxErr, math.Abs(got[i]-smooth))
		}
		if step > 0 && !(maxErr < prevErr) {
			t.Errorf("error did not shrink with n: %.4g at n=%d vs %.4g before", maxErr, n, prevErr)
		}
		prevErr = maxErr
	}
}

// TestParzenFarAway: points so far from the samples that every kernel term
// underflows exp (exponents around -5e7). The exact answer is finite:
// with samples at 0 and e_1 and x = 1000 e_1 + 1000 e_2 (d = 2),
// log p = logsumexp(-a, -b) - log 2 - log(2 pi sigma^2), a = 2e6/(2 sigma^2),
// b = (999^2 + 1000^2)/(2 sigma^2); b < a so it is -b + log1p(exp(b - a)).
// Relative tolerance 1e-9 (float32 inputs are exact integers here).
func TestParzenFarAway(t *testing.T) {
	ctx := context.Background()
	const sigma = 0.1
	s := []float32{0, 0, 1, 0}
	x := []float32{1000, 1000}
	for _, exact := range []bool{false, true} {
		got, err := ParzenLogLik(ctx, s, x, 2, sigma, ParzenOptions{Exact: exact})
		if err != nil {
			t.Fatal(err)
		}
		c := 1 / (2 * sigma * sigma)
		a, b := 2e6*c, (999.0*999+1e6)*c
		want := -b + math.Log1p(math.Exp(b-a)) - math.Log(2) - math.Log(2*math.Pi*sigma*sigma)
		if !numtest.Rel(t, got[0], want, 1e-9, "float32 inputs are exact integers here") {
			t.Fatalf("exact=%v", exact)
		}
	}
}

func TestParzenErrors(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name     string
		s, p     []float32
		d        int
		sigma    float64
		contains string
	}{
		{"bad d", []float32{1}, []float32{1}, 0, 1, "d = 0"},
		{"ragged samples", []float32{1, 2, 3}, []float32{1, 2}, 2, 1, "samples: length 3"},
		{"ragged points", []float32{1, 2}, []float32{1}, 2, 1, "points: length 1"},
		{"no samples", nil, []float32{1}, 1, 1, "no samples"},
		{"zero sigma", []float32{1}, []float32{1}, 1, 0, "bandwidth 0"},
		{"NaN sigma", []float32{1}, []float32{1}, 1, math.NaN(), "bandwidth NaN"},
	}
	for _, tc := range cases {
		_, err := ParzenLogLik(ctx, tc.s, tc.p, tc.d, tc.sigma, ParzenOptions{})
		if err == nil || !strings.Contains(err.Error(), tc.contains) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.contains)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := ParzenLogLik(cctx, []float32{1}, []float32{1}, 1, 1, ParzenOptions{}); err == nil {
		t.Error("cancelled context: no error")
	}
}

// TestParzenSelect: samples from N(0, 1) in 1-D, validation from the same
// law. The best bandwidth on the GAN grid (0.1..1) must be interior: the
// asymptotically optimal width for n = 2000 is about 1.06 n^(-1/5) = 0.23
// (Silverman's rule), far from both ends; it must be equal to the argmax of the returned means, and the
// multi-sigma path must agree with single-sigma ParzenLogLik to 1e-12
// (identical arithmetic).
func TestParzenSelect(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	gen := func(n int) []float32 {
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(r.NormFloat64())
		}
		return x
	}
	s, v := gen(2000), gen(500)
	grid := GANSigmaGrid()
	best, means, err := ParzenSelect(ctx, s, v, 1, grid, ParzenOptions{Block: 64})
	if err != nil {
		t.Fatal(err)
	}
	bi := slices.Index(grid, best)
	if bi <= 0 || bi >= len(grid)-1 {
		t.Fatalf("best sigma %v at grid edge (means %v)", best, means)
	}
	if slices.Max(means) != means[bi] {
		t.Fatalf("best %v is not the argmax of %v", best, means)
	}
	for k, sg := range grid {
		ll, err := ParzenLogLik(ctx, s, v, 1, sg, ParzenOptions{Block: 64})
		if err != nil {
			t.Fatal(err)
		}
		if !numtest.Close(t, Summarize(ll).Mean, means[k], 1e-12, "single-sigma ParzenLogLik vs ParzenSelect: identical arithmetic") {
			t.Fatalf("sigma %v", sg)
		}
	}
	res, err := Parzen(ctx, s, v, v, 1, grid, ParzenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	numtest.Close(t, res.Test.Mean, means[bi], 1e-12, "Parzen's test mean vs ParzenSelect's: identical arithmetic")
	if res.Sigma != best || res.Test.N != 500 {
		t.Fatalf("Parzen result %+v inconsistent with select (best %v, mean %v)", res.Test, best, means[bi])
	}
}

// TestSigmaGrids checks the grids against numpy's output, written out here
// (numpy.arange(0.1, 0.3, 0.01) has 20 entries ending 0.29;
// numpy.logspace(-1, 0, 10)[1] = 10^(-8/9) = 0.12915496650148839).
func TestSigmaGrids(t *testing.T) {
	g := GMMNSigmaGrid()
	if len(g) != 20 {
		t.Fatalf("GMMN grid %v", g)
	}
	// 1e-15: arange's 0.1 + k*0.01 rounds differently from the literal
	// by an ulp or so (numpy's own values print as these literals).
	numtest.Close(t, g[0], 0.1, 1e-15, "numpy arange value")
	numtest.Close(t, g[19], 0.29, 1e-15, "numpy arange value")
	numtest.Close(t, g[7], 0.17, 1e-15, "numpy arange value")
	l := GANSigmaGrid()
	if len(l) != 10 || l[0] != 0.1 || l[9] != 1 {
		t.Fatalf("GAN grid %v", l)
	}
	numtest.Close(t, l[1], 0.12915496650148839, 1e-15, "numpy logspace value, an ulp or so")
}

// TestSummarize: hand computation for {1, 2, 3, 4}: mean 2.5, population
// variance (2.25+0.25+0.25+2.25)/4 = 1.25, std/sqrt(4) = sqrt(1.25)/2.
func TestSummarize(t *testing.T) {
	s := Summarize([]float64{1, 2, 3, 4})
	if s.N != 4 || s.Mean != 2.5 {
		t.Fatalf("got %+v", s)
	}
	// 1e-15: the sums are exact; sqrt and the division round once each.
	numtest.Close(t, s.Std, math.Sqrt(1.25), 1e-15, "hand computation, one rounding")
	numtest.Close(t, s.StdErr, math.Sqrt(1.25)/2, 1e-15, "hand computation, two roundings")
	if e := Summarize(nil); !math.IsNaN(e.Mean) {
		t.Fatalf("empty summary mean %v, want NaN", e.Mean)
	}
}

// TestParzenWorkersBitwise: each block is computed by one goroutine with the
// same arithmetic, so the worker count must not change a single bit (the
// pipeline promises identical bytes for -j 1 and -j 4).
func TestParzenWorkersBitwise(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(8, 9))
	s, p := randMatrix(r, 400, 16, 1), randMatrix(r, 333, 16, 1)
	a, err := ParzenLogLik(ctx, s, p, 16, 0.3, ParzenOptions{Workers: 1, Block: 50})
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParzenLogLik(ctx, s, p, 16, 0.3, ParzenOptions{Workers: 4, Block: 50})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a, b) {
		t.Fatal("results differ between 1 and 4 workers")
	}
}
