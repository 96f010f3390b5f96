package metrics

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestNearestNeighbours compares with a brute-force ranking (float64
// distances, stable sort, so ties keep the lower index). Data are small
// integers 0..3, which float32 GEMM multiplies and sums exactly, so the
// ranking must match exactly, including the many ties.
func TestNearestNeighbours(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(5, 6))
	ints := func(n, d int) []float32 {
		x := make([]float32, n*d)
		for i := range x {
			x[i] = float32(r.IntN(4))
		}
		return x
	}
	for _, tc := range []struct{ n, m, d, k int }{{300, 50, 4, 5}, {7, 20, 3, 20}, {1, 1, 2, 1}, {130, 400, 6, 3}} {
		s, tr := ints(tc.n, tc.d), ints(tc.m, tc.d)
		got, err := NearestNeighbours(ctx, s, tr, tc.d, tc.k)
		if err != nil {
			t.Fatal(err)
		}
		for i := range tc.n {
			dist := make([]float64, tc.m)
			for j := range tc.m {
				for c := range tc.d {
					diff := float64(s[i*tc.d+c] - tr[j*tc.d+c])
					dist[j] += diff * diff
				}
			}
			idx := make([]int, tc.m)
			for j := range idx {
				idx[j] = j
			}
			slices.SortStableFunc(idx, func(a, b int) int {
				switch {
				case dist[a] < dist[b]:
					return -1
				case dist[a] > dist[b]:
					return 1
				}
				return 0
			})
			if !slices.Equal(got[i], idx[:tc.k]) {
				t.Fatalf("case %+v sample %d: got %v, brute force %v", tc, i, got[i], idx[:tc.k])
			}
		}
	}
	if _, err := NearestNeighbours(ctx, []float32{1}, []float32{1}, 1, 2); err == nil {
		t.Error("k > train rows accepted")
	}
}

// TestModeCoverage: hand-placed points around two centres (std 1, threshold 3):
// at a centre, at distance 2.9 and 3.1, and one nearest to centre 1 but 5 away.
func TestModeCoverage(t *testing.T) {
	centres := [][]float64{{0, 0}, {10, 0}, {0, 10}}
	pts := []float32{
		0, 0, // centre 0: counted
		2.9, 0, // 2.9 from centre 0: counted
		0, -3.1, // 3.1 from centre 0: not counted
		15, 0, // nearest centre 1, 5 away: not counted
	}
	st, err := ModeCoverage(pts, 2, centres, 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(st.PerMode, []int{2, 0, 0}) || st.Covered != 1 || st.HighQuality != 0.5 {
		t.Fatalf("got %+v, want per-mode [2 0 0], covered 1, high quality 0.5", st)
	}
	if _, err := ModeCoverage(pts, 2, [][]float64{{1}}, 1, 3); err == nil {
		t.Fatal("centre of wrong dimension accepted")
	}
}
