// Package numtest compares numbers in tests: one comparator instead of
// hand-written math.Abs checks, so every failure says the same things (got,
// want, the difference, the tolerance and why the tolerance is what it is).
//
// It is for tests only; no production package imports it.
package numtest

import (
	"math"
	"testing"
)

// Close reports whether |got - want| <= tol, and fails t (Errorf, so the test
// goes on) when it is not or when got is NaN. tol is absolute: callers that
// want a relative bound pass it scaled, e.g. 1e-5*(1+math.Abs(want)), next to
// the comment deriving it. why names the tolerance's reason and is printed
// on failure.
func Close(t testing.TB, got, want, tol float64, why string) bool {
	t.Helper()
	d := math.Abs(got - want)
	if d <= tol && !math.IsNaN(got) {
		return true
	}
	t.Errorf("got %.10g, want %.10g: |diff| %.3g > tol %.3g (%s)", got, want, d, tol, why)
	return false
}

// Rel is Close with a relative tolerance: it reports whether |got - want| <=
// rel*|want| (want 0 needs got exactly 0: use Close for an absolute bound
// there).
func Rel(t testing.TB, got, want, rel float64, why string) bool {
	t.Helper()
	tol := rel * math.Abs(want)
	d := math.Abs(got - want)
	if d <= tol && !math.IsNaN(got) {
		return true
	}
	t.Errorf("got %.10g, want %.10g: |diff| %.3g > tol %.3g (%g relative; %s)", got, want, d, tol, rel, why)
	return false
}
