package metrics

import (
	"context"
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// PrecisionRecall is the improved precision and recall of generative models
// (Kynkaanniemi et al. 2019): each set's manifold is the union of balls around
// its points with radius the distance to the point's k-th nearest neighbour in
// the same set. Precision is the fraction of generated rows inside the real
// manifold, recall the fraction of real rows inside the generated one.
// Distances are Euclidean in float64 (GEMM through blas64, blocks of 512 rows).
func PrecisionRecall(ctx context.Context, real, fake []float32, d, k int) (precision, recall float64, err error) {
	nr, err := checkMatrix("precision/recall real", real, d)
	if err != nil {
		return 0, 0, err
	}
	nf, err := checkMatrix("precision/recall fake", fake, d)
	if err != nil {
		return 0, 0, err
	}
	if k < 1 || k >= nr || k >= nf {
		return 0, 0, fmt.Errorf("precision/recall: k = %d needs more than k rows in each set (%d real, %d fake)", k, nr, nf)
	}
	r64, f64 := to64(real), to64(fake)
	rr, err := kthRadii(ctx, r64, d, k)
	if err != nil {
		return 0, 0, err
	}
	rf, err := kthRadii(ctx, f64, d, k)
	if err != nil {
		return 0, 0, err
	}
	in, err := covered(ctx, f64, r64, rr, d)
	if err != nil {
		return 0, 0, err
	}
	back, err := covered(ctx, r64, f64, rf, d)
	if err != nil {
		return 0, 0, err
	}
	return float64(in) / float64(nf), float64(back) / float64(nr), nil
}

func to64(x []float32) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}

// sqDistBlocks calls fn(i0, i1, dist) with the squared distances between rows
// i0..i1-1 of a and every row of b (dist[(i-i0)*nb + j]).
func sqDistBlocks(ctx context.Context, a, b []float64, d int, fn func(i0, i1 int, dist []float64)) error {
	na, nb := len(a)/d, len(b)/d
	an, bn := norms64(a, d), norms64(b, d)
	const bs = 512
	buf := make([]float64, min(bs, na)*nb)
	for i0 := 0; i0 < na; i0 += bs {
		if err := ctx.Err(); err != nil {
			return err
		}
		i1 := min(i0+bs, na)
		dist := buf[:(i1-i0)*nb]
		blas64.Gemm(blas.NoTrans, blas.Trans, -2,
			blas64.General{Rows: i1 - i0, Cols: d, Stride: d, Data: a[i0*d : i1*d]},
			blas64.General{Rows: nb, Cols: d, Stride: d, Data: b},
			0, blas64.General{Rows: i1 - i0, Cols: nb, Stride: nb, Data: dist})
		for i := i0; i < i1; i++ {
			row := dist[(i-i0)*nb : (i-i0+1)*nb]
			for j := range row {
				row[j] = math.Max(0, row[j]+an[i]+bn[j])
			}
		}
		fn(i0, i1, dist)
	}
	return nil
}

func norms64(x []float64, d int) []float64 {
	out := make([]float64, len(x)/d)
	for i := range out {
		for _, v := range x[i*d : (i+1)*d] {
			out[i] += v * v
		}
	}
	return out
}

// kthRadii returns each row's squared distance to its k-th nearest other row.
func kthRadii(ctx context.Context, x []float64, d, k int) ([]float64, error) {
	n := len(x) / d
	radii := make([]float64, n)
	tmp := make([]float64, n)
	err := sqDistBlocks(ctx, x, x, d, func(i0, i1 int, dist []float64) {
		for i := i0; i < i1; i++ {
			copy(tmp, dist[(i-i0)*n:(i-i0+1)*n])
			tmp[i] = math.Inf(1) // not its own neighbour
			radii[i] = kthSmallest(tmp, k)
		}
	})
	return radii, err
}

// kthSmallest returns the k-th smallest value (1-based) of v, reordering v.
func kthSmallest(v []float64, k int) float64 {
	best := make([]float64, 0, k)
	for _, x := range v {
		if len(best) == k && x >= best[k-1] {
			continue
		}
		p := sort.SearchFloat64s(best, x)
		if len(best) < k {
			best = append(best, 0)
		}
		copy(best[p+1:], best[p:])
		best[p] = x
	}
	return best[k-1]
}

// covered counts rows of q inside some ball (centre row j of m, squared
// radius r[j]).
func covered(ctx context.Context, q, m, r []float64, d int) (int, error) {
	nm := len(m) / d
	count := 0
	err := sqDistBlocks(ctx, q, m, d, func(i0, i1 int, dist []float64) {
		for i := i0; i < i1; i++ {
			row := dist[(i-i0)*nm : (i-i0+1)*nm]
			for j, v := range row {
				if v <= r[j] {
					count++
					break
				}
			}
		}
	})
	return count, err
}
