package nn

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
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
		if !numtest.Rel(t, variance, want, 5*math.Sqrt(2/n), "5 relative standard errors of a sample variance, sqrt(2/n)") {
			t.Errorf("%dx%d: variance", tc.in, tc.out)
		}
		if !numtest.Close(t, mean, 0, 5*math.Sqrt(want/n), "5 standard errors of the mean, sqrt(var/n)") {
			t.Errorf("%dx%d: mean", tc.in, tc.out)
		}
		for _, b := range l.B {
			if b != 0 {
				t.Fatalf("%dx%d: bias %v, want 0", tc.in, tc.out, b)
			}
		}
	}
}
