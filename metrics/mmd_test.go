package metrics

import (
	"math"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// TestMMD2Hand: x = {0, 1}, y = {2} in 1-D, kernel exp(-d^2/(2 sigma)).
// sigma = 1: mean k(x,x') = (1 + 1 + 2 e^-1/2)/4, mean k(y,y') = 1,
// mean k(x,y) = (e^-2 + e^-1/2)/2, so MMD^2 = 1.5 - 0.5 e^-1/2 - e^-2.
// sigma = 4 (kernel exp(-d^2/8)): 1.5 - 0.5 e^-1/8 - e^-1/2.
// The sum over {1, 4} is the sum of the two. Tolerance 1e-14 (float64
// rounding of a handful of terms).
func TestMMD2Hand(t *testing.T) {
	x := []float32{0, 1}
	y := []float32{2}
	e := math.Exp
	cases := []struct {
		sigmas []float64
		want   float64
	}{
		{[]float64{1}, 1.5 - 0.5*e(-0.5) - e(-2)},
		{[]float64{4}, 1.5 - 0.5*e(-1.0/8) - e(-0.5)},
		{[]float64{1, 4}, 3 - 1.5*e(-0.5) - e(-2) - 0.5*e(-1.0/8)},
	}
	for _, tc := range cases {
		if !numtest.Close(t, MMD2(x, y, 1, tc.sigmas), tc.want, 1e-14, "hand computation, float64 rounding of a handful of terms") {
			t.Errorf("sigmas %v", tc.sigmas)
		}
	}
	// Symmetric in its arguments, and exactly the same samples give 0
	// (kxx + kxx - 2 kxx, rounding only: 1e-15).
	numtest.Close(t, MMD2(x, y, 1, []float64{2}), MMD2(y, x, 1, []float64{2}), 1e-15, "MMD2 symmetric up to rounding")
	z := []float32{0.5, 1, 3, 0, 2, 2}
	numtest.Close(t, MMD2(z, z, 2, []float64{1, 5}), 0, 1e-15, "MMD2(z, z) = 0 up to rounding")
}

// TestMMD2Hand2D: x = {(0,0)}, y = {(1,1), (3,0)}, sigma = 2 (kernel
// exp(-d^2/4)). Squared distances: x-y1 2, x-y2 9, y1-y2 5. MMD^2 =
// 1 + (2 + 2 e^-5/4)/4 - 2 (e^-1/2 + e^-9/4)/2 = 1.5 + 0.5 e^-5/4 - e^-1/2 - e^-9/4.
func TestMMD2Hand2D(t *testing.T) {
	x := []float32{0, 0}
	y := []float32{1, 1, 3, 0}
	want := 1.5 + 0.5*math.Exp(-1.25) - math.Exp(-0.5) - math.Exp(-2.25)
	numtest.Close(t, MMD2(x, y, 2, []float64{2}), want, 1e-14, "hand computation, float64 rounding")
}

func TestMMD2Panics(t *testing.T) {
	for _, tc := range []struct {
		name string
		x, y []float32
		d    int
		s    []float64
	}{
		{"ragged", []float32{1, 2, 3}, []float32{1, 2}, 2, []float64{1}},
		{"empty", nil, []float32{1}, 1, []float64{1}},
		{"zero sigma", []float32{1}, []float32{1}, 1, []float64{0}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", tc.name)
				}
			}()
			MMD2(tc.x, tc.y, tc.d, tc.s)
		}()
	}
}
