package stages

import (
	"math"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// TestModeCoverageMixture runs mode_coverage on the ring with the data's
// own test split as "samples" (a perfect generator) and with a one-mode
// ring at the first centre (a collapsed one). Expected values: a 2-D
// Gaussian puts 1 - exp(-9/2) = 0.98889 of its mass within 3 std, so the
// perfect generator's high-quality fraction is that within 4 binomial
// standard errors of 2,500 samples (4 * 0.0021 = 0.0084); it covers all 8
// modes with a reverse KL near 0 (multinomial noise over 8 cells with
// 2,500 draws: about 7/(2*2500) = 0.0014; bound 0.01). The collapsed one
// covers 1 mode with reverse KL log 8 (exact up to rounding, 1e-12).
func TestModeCoverageMixture(t *testing.T) {
	store, res := runSpec(t, `
pipeline "p" {
  seed = 3
}
dataset "ring" {
  source = "ring"
}
dataset "collapsed" {
  source = "ring"
  modes  = 1
}
stage "mode_coverage" "perfect" {
  samples = dataset.ring.test
  data    = dataset.ring.train
}
stage "mode_coverage" "collapsed" {
  samples = dataset.collapsed.train
  data    = dataset.ring.train
}
`)
	p := stageMetrics(t, store, res, "stage.perfect")
	if p["modes"] != 8 || p["total"] != 8 || p["reverse_kl"] > 0.01 {
		t.Errorf("perfect generator: %v, want 8 of 8 modes, reverse KL < 0.01", p)
	}
	numtest.Close(t, p["high_quality"], 1-math.Exp(-4.5), 0.0084, "perfect generator: mass within 3 std, 4 binomial standard errors")
	c := stageMetrics(t, store, res, "stage.collapsed")
	if c["modes"] != 1 {
		t.Errorf("collapsed generator: %v, want 1 mode", c)
	}
	numtest.Close(t, c["reverse_kl"], math.Log(8), 1e-12, "collapsed generator: reverse KL log 8 up to rounding")
	numtest.Close(t, c["high_quality"], 1-math.Exp(-4.5), 0.0084, "collapsed generator: the same high quality, 4 binomial standard errors")
}
