package stages

import (
	"math/rand"
	"sort"

	"github.com/ganpipe/ganpipe/artifact"
)

// pickRows returns m itself when limit <= 0 or limit >= m.Rows, and otherwise
// limit of its rows drawn at random without replacement from rng (kept in
// their original relative order), labels with them.
//
// A cap on the rows a stage looks at must not mean "the first rows": the data
// sets keep their files' order (see datasets.Load), and MNIST's first
// training images are not a fair sample of the rest (1000 random training
// images score MMD^2 0.018 against the first 1000 and 0.010 against 1000
// other random ones; README, pixel GMMN). Samples are i.i.d., so for them the
// draw changes nothing but which rows are used.
func pickRows(m *artifact.Matrix, limit int, rng *rand.Rand) *artifact.Matrix {
	if limit <= 0 || limit >= m.Rows {
		return m
	}
	idx := rng.Perm(m.Rows)[:limit]
	sort.Ints(idx)
	return gatherRows(m, idx)
}

// gatherRows returns the rows idx of m (and their labels) as a new matrix
// with m's metadata.
func gatherRows(m *artifact.Matrix, idx []int) *artifact.Matrix {
	out := &artifact.Matrix{Rows: len(idx), Cols: m.Cols, Data: make([]float32, 0, len(idx)*m.Cols), Meta: m.Meta}
	if m.Labels != nil {
		out.Labels = make([]int32, 0, len(idx))
	}
	for _, i := range idx {
		out.Data = append(out.Data, m.Row(i)...)
		if m.Labels != nil {
			out.Labels = append(out.Labels, m.Labels[i])
		}
	}
	return out
}
