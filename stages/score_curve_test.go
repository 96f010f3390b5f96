package stages

import (
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/internal/numtest"
)

// TestScoreCurveStage: points given out of order come out sorted by x as
// metrics point_K (with their error bars) and x_K (exact: the numbers given), with a
// PNG figure; errors whose keys differ from the points' fail naming errors.
func TestScoreCurveStage(t *testing.T) {
	store, res := runSpec(t, `
pipeline "t" { seed = 1 }
stage "score_curve" "c" {
  points    = { "25000" = 20.5, "10000" = -3, "100000" = 118.6 }
  errors    = { "25000" = 2, "10000" = 1, "100000" = 1.5 }
  reference = 225
}
stage "score_curve" "bad" {
  points = { "1" = 1 }
  errors = { "2" = 1 }
}
`)
	for _, s := range res.Stages {
		if s.Addr == "stage.bad" && (s.Err == nil || !strings.Contains(s.Err.Error(), "errors")) {
			t.Errorf("mismatched keys: err %v, want one naming errors", s.Err)
		}
	}
	m, err := artifact.ReadMetrics(output(t, store, res, "stage.c", "metrics"))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name   string
		v, err float64
	}{{"point_1", -3, 1}, {"x_1", 10000, 0}, {"point_2", 20.5, 2}, {"x_2", 25000, 0}, {"point_3", 118.6, 1.5}, {"x_3", 100000, 0}}
	if len(m.Rows) != len(want) {
		t.Fatalf("%d metrics, want %d", len(m.Rows), len(want))
	}
	for i, w := range want {
		r := m.Rows[i]
		if r.Name != w.name {
			t.Errorf("metric %d is %q, want %q (sorted by x)", i, r.Name, w.name)
		}
		numtest.Close(t, r.Value, w.v, 0, "the point given, exactly")
		numtest.Close(t, r.Stderr, w.err, 0, "its error bar given, exactly")
	}
	f, err := artifact.ReadFiles(output(t, store, res, "stage.c", "figure"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Names) != 1 || !strings.HasSuffix(f.Names[0], ".png") || len(f.Data[0]) < 1000 {
		t.Errorf("figure files %v, want one PNG", f.Names)
	}
}
