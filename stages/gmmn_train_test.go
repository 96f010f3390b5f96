package stages

import (
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/metrics"
)

// TestMMDFiguresDrawRandomRows: on data stored in class order (200 points at
// 0, then 200 at 1, as MNIST's file order is not a fair sample either),
// samples that mix both classes equally are close to the data and the floor
// is close to zero. Comparing against the first rows instead (the stage's
// old figure) gives the hand value 0.5*(1-e^-0.5) + 0.5*(1-e^-0.05) =
// 0.2211 for sigmas {1, 10}; the drawn figures must stay under a tenth of it.
// With 200 of 400 rows drawn, the share of zeros is 0.5 with sd 0.025, so
// either figure's expected value is about 0.0018 and 0.022 is 12 sds away.
func TestMMDFiguresDrawRandomRows(t *testing.T) {
	const rows, n = 400, 200
	sigmas := []float64{1, 10}
	data := &artifact.Matrix{Rows: rows, Cols: 1, Data: make([]float32, rows)}
	for i := rows / 2; i < rows; i++ {
		data.Data[i] = 1
	}
	samples := make([]float32, n)
	for i := 1; i < n; i += 2 {
		samples[i] = 1
	}
	firstRows := metrics.MMD2(samples, data.Data[:n], 1, sigmas)
	want := 0.5*(1-math.Exp(-0.5)) + 0.5*(1-math.Exp(-0.05))
	if !numtest.Close(t, firstRows, want, 1e-12, "first-rows MMD^2, hand value; float64 sums") {
		t.FailNow()
	}
	mmd2, floor := mmdFigures(samples, data, sigmas, rand.New(rand.NewSource(1)))
	if !(mmd2 < firstRows/10) || !(floor < firstRows/10) {
		t.Errorf("MMD^2 %.5f, floor %.5f: want both under %.5f (a tenth of the first-rows figure)", mmd2, floor, firstRows/10)
	}

	// Too few rows for a second disjoint batch: no floor.
	small := &artifact.Matrix{Rows: 300, Cols: 1, Data: data.Data[100:]}
	if _, f := mmdFigures(samples, small, sigmas, rand.New(rand.NewSource(1))); !math.IsNaN(f) {
		t.Errorf("floor with 300 rows for batches of %d: %v, want NaN", n, f)
	}
}

// TestGMMNDataBatch: data_batch sets the data rows per step apart from the
// samples (the authors' code: 1000 samples against 100 images). A run with
// 64 samples against 8 rows finishes; data_batch or, unset, batch above the
// data's rows is refused naming the attribute the spec set.
func TestGMMNDataBatch(t *testing.T) {
	const tmpl = `
pipeline "t" { seed = 1 }
dataset "ring" {
  source = "ring"
  n      = 200
}
stage "gmmn_train" "g" {
  data   = dataset.ring.train
  hidden = [8]
  output_activation = "linear"
  sigmas = [1]
  iters  = 5
  ATTR
}
`
	cases := []struct {
		attr, wantErr string
		notWant       string // must not be in the error: the attribute the spec did not set
	}{
		{"batch = 64\n  data_batch = 8", "", ""},
		{"batch = 64\n  data_batch = 100000", "data_batch: 100000 is more than the", ""},
		{"batch = 100000", "batch: 100000 is more than the", "data_batch"},
	}
	for _, c := range cases {
		_, res := runSpec(t, strings.Replace(tmpl, "ATTR", c.attr, 1))
		var err error
		for _, s := range res.Stages {
			if s.Addr == "stage.g" {
				err = s.Err
			}
		}
		switch {
		case c.wantErr == "" && err != nil:
			t.Errorf("%q: %v", c.attr, err)
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr) ||
			(c.notWant != "" && strings.Contains(err.Error(), c.notWant))):
			t.Errorf("%q: error %v, want one containing %q and not %q", c.attr, err, c.wantErr, c.notWant)
		}
	}
}
