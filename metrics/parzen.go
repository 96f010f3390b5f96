package metrics

import (
	"context"
	"fmt"
	"math"
)

// ParzenOptions tune the computation, not the result (beyond rounding).
type ParzenOptions struct {
	// Workers is the number of goroutines, each taking whole blocks of
	// points; 0 means GOMAXPROCS.
	Workers int
	// Block is the number of points per block (default 500). Memory per
	// worker is about 12 * Block * len(samples)/d bytes.
	Block int
	// Exact computes the inner products in float64 (blas64) instead of
	// float32 (blas32). The float32 path loses about 1e-7 relative accuracy
	// in each x.s, i.e. ~1e-4 in a 784-d squared distance of MNIST images and
	// a few 1e-3 nats at sigma = 0.17; Exact is for tests and paranoia.
	Exact bool
}

func (o ParzenOptions) block() int {
	if o.Block > 0 {
		return o.Block
	}
	return 500
}

// parzenSkip is the exponent gap beyond which a kernel term is left out of
// the logsumexp: a term exp(-60) below the largest contributes less than
// m * 8.8e-27 relative to the sum, far below float64 rounding for any
// m < 1e9, so skipping it (and its exp call) does not change the result.
const parzenSkip = 60

// ParzenLogLik returns, for each of the points (rows of d values), the log
// density of a Gaussian Parzen window with bandwidth sigma centred on the
// samples:
//
//	log p(x) = logsumexp_i(-||x - s_i||^2 / (2 sigma^2)) - log n - (d/2) log(2 pi sigma^2)
//
// (the GAN / GMMN evaluation, PAPERS.md). Inner products come from a GEMM in
// blocks of opts.Block points against all samples; the logsumexp is
// max-shifted and accumulated in float64, so far-away points give a finite
// (very negative) value, not -Inf.
func ParzenLogLik(ctx context.Context, samples, points []float32, d int, sigma float64, opts ParzenOptions) ([]float64, error) {
	ll, err := parzenMulti(ctx, samples, points, d, []float64{sigma}, opts)
	if err != nil {
		return nil, err
	}
	return ll[0], nil
}

// ParzenLogLikSigmas is ParzenLogLik for several bandwidths at once: the
// distances are computed once and reused, which is what bandwidth selection
// needs. Result [k][i] is point i under sigmas[k].
func ParzenLogLikSigmas(ctx context.Context, samples, points []float32, d int, sigmas []float64, opts ParzenOptions) ([][]float64, error) {
	return parzenMulti(ctx, samples, points, d, sigmas, opts)
}

