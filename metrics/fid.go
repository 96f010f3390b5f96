package metrics

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Gaussian is the mean and covariance of a feature set (float64).
type Gaussian struct {
	Mean []float64
	Cov  *mat.SymDense
}

// FitGaussian returns the sample mean and the unbiased (n-1) covariance of n
// rows of d features, accumulated in float64.
func FitGaussian(x []float32, d int) (Gaussian, error) {
	n, err := checkMatrix("gaussian fit", x, d)
	if err != nil {
		return Gaussian{}, err
	}
	if n < 2 {
		return Gaussian{}, fmt.Errorf("gaussian fit: need at least 2 rows, got %d", n)
	}
	mean := make([]float64, d)
	for i := 0; i < n; i++ {
		for j, v := range x[i*d : (i+1)*d] {
			mean[j] += float64(v)
		}
	}
	for j := range mean {
		mean[j] /= float64(n)
	}
	c := make([]float64, n*d)
	for i := 0; i < n; i++ {
		for j, v := range x[i*d : (i+1)*d] {
			c[i*d+j] = float64(v) - mean[j]
		}
	}
	centred := mat.NewDense(n, d, c)
	cov := mat.NewSymDense(d, nil)
	cov.SymOuterK(1/float64(n-1), centred.T())
	return Gaussian{Mean: mean, Cov: cov}, nil
}

// FrechetDistance is the squared Frechet (2-Wasserstein) distance between two
// Gaussians: ||m1 - m2||^2 + tr(C1 + C2 - 2 (C1^1/2 C2 C1^1/2)^1/2), the
// symmetric form of tr((C1 C2)^1/2) (same eigenvalues), computed with two
// symmetric eigendecompositions; tiny negative eigenvalues from round-off
// are clamped to 0.
func FrechetDistance(a, b Gaussian) (float64, error) {
	d := len(a.Mean)
	if len(b.Mean) != d || a.Cov.SymmetricDim() != d || b.Cov.SymmetricDim() != d {
		return 0, fmt.Errorf("frechet distance: dimensions %d and %d differ", d, len(b.Mean))
	}
	var dm float64
	for i := range a.Mean {
		e := a.Mean[i] - b.Mean[i]
		dm += e * e
	}
	s1, err := sqrtSym(a.Cov)
	if err != nil {
		return 0, err
	}
	var m mat.Dense
	m.Mul(s1, b.Cov)
	m.Mul(&m, s1)
	ms := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			ms.SetSym(i, j, 0.5*(m.At(i, j)+m.At(j, i)))
		}
	}
	var eig mat.EigenSym
	if !eig.Factorize(ms, false) {
		return 0, fmt.Errorf("frechet distance: eigendecomposition did not converge")
	}
	var trSqrt float64
	for _, v := range eig.Values(nil) {
		trSqrt += math.Sqrt(math.Max(v, 0))
	}
	return dm + mat.Trace(a.Cov) + mat.Trace(b.Cov) - 2*trSqrt, nil
}

// sqrtSym is the PSD square root of a symmetric matrix.
func sqrtSym(c *mat.SymDense) (*mat.Dense, error) {
	var eig mat.EigenSym
	if !eig.Factorize(c, true) {
		return nil, fmt.Errorf("frechet distance: eigendecomposition did not converge")
	}
	vals := eig.Values(nil)
	var v mat.Dense
	eig.VectorsTo(&v)
	d := len(vals)
	scaled := mat.NewDense(d, d, nil)
	for j, l := range vals {
		s := math.Sqrt(math.Max(l, 0))
		for i := 0; i < d; i++ {
			scaled.Set(i, j, v.At(i, j)*s)
		}
	}
	var out mat.Dense
	out.Mul(scaled, v.T())
	return &out, nil
}

// FID is the Frechet distance between Gaussian fits of two feature sets
// (Heusel et al. 2017, on our classifier's features rather than Inception's).
func FID(x, y []float32, d int) (float64, error) {
	a, err := FitGaussian(x, d)
	if err != nil {
		return 0, fmt.Errorf("fid first set: %w", err)
	}
	b, err := FitGaussian(y, d)
	if err != nil {
		return 0, fmt.Errorf("fid second set: %w", err)
	}
	return FrechetDistance(a, b)
}

// InceptionScore is exp(E_x KL(p(y|x) || p(y))) over n rows of k class
// probabilities, p(y) their mean (Salimans et al. 2016). It splits the rows
// into `splits` consecutive groups, as the reference code does, and returns
// the mean and standard deviation over the groups (splits <= 1: one group,
// std 0). The score lies in [1, k].
func InceptionScore(probs []float32, k, splits int) (mean, std float64, err error) {
	n, err := checkMatrix("inception score", probs, k)
	if err != nil {
		return 0, 0, err
	}
	if splits < 1 {
		splits = 1
	}
	if n < splits {
		return 0, 0, fmt.Errorf("inception score: %d rows for %d splits", n, splits)
	}
	scores := make([]float64, splits)
	for s := 0; s < splits; s++ {
		lo, hi := s*n/splits, (s+1)*n/splits
		py := make([]float64, k)
		for i := lo; i < hi; i++ {
			for j, p := range probs[i*k : (i+1)*k] {
				py[j] += float64(p)
			}
		}
		for j := range py {
			py[j] /= float64(hi - lo)
		}
		var kl float64
		for i := lo; i < hi; i++ {
			for j, p := range probs[i*k : (i+1)*k] {
				if p > 0 {
					kl += float64(p) * (math.Log(float64(p)) - math.Log(py[j]))
				}
			}
		}
		scores[s] = math.Exp(kl / float64(hi-lo))
	}
	for _, v := range scores {
		mean += v
	}
	mean /= float64(splits)
	for _, v := range scores {
		std += (v - mean) * (v - mean)
	}
	return mean, math.Sqrt(std / float64(splits)), nil
}
