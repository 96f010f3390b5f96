package numtest

import (
	"math"
	"testing"
)

func TestClose(t *testing.T) {
	if !Close(t, 1.0000001, 1, 1e-6, "within") {
		t.Fatal("1.0000001 vs 1 at 1e-6: want close")
	}
	for _, c := range []struct{ got, want, tol float64 }{{1.1, 1, 1e-3}, {math.NaN(), 1, 1}} {
		ft := &testing.T{}
		if Close(ft, c.got, c.want, c.tol, "test") {
			t.Errorf("Close(%v, %v, %v) = true, want false", c.got, c.want, c.tol)
		}
	}
}
