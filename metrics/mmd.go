package metrics

import (
	"fmt"
	"math"
)

// MMD2 is the biased estimate of the squared maximum mean discrepancy between
// the rows of x and y (d columns each) under the sum over sigmas of Gaussian
// kernels k(a, b) = exp(-||a - b||^2 / (2 sigma)) — sigma, not sigma^2, as in
// the GMMN authors' code (PAPERS.md):
//
//	MMD^2 = mean_{i,i'} k(x_i, x_i') + mean_{j,j'} k(y_j, y_j') - 2 mean_{i,j} k(x_i, y_j)
//
// with the diagonal terms included (biased, always >= 0 up to rounding). It
// equals the sum over sigmas of the single-kernel MMD^2. Distances are
// direct float64 differences (no cancellation), all sums in float64.
//
// MMD2 is an evaluation helper for modest sizes (O((n+m)^2 d)); training
// losses live in package models. It panics if d <= 0, a length is not a
// multiple of d, x or y is empty, or a sigma is not positive: these are
// programming errors, not data conditions.
func MMD2(x, y []float32, d int, sigmas []float64) float64 {
	n, err := checkMatrix("mmd x", x, d)
	if err != nil {
		panic(err)
	}
	m, err := checkMatrix("mmd y", y, d)
	if err != nil {
		panic(err)
	}
	if n == 0 || m == 0 {
		panic(fmt.Sprintf("mmd: empty input (%d and %d rows)", n, m))
	}
	inv := make([]float64, len(sigmas))
	for k, s := range sigmas {
		if !(s > 0) {
			panic(fmt.Sprintf("mmd: sigma %v, want > 0", s))
		}
		inv[k] = 1 / (2 * s)
	}
	// kmean returns the mean over all pairs (a_i, b_j) of the summed kernel.
	// For a == b only i < j is computed and doubled, plus the diagonal k = len(sigmas).
	kmean := func(a, b []float32, na, nb int, same bool) float64 {
		var total float64
		for i := range na {
			ai := a[i*d : (i+1)*d]
			j0 := 0
			if same {
				j0 = i + 1
			}
			for j := j0; j < nb; j++ {
				bj := b[j*d : (j+1)*d]
				var d2 float64
				for t, v := range ai {
					diff := float64(v) - float64(bj[t])
					d2 += diff * diff
				}
				var k float64
				for _, c := range inv {
					k += math.Exp(-d2 * c)
				}
				total += k
			}
		}
		if same {
			total = 2*total + float64(na*len(sigmas))
		}
		return total / float64(na*nb)
	}
	return kmean(x, x, n, n, true) + kmean(y, y, m, m, true) - 2*kmean(x, y, n, m, false)
}
