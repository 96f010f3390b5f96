package metrics

import (
	"math"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// Hand-worked cases. Centres (0,0) and (10,0), threshold 1: samples at
// (0.5,0) and (0,-0.9) are near mode 0, (9.5,0.5) (distance 0.707) near
// mode 1, and (5,0) near neither: 3 of 4 high quality, both modes covered,
// the histogram (2/3, 1/3) against uniform (1/2, 1/2) gives
// 2/3 log(4/3) + 1/3 log(2/3) = 0.0566 (to 1e-12, the rounding of the logs).
func TestMixtureCoverage(t *testing.T) {
	centres := [][2]float64{{0, 0}, {10, 0}}
	x := []float32{0.5, 0, 0, -0.9, 9.5, 0.5, 5, 0}
	c, err := MixtureCoverage(x, 4, centres, 1)
	if err != nil {
		t.Fatal(err)
	}
	wantKL := 2.0/3*math.Log(4.0/3) + 1.0/3*math.Log(2.0/3)
	if c.Modes != 2 || c.Total != 2 || c.HighQuality != 0.75 {
		t.Errorf("got %+v, want 2 of 2 modes, 0.75 HQ", c)
	}
	numtest.Close(t, c.ReverseKL, wantKL, 1e-12, "hand value; the rounding of the logs")
	// A collapsed generator: every sample on mode 0, so one mode and rKL = log 2.
	c, _ = MixtureCoverage([]float32{0, 0, 0.1, 0}, 2, centres, 1)
	if c.Modes != 1 || c.HighQuality != 1 {
		t.Errorf("collapsed: %+v, want 1 mode, HQ 1", c)
	}
	numtest.Close(t, c.ReverseKL, math.Log(2), 1e-12, "collapsed: rKL log 2; the rounding of the logs")
	// No high-quality sample: no mode, rKL undefined.
	c, _ = MixtureCoverage([]float32{5, 5}, 1, centres, 1)
	if c.Modes != 0 || c.HighQuality != 0 || !math.IsNaN(c.ReverseKL) {
		t.Errorf("far away: %+v", c)
	}
	if _, err := MixtureCoverage(x, 3, centres, 1); err == nil {
		t.Error("a length mismatch passed")
	}
}

// Uniform labels over all modes: every mode, KL 0 (exact). Labels on 10
// of 1000 modes equally: KL = log(1000/10) = log 100.
func TestLabelCoverage(t *testing.T) {
	var all, few []int32
	for i := range 3000 {
		all = append(all, int32(i%1000))
		few = append(few, int32(100*(i%10)))
	}
	if m, kl, err := LabelCoverage(all, 1000); err != nil || m != 1000 || kl != 0 {
		t.Errorf("uniform: %d modes, KL %g, %v", m, kl, err)
	}
	m, kl, _ := LabelCoverage(few, 1000)
	if m != 10 {
		t.Errorf("10 modes: %d", m)
	}
	numtest.Close(t, kl, math.Log(100), 1e-12, "10 of 1000 modes: KL log 100; the rounding of the logs")
	if _, _, err := LabelCoverage([]int32{1000}, 1000); err == nil {
		t.Error("an out-of-range label passed")
	}
}
