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

func TestRel(t *testing.T) {
	if !Rel(t, 1000.001, 1000, 1e-6, "within") || !Rel(t, -2, -2, 0, "exact") {
		t.Fatal("1000.001 vs 1000 at 1e-6 relative, -2 vs -2 exactly: want close")
	}
	for _, c := range []struct{ got, want, rel float64 }{{1000.01, 1000, 1e-6}, {math.NaN(), 1, 1}, {1e-300, 0, 1}, {math.Inf(1), math.Inf(1), 1}} {
		ft := &testing.T{}
		if Rel(ft, c.got, c.want, c.rel, "test") {
			t.Errorf("Rel(%v, %v, %v) = true, want false", c.got, c.want, c.rel)
		}
	}
}
