package stages

import (
	"math"
	"strings"
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

// TestModeCoverageSnapshot: with `snapshot`, mode_coverage scores the block
// of a gan_train's prefix_samples drawn after that update. The 300 samples
// after update 1 and after update 40 are scored separately and differ (G
// moved; the figures are coarse, so the ring is wide and G fast), and a
// snapshot the run did not take fails naming the ones it has.
func TestModeCoverageSnapshot(t *testing.T) {
	store, res := runSpec(t, `
pipeline "p" {
  seed = 5
}
# A wide ring, so that an untrained generator's samples near the origin
# are within 3 std of some modes (the figures are not all 0 and NaN).
dataset "ring" {
  source = "ring"
  std    = 0.4
}
stage "gan_train" "g" {
  data      = dataset.ring.train
  g_hidden  = [32]
  d_hidden  = [32]
  noise     = 2
  g_output  = "linear"
  optimizer = "adam"
  lr        = 0.05
  batch     = 64
  iters     = 40
  samples   = 300
  sample_at = [1, 40]
}
stage "mode_coverage" "at1" {
  samples  = stage.g.prefix_samples
  data     = dataset.ring.train
  snapshot = 1
}
stage "mode_coverage" "at40" {
  samples  = stage.g.prefix_samples
  data     = dataset.ring.train
  snapshot = 40
}
stage "mode_coverage" "at4" {
  samples  = stage.g.prefix_samples
  data     = dataset.ring.train
  snapshot = 4
}
`)
	for _, s := range res.Stages {
		if s.Addr == "stage.at4" && (s.Err == nil || !strings.Contains(s.Err.Error(), "no snapshot at iteration 4 ")) {
			t.Errorf("snapshot 4 of [1, 40]: err %v, want one naming the missing snapshot", s.Err)
		}
	}
	at1 := stageMetrics(t, store, res, "stage.at1")
	at40 := stageMetrics(t, store, res, "stage.at40")
	// Unselected, both would score all 600 rows alike.
	if at1["reverse_kl"] == at40["reverse_kl"] && at1["high_quality"] == at40["high_quality"] {
		t.Errorf("snapshots 1 and 40 score the same (%v): the block is not selected", at1)
	}
	for name, m := range map[string]map[string]float64{"1": at1, "40": at40} {
		if m["total"] != 8 || m["modes"] < 1 {
			t.Errorf("snapshot %s: %v, want some of 8 modes", name, m)
		}
	}
}
