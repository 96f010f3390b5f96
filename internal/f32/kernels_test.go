package f32

import (
	"math"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// TestExpLog32 compares the float32 polynomial exp/log with math.Exp/math.Log
// (float64) on a dense grid. Tolerance: 4e-7 relative (a few float32 ulp; Cephes
// documents ~1-2 ulp for expf/logf).
func TestExpLog32(t *testing.T) {
	cases := []struct {
		name   string
		lo, hi float64
		f32    func(float32) float32
		f64    func(float64) float64
	}{
		{"exp", -87, 88, Exp32, math.Exp},
		{"log small", 1e-30, 1, Log32, math.Log},
		{"log", 1, 1e6, Log32, math.Log},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			worst := 0.0
			for i := 0; i <= 200000; i++ {
				x := float32(c.lo + (c.hi-c.lo)*float64(i)/200000)
				if c.name == "log small" {
					x = float32(math.Exp(math.Log(c.lo) + (math.Log(c.hi)-math.Log(c.lo))*float64(i)/200000))
				}
				want := c.f64(float64(x))
				got := float64(c.f32(x))
				den := math.Max(math.Abs(want), 1e-3) // log near 1 crosses 0: absolute there
				worst = math.Max(worst, math.Abs(got-want)/den)
			}
			if worst > 4e-7 {
				t.Fatalf("max relative error %.3g > 4e-7", worst)
			}
		})
	}
	if Exp32(-200) != 0 || Exp32(0) != 1 {
		t.Fatalf("exp32(-200)=%v exp32(0)=%v, want 0 and 1", Exp32(-200), Exp32(0))
	}
}

// TestSoftplusSigmoid checks the stable BCE pieces against float64 formulas
// (tolerance 1e-6 absolute + 1e-6 relative).
func TestSoftplusSigmoid(t *testing.T) {
	for _, x := range []float64{-100, -20, -3, -0.5, 0, 1e-4, 0.7, 5, 30, 100} {
		sp := math.Max(x, 0) + math.Log1p(math.Exp(-math.Abs(x)))
		sg := 1 / (1 + math.Exp(-x))
		if !numtest.Close(t, float64(Softplus32(float32(x))), sp, 1e-6+1e-6*math.Abs(sp), "float32 vs float64 formula") {
			t.Errorf("softplus32(%v)", x)
		}
		if !numtest.Close(t, float64(sigmoid32(float32(x))), sg, 1e-6, "float32 vs float64 formula") {
			t.Errorf("sigmoid32(%v)", x)
		}
	}
}
