package stages

import (
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// TestMetricsSnapshot: fid, inception_score and precision_recall score one
// block of prefix_samples with `snapshot`, as parzen does. The block after
// update 2 of a 4-update run is bit for bit the prefix samples of a
// 2-update run (TestPrefixSamples), so with the same stage addresses every
// figure must be equal exactly; scoring all rows instead (the attribute
// ignored) mixes in the update-4 block and moves them. A snapshot that was
// not drawn is an error naming the attribute.
func TestMetricsSnapshot(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a small classifier on MNIST")
	}
	spec := func(iters, at, bad string) string {
		s := `
pipeline "t" { seed = 3 }
dataset "data" {
  source     = "mnist"
  valid      = 500
  limit      = 200
  limit_eval = 100
  balanced   = true
}
stage "classifier_train" "clf" {
  data     = dataset.data.train
  test     = dataset.data.test
  channels = [4, 8]
  hidden   = 16
  iters    = 10
}
stage "gan_train" "g" {
  data      = dataset.data.train
  g_hidden  = [16]
  d_hidden  = [8]
  d_pieces  = 2
  batch     = 20
  iters     = ` + iters + `
  samples   = 60
  sample_at = ` + at + `
}
stage "fid" "fid" {
  classifier = stage.clf.model
  samples    = stage.g.prefix_samples
  data       = dataset.data.test
  snapshot   = 2
}
stage "inception_score" "is" {
  classifier = stage.clf.model
  samples    = stage.g.prefix_samples
  splits     = 2
  snapshot   = 2
}
stage "precision_recall" "pr" {
  classifier = stage.clf.model
  samples    = stage.g.prefix_samples
  data       = dataset.data.test
  snapshot   = 2
}
`
		if bad != "" {
			s += `
stage "fid" "bad" {
  classifier = stage.clf.model
  samples    = stage.g.prefix_samples
  data       = dataset.data.test
  snapshot   = ` + bad + `
}
`
		}
		return s
	}
	storeL, resL := runSpec(t, spec("4", "[2, 4]", "3"))
	storeS, resS := runSpec(t, spec("2", "[2]", ""))
	for _, s := range append(resL.Stages, resS.Stages...) {
		switch {
		case s.Addr == "stage.bad":
			if s.Err == nil || !strings.Contains(s.Err.Error(), "snapshot") {
				t.Errorf("snapshot 3 of [2, 4]: err %v, want one naming snapshot", s.Err)
			}
		case s.Err != nil:
			t.Fatalf("%s failed: %v", s.Addr, s.Err)
		}
	}
	for _, f := range []struct{ addr, metric string }{
		{"stage.fid", "fid"}, {"stage.is", "is"}, {"stage.pr", "precision"}, {"stage.pr", "recall"},
	} {
		l, s := stageMetrics(t, storeL, resL, f.addr), stageMetrics(t, storeS, resS, f.addr)
		numtest.Close(t, l[f.metric], s[f.metric], 0, f.addr+" "+f.metric+": the same samples, rows and classifier: the same figure")
	}
}
