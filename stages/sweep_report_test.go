package stages

import (
	"fmt"
	"math"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// TestMeanSpread checks a list cell's mean, spread and count against the
// figures worked by hand for {1, 2, 4}: mean 7/3, sample variance
// ((4/3)^2 + (1/3)^2 + (5/3)^2) / 2 = 7/3, so std sqrt(7/3) and standard
// error sqrt(7/3) / sqrt 3 = sqrt(7) / 3. The cell prints 4 significant
// digits, so the parsed figures are compared within 5e-4 relative.
func TestMeanSpread(t *testing.T) {
	for _, tc := range []struct {
		se     bool
		spread float64
	}{
		{false, math.Sqrt(7.0 / 3)},
		{true, math.Sqrt(7) / 3},
	} {
		cell := meanSpread([]float64{1, 2, 4}, tc.se)
		var mean, spread float64
		var n int
		if _, err := fmt.Sscanf(cell, "%g ± %g (%d)", &mean, &spread, &n); err != nil {
			t.Fatalf("se=%v: cell %q: %v", tc.se, cell, err)
		}
		numtest.Rel(t, mean, 7.0/3, 5e-4, "mean of {1, 2, 4}, by hand")
		numtest.Rel(t, spread, tc.spread, 5e-4, fmt.Sprintf("spread (se=%v) of {1, 2, 4}, by hand", tc.se))
		if n != 3 {
			t.Errorf("se=%v: count %d, want 3", tc.se, n)
		}
	}
	if got := meanSpread([]float64{12.5}, true); got != "12.5 (1)" {
		t.Errorf("one figure: %q, want \"12.5 (1)\"", got)
	}
}
