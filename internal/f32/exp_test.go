package f32

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// expInputs is a grid over Exp32's whole domain plus the edges: the flush and
// saturation thresholds and their float32 neighbours, +-0, +-Inf, NaN, and
// seeded random values; lengths that are not multiples of 8 exercise the tail.
func expInputs() []float32 {
	var x []float32
	for i := 0; i <= 100003; i++ {
		x = append(x, float32(-100+200*float64(i)/100003))
	}
	for _, e := range []float32{-87.33654, 88.72283, 0, 1, -1} {
		x = append(x, e, math.Nextafter32(e, -200), math.Nextafter32(e, 200))
	}
	x = append(x, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()))
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 1001; i++ {
		x = append(x, float32(rng.NormFloat64()*30))
	}
	return x
}

// TestExpScale32: the blocked (AVX2 where available) exp agrees with the float64
// definition exp(s x) to 4e-7 relative (a few float32 ulp, as TestExpLog32; the
// product s*x is rounded to float32 first, which is part of the definition
// here), is exactly 0 below Exp32's flush threshold, NaN for NaN, and above 88
// at least 1.6e38 or +Inf (Exp32's 2^n scaling overflows from ~88.03 on, like
// the scalar function TestExpLog32 checks up to 88), for scales 1 and -0.25 and slices of every length
// mod 8.
func TestExpScale32(t *testing.T) {
	x := expInputs()
	for _, scale := range []float32{1, -0.25} {
		for cut := 0; cut < 8; cut++ {
			in := x[:len(x)-cut]
			got := make([]float32, len(in))
			ExpScale32(got, in, scale)
			for i, v := range in {
				a := v * scale
				g := float64(got[i])
				switch {
				case math.IsNaN(float64(a)):
					if !math.IsNaN(g) {
						t.Fatalf("exp(%v) = %v, want NaN", a, g)
					}
				case a < -87.33654:
					if g != 0 {
						t.Fatalf("exp(%v) = %v, want 0 (flushed)", a, g)
					}
				case a > 88:
					if !math.IsInf(g, 1) && g < 1.6e38 {
						t.Fatalf("exp(%v) = %v, want saturation", a, g)
					}
				default:
					want := math.Exp(float64(a))
					if !numtest.Rel(t, g, want, 4e-7, "a few float32 ulp") {
						t.Fatalf("exp(%v)", a)
					}
				}
			}
		}
	}
}

// logInputs spans Log32's domain (x > 0): a log-spaced grid over [1e-30, 1e30]
// (denormal-free), the mantissa branch point sqrt(1/2) and its neighbours
// scaled by powers of two, [1, 2] (BCE's 1+exp(-|a|)) densely, and seeded
// random values; the length is not a multiple of 8.
func logInputs() []float32 {
	var x []float32
	for i := 0; i <= 100001; i++ {
		x = append(x, float32(math.Exp(math.Log(1e-30)+(math.Log(1e30)-math.Log(1e-30))*float64(i)/100001)))
	}
	for _, s := range []float32{0.25, 1, 2, 1024} {
		c := float32(0.70710678) * s
		x = append(x, c, math.Nextafter32(c, 0), math.Nextafter32(c, 10*s))
	}
	for i := 0; i <= 20000; i++ {
		x = append(x, float32(1+float64(i)/20000))
	}
	rng := rand.New(rand.NewSource(8))
	for i := 0; i < 1001; i++ {
		x = append(x, float32(math.Exp(rng.NormFloat64()*10)))
	}
	return x
}

// TestLog32s: the blocked (AVX2 where available) log agrees with math.Log to
// 4e-7 relative (absolute near 1, where log crosses 0: the TestExpLog32
// tolerance), for every slice length mod 8.
func TestLog32s(t *testing.T) {
	x := logInputs()
	for cut := 0; cut < 8; cut++ {
		in := x[:len(x)-cut]
		got := make([]float32, len(in))
		Log32s(got, in)
		for i, v := range in {
			want := math.Log(float64(v))
			if !numtest.Close(t, float64(got[i]), want, 4e-7*math.Max(math.Abs(want), 1e-3), "4e-7 relative, absolute near 1") {
				t.Fatalf("log(%v)", v)
			}
		}
	}
}
