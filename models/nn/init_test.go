package nn

import (
	"math"
	"math/rand"
	"testing"
)

// TestInitPynn checks the authors' pynn initialisation: W ~ N(0, 1/in),
// biases zero. With n = in*out draws the sample variance has relative
// standard error sqrt(2/n) (chi-square); the tolerance is 5 of those.
func TestInitPynn(t *testing.T) {
	for _, tc := range []struct{ in, out int }{{784, 1024}, {10, 64}, {1024, 32}} {
		l := &Layer{In: tc.in, Out: tc.out, Act: Sigmoid, W: make([]float32, tc.in*tc.out), B: make([]float32, tc.out)}
		for i := range l.B {
			l.B[i] = 1
		}
		InitLayer(l, InitPynn, rand.New(rand.NewSource(1)))
		var s, s2 float64
		for _, w := range l.W {
			s += float64(w)
			s2 += float64(w) * float64(w)
		}
		n := float64(len(l.W))
		mean, variance := s/n, s2/n-(s/n)*(s/n)
		want := 1 / float64(tc.in)
		if tol := 5 * math.Sqrt(2/n); math.Abs(variance/want-1) > tol {
			t.Errorf("%dx%d: variance %.4g, want %.4g within %.1f%%", tc.in, tc.out, variance, want, 100*tol)
		}
		if tol := 5 * math.Sqrt(want/n); math.Abs(mean) > tol {
			t.Errorf("%dx%d: mean %.3g, want 0 within %.3g", tc.in, tc.out, mean, tol)
		}
		for _, b := range l.B {
			if b != 0 {
				t.Fatalf("%dx%d: bias %v, want 0", tc.in, tc.out, b)
			}
		}
	}
}
