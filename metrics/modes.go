package metrics

import (
	"fmt"
	"math"
)

// Coverage is how well samples cover the modes of a mixture, as the
// mode-collapse papers count it (VEEGAN Table 1, PacGAN Table 1).
type Coverage struct {
	Modes       int     // modes with at least one high-quality sample
	Total       int     // modes in the mixture
	HighQuality float64 // fraction of samples within the threshold of their nearest centre
	// ReverseKL is KL(p || uniform) of the histogram p of the high-quality
	// samples over their nearest modes (PacGAN's reverse KL; 0 when
	// every mode has the same share, log(Total) when one mode has all).
	// NaN with no high-quality sample.
	ReverseKL float64
}

// MixtureCoverage measures n 2-D samples (x row-major, len 2n) against
// centres: a sample is high quality when it lies within threshold (3 std
// in both papers) of its nearest centre, and a mode is covered when at
// least one high-quality sample is nearest to it.
func MixtureCoverage(x []float32, n int, centres [][2]float64, threshold float64) (Coverage, error) {
	if len(x) != 2*n || len(centres) == 0 {
		return Coverage{}, fmt.Errorf("mixture coverage: %d values for %d 2-D samples, %d centres", len(x), n, len(centres))
	}
	counts := make([]int, len(centres))
	hq := 0
	for i := range n {
		px, py := float64(x[2*i]), float64(x[2*i+1])
		best, bestD := 0, math.Inf(1)
		for k, c := range centres {
			if d := math.Hypot(px-c[0], py-c[1]); d < bestD {
				best, bestD = k, d
			}
		}
		if bestD <= threshold {
			counts[best]++
			hq++
		}
	}
	cov := Coverage{Total: len(centres), ReverseKL: histogramKL(counts, hq)}
	if n > 0 {
		cov.HighQuality = float64(hq) / float64(n)
	}
	for _, c := range counts {
		if c > 0 {
			cov.Modes++
		}
	}
	return cov, nil
}

// LabelCoverage counts the distinct modes among labels in [0, total) (a
// stacked-MNIST sample's mode is its three channels' classes) and the KL
// divergence of their histogram from the uniform one over total modes
// (VEEGAN Table 2, PacGAN Table 2).
func LabelCoverage(labels []int32, total int) (modes int, kl float64, err error) {
	counts := make([]int, total)
	for i, l := range labels {
		if l < 0 || int(l) >= total {
			return 0, 0, fmt.Errorf("label coverage: label %d of sample %d is outside [0, %d)", l, i, total)
		}
		counts[l]++
	}
	for _, c := range counts {
		if c > 0 {
			modes++
		}
	}
	return modes, histogramKL(counts, len(labels)), nil
}

// histogramKL is KL(p || uniform over len(counts)) for p = counts / n.
func histogramKL(counts []int, n int) float64 {
	if n == 0 {
		return math.NaN()
	}
	kl, u := 0.0, 1/float64(len(counts))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / float64(n)
			kl += p * math.Log(p/u)
		}
	}
	return kl
}
