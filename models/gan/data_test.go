package gan

import (
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// TestTanhRange: 2x - 1 and back. Exact on dyadic values (0, 1/4, 1/2, 1
// map to -1, -1/2, 0, 1); on uniform values within 1.2e-7 (a few float32
// ulps of [0, 1]: each map rounds once).
func TestTanhRange(t *testing.T) {
	x := []float32{0, 0.25, 0.5, 1}
	y := ToTanhRange(x)
	for i, want := range []float32{-1, -0.5, 0, 1} {
		if y[i] != want {
			t.Errorf("ToTanhRange(%v) = %v, want %v", x[i], y[i], want)
		}
	}
	if x[1] != 0.25 {
		t.Error("ToTanhRange changed its input")
	}
	back := FromTanhRange(y)
	for i := range x {
		if back[i] != x[i] {
			t.Errorf("round trip of %v gave %v", x[i], back[i])
		}
	}
	rng := rand.New(rand.NewSource(6))
	u := make([]float32, 1000)
	for i := range u {
		u[i] = rng.Float32()
	}
	r := FromTanhRange(ToTanhRange(u))
	for i := range u {
		if !numtest.Close(t, float64(r[i]), float64(u[i]), 1.2e-7, "a few float32 ulps of [0, 1]: each map rounds once") {
			t.FailNow()
		}
	}
}
