package stages

import (
	"math"
	"testing"

	"github.com/ganpipe/ganpipe/artifact"
)

func TestTermLabel(t *testing.T) {
	mmd := []float64{0.25, 0.16, 0.09}
	hist := func(loss []float64) *artifact.History {
		return &artifact.History{Iter: []int64{100, 200, 300}, Terms: []string{"loss", "mmd2"}, Values: [][]float64{loss, mmd}}
	}
	sqrtLoss := []float64{math.Sqrt(0.25), math.Sqrt(0.16), math.Sqrt(0.09)}
	for _, tc := range []struct {
		name  string
		h     *artifact.History
		term  string
		title string
		axis  string
	}{
		{"sqrt loss", hist(sqrtLoss), "loss", "loss: sqrt-MMD = √(Σ MMD²), the training loss", "sqrt-MMD"},
		{"mmd2 loss", hist(mmd), "loss", "loss: MMD² summed over the kernels, the training loss", "MMD²"},
		{"neither", hist([]float64{1, 2, 3}), "loss", "loss: the training loss", "loss"},
		{"mmd2 column", hist(sqrtLoss), "mmd2", "mmd2: MMD², summed over the kernels", "MMD²"},
		{"unknown", hist(sqrtLoss), "zeta", "zeta", "zeta"},
	} {
		title, axis := termLabel(tc.term, tc.h)
		if title != tc.title || axis != tc.axis {
			t.Errorf("%s: termLabel(%q) = %q, %q; want %q, %q", tc.name, tc.term, title, axis, tc.title, tc.axis)
		}
	}
	if !scheduleTerms["kept_iter"] {
		t.Error("kept_iter, an iteration index, would be plotted as a loss")
	}
}
