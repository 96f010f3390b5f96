package metrics

import (
	"context"
	"fmt"
	"math"
)

// NearestNeighbours returns, for each sample row, the indices of its k
// nearest rows of train by Euclidean distance, nearest first; equal distances
// keep the lower index first. It ranks by ||t||^2 - 2 s.t (||s||^2 is the
// same for all candidates of a sample) with the dot products from a GEMM over
// blocks of 128 samples against all of train, on GOMAXPROCS goroutines.
// Candidates closer than float32 rounding of the dot products (~1e-7
// relative) may swap places.
func NearestNeighbours(ctx context.Context, samples, train []float32, d, k int) ([][]int, error) {
	n, err := checkMatrix("neighbours samples", samples, d)
	if err != nil {
		return nil, err
	}
	m, err := checkMatrix("neighbours train", train, d)
	if err != nil {
		return nil, err
	}
	if k <= 0 || k > m {
		return nil, fmt.Errorf("neighbours: k = %d, want 1..%d (train rows)", k, m)
	}
	out := make([][]int, n)
	if n == 0 {
		return out, nil
	}
	tt := sqNorms(train, d)
	g := newGram(train, d, false)
	const bs = 128
	nBlocks := (n + bs - 1) / bs
	workers := resolveWorkers(0, nBlocks)
	bufs := make([]gramBuf, workers)
	scratch := make([][]float64, workers)
	err = forBlocks(ctx, nBlocks, workers, func(w, blk int) error {
		lo, hi := blk*bs, min((blk+1)*bs, n)
		b := hi - lo
		if cap(scratch[w]) < b*m {
			scratch[w] = make([]float64, b*m)
		}
		dots := scratch[w][:b*m]
		g.dots(samples[lo*d:hi*d], &bufs[w], dots)
		for i := range b {
			row := dots[i*m : (i+1)*m]
			idx := make([]int, 0, k)
			score := make([]float64, 0, k)
			for j, dot := range row {
				s := tt[j] - 2*dot
				if len(idx) == k && !(s < score[k-1]) {
					continue
				}
				// Insert after every entry with score <= s: ties keep the lower index first.
				p := len(idx)
				for p > 0 && score[p-1] > s {
					p--
				}
				if len(idx) < k {
					idx, score = append(idx, 0), append(score, 0)
				}
				copy(idx[p+1:], idx[p:len(idx)-1])
				copy(score[p+1:], score[p:len(score)-1])
				idx[p], score[p] = j, s
			}
			out[lo+i] = idx
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("neighbours: %w", err)
	}
	return out, nil
}

// ModeStats summarises how a 2-D (or any d) sample covers a set of mode
// centres (the VEEGAN / PacGAN synthetic benchmarks).
type ModeStats struct {
	// PerMode counts the samples whose nearest centre is that mode and which
	// lie within the threshold of it.
	PerMode []int
	// Covered is the number of modes with at least one such sample.
	Covered int
	// HighQuality is the fraction of all samples within the threshold of
	// their nearest centre.
	HighQuality float64
}

// ModeCoverage assigns each sample (rows of d values) to its nearest centre
// and counts it if the distance is at most nStd * std (the papers use 3).
func ModeCoverage(samples []float32, d int, centres [][]float64, std, nStd float64) (ModeStats, error) {
	n, err := checkMatrix("modes samples", samples, d)
	if err != nil {
		return ModeStats{}, err
	}
	if len(centres) == 0 {
		return ModeStats{}, fmt.Errorf("modes: no centres")
	}
	for i, c := range centres {
		if len(c) != d {
			return ModeStats{}, fmt.Errorf("modes: centre %d has %d coordinates, want %d", i, len(c), d)
		}
	}
	if n == 0 {
		return ModeStats{}, fmt.Errorf("modes: no samples")
	}
	thr := nStd * std
	st := ModeStats{PerMode: make([]int, len(centres))}
	hq := 0
	for i := range n {
		x := samples[i*d : (i+1)*d]
		best, bd := -1, math.Inf(1)
		for k, c := range centres {
			var d2 float64
			for t, v := range x {
				diff := float64(v) - c[t]
				d2 += diff * diff
			}
			if d2 < bd {
				best, bd = k, d2
			}
		}
		if math.Sqrt(bd) <= thr {
			st.PerMode[best]++
			hq++
		}
	}
	for _, c := range st.PerMode {
		if c > 0 {
			st.Covered++
		}
	}
	st.HighQuality = float64(hq) / float64(n)
	return st, nil
}