func parzenMulti(ctx context.Context, samples, points []float32, d int, sigmas []float64, opts ParzenOptions) ([][]float64, error) {
	m, err := checkMatrix("parzen samples", samples, d)
	if err != nil {
		return nil, err
	}
	n, err := checkMatrix("parzen points", points, d)
	if err != nil {
		return nil, err
	}
	if m == 0 {
		return nil, fmt.Errorf("parzen: no samples")
	}
	if len(sigmas) == 0 {
		return nil, fmt.Errorf("parzen: no bandwidths")
	}
	for _, s := range sigmas {
		if !(s > 0) || math.IsInf(s, 0) {
			return nil, fmt.Errorf("parzen: bandwidth %v, want a positive finite number", s)
		}
	}
	out := make([][]float64, len(sigmas))
	inv := make([]float64, len(sigmas))  // 1 / (2 sigma^2)
	norm := make([]float64, len(sigmas)) // log n + (d/2) log(2 pi sigma^2)
	for k, s := range sigmas {
		out[k] = make([]float64, n)
		inv[k] = 1 / (2 * s * s)
		norm[k] = math.Log(float64(m)) + float64(d)/2*math.Log(2*math.Pi*s*s)
	}
	if n == 0 {
		return out, nil
	}

	ss := sqNorms(samples, d)
	xx := sqNorms(points, d)
	g := newGram(samples, d, opts.Exact)
	bs := opts.block()
	nBlocks := (n + bs - 1) / bs
	workers := resolveWorkers(opts.Workers, nBlocks)
	bufs := make([]gramBuf, workers)
	dist := make([][]float64, len(bufs))

	err = forBlocks(ctx, nBlocks, workers, func(w, blk int) error {
		lo, hi := blk*bs, min((blk+1)*bs, n)
		b := hi - lo
		if cap(dist[w]) < b*m {
			dist[w] = make([]float64, b*m)
		}
		dd := dist[w][:b*m]
		g.dots(points[lo*d:hi*d], &bufs[w], dd)
		for i := range b {
			row := dd[i*m : (i+1)*m]
			xi := xx[lo+i]
			minD := math.Inf(1)
			for j, dot := range row {
				v := xi + ss[j] - 2*dot
				if v < 0 { // rounding can make a zero distance slightly negative
					v = 0
				}
				row[j] = v
				minD = min(minD, v)
			}
			for k := range sigmas {
				// logsumexp_j(-D_j c) = -minD c + log sum_j exp(-(D_j - minD) c)
				c := inv[k]
				cut := parzenSkip / c
				var sum float64
				for _, v := range row {
					if e := v - minD; e < cut {
						sum += math.Exp(-e * c)
					}
				}
				out[k][lo+i] = -minD*c + math.Log(sum) - norm[k]
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("parzen: %w", err)
	}
	return out, nil
}

// Summary is the mean of per-point values with its standard error.
type Summary struct {
	N      int
	Mean   float64
	Std    float64 // population standard deviation (numpy's default, ddof = 0)
	StdErr float64 // Std / sqrt(N), as the GAN and GMMN papers report
}

// Summarize returns the mean, std (ddof = 0) and std/sqrt(N) of v, in float64.
func Summarize(v []float64) Summary {
	s := Summary{N: len(v)}
	if len(v) == 0 {
		s.Mean, s.Std, s.StdErr = math.NaN(), math.NaN(), math.NaN()
		return s
	}
	var sum float64
	for _, x := range v {
		sum += x
	}
	s.Mean = sum / float64(len(v))
	var sq float64
	for _, x := range v {
		sq += (x - s.Mean) * (x - s.Mean)
	}
	s.Std = math.Sqrt(sq / float64(len(v)))
	s.StdErr = s.Std / math.Sqrt(float64(len(v)))
	return s
}

// ParzenSelect picks the bandwidth with the highest mean log-likelihood of
// the validation points (the first such sigma on ties) and returns it with
// the mean for every sigma, in the order given.
func ParzenSelect(ctx context.Context, samples, valid []float32, d int, sigmas []float64, opts ParzenOptions) (best float64, means []float64, err error) {
	ll, err := parzenMulti(ctx, samples, valid, d, sigmas, opts)
	if err != nil {
		return 0, nil, fmt.Errorf("parzen select: %w", err)
	}
	if len(valid) == 0 {
		return 0, nil, fmt.Errorf("parzen select: no validation points")
	}
	means = make([]float64, len(sigmas))
	bi := -1
	for k := range sigmas {
		means[k] = Summarize(ll[k]).Mean
		if !math.IsNaN(means[k]) && (bi < 0 || means[k] > means[bi]) {
			bi = k
		}
	}
	if bi < 0 {
		return 0, means, fmt.Errorf("parzen select: every bandwidth gave NaN")
	}
	return sigmas[bi], means, nil
}

// ParzenResult is the outcome of the full Parzen protocol.
type ParzenResult struct {
	Sigma      float64   // bandwidth chosen on the validation set
	Sigmas     []float64 // the grid searched
	ValidMeans []float64 // mean validation log-likelihood per grid entry
	Test       Summary   // test log-likelihood: mean +- std/sqrt(N)
	LogLik     []float64 // per test point, under Sigma
}

// Parzen runs the papers' protocol: choose sigma from the grid on valid,
// then report the test points' mean log-likelihood +- std/sqrt(N).
func Parzen(ctx context.Context, samples, valid, test []float32, d int, sigmas []float64, opts ParzenOptions) (ParzenResult, error) {
	best, means, err := ParzenSelect(ctx, samples, valid, d, sigmas, opts)
	if err != nil {
		return ParzenResult{}, err
	}
	ll, err := ParzenLogLik(ctx, samples, test, d, best, opts)
	if err != nil {
		return ParzenResult{}, err
	}
	if len(ll) == 0 {
		return ParzenResult{}, fmt.Errorf("parzen: no test points")
	}
	return ParzenResult{Sigma: best, Sigmas: append([]float64(nil), sigmas...), ValidMeans: means, Test: Summarize(ll), LogLik: ll}, nil
}

// GMMNSigmaGrid is the GMMN code's bandwidth grid, numpy
// arange(0.1, 0.3, 0.01): 20 values 0.1 + 0.01 i, i = 0..19 (0.3 excluded).
func GMMNSigmaGrid() []float64 {
	g := make([]float64, 20)
	for i := range g {
		g[i] = 0.1 + 0.01*float64(i)
	}
	return g
}

// GANSigmaGrid is the GAN code's bandwidth grid, numpy logspace(-1, 0, 10):
// 10^(-1 + i/9), i = 0..9, from 0.1 to 1.
func GANSigmaGrid() []float64 {
	g := make([]float64, 10)
	for i := range g {
		g[i] = math.Pow(10, -1+float64(i)/9)
	}
	return g
}
