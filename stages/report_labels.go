package stages

import (
	"math"

	"github.com/ganpipe/ganpipe/artifact"
)

// termLabel names what a history column measures: a panel title (the
// column and its definition) and a short y-axis label (the quantity; a
// rotated label longer than the panel squeezes the plot). The GMMN
// loss is sqrt(sum MMD^2) or sum MMD^2 depending on the stage's loss
// attribute, which the report cannot see; both are logged beside mmd2, so
// the values say which it is.
func termLabel(term string, h *artifact.History) (title, axis string) {
	switch term {
	case "mmd2":
		return "mmd2: MMD², summed over the kernels", "MMD²"
	case "loss":
		if mmd := column(h, "mmd2"); mmd != nil {
			loss := column(h, "loss")
			switch {
			case allClose(loss, mmd, math.Sqrt):
				return "loss: sqrt-MMD = √(Σ MMD²), the training loss", "sqrt-MMD"
			case allClose(loss, mmd, func(v float64) float64 { return v }):
				return "loss: MMD² summed over the kernels, the training loss", "MMD²"
			}
		}
		return "loss: the training loss", "loss"
	case "kept_loss":
		return "kept_loss: loss of the iterate kept by pynn's selection", "loss"
	case "d_loss":
		return "d_loss: discriminator loss", "D loss"
	case "g_loss":
		return "g_loss: generator loss", "G loss"
	case "gp":
		return "gp: gradient penalty", "penalty"
	case "d_real":
		return "d_real: mean D output on real images", "D(x)"
	case "d_fake":
		return "d_fake: mean D output on generated images", "D(G(z))"
	case "mi_loss":
		return "mi_loss: mutual-information loss", "MI loss"
	case "acc":
		return "acc: accuracy", "accuracy"
	}
	return term, term
}

func column(h *artifact.History, term string) []float64 {
	for i, t := range h.Terms {
		if t == term {
			return h.Values[i]
		}
	}
	return nil
}

// allClose reports whether a[i] = f(b[i]) within float32 rounding on every
// finite row (and there is at least one).
func allClose(a, b []float64, f func(float64) float64) bool {
	n := 0
	for i := range a {
		want := f(b[i])
		if math.IsNaN(a[i]) || math.IsNaN(want) || math.IsInf(a[i], 0) {
			continue
		}
		if math.Abs(a[i]-want) > 1e-4*math.Max(1, math.Abs(want)) {
			return false
		}
		n++
	}
	return n > 0
}
