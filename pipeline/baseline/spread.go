package baseline

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// Run is one spread run: the figures of the same spec measured in another
// setting (another seed, BLAS kernel set or BLAS backend), with a label
// saying which.
type Run struct {
	Label   string
	Figures map[string]float64
}

// ResetTolerances gives every entry its default tolerance (DefaultTolerance).
func (f *File) ResetTolerances() {
	for name, e := range f.Entries {
		e.Tol = DefaultTolerance(name)
	}
}

// SetSpread records, for every entry, the center (mean) and spread (sample
// standard deviation, n-1) of its figure over the runs that produced it.
// Timings are skipped: their spread is the machine's load, not the code's.
// Figures that are NaN in a run are left out of that run's count.
func (f *File) SetSpread(runs []Run) {
	for name, e := range f.Entries {
		if strings.HasPrefix(name, "time.") {
			continue
		}
		var xs []float64
		for _, r := range runs {
			if v, ok := r.Figures[name]; ok && !math.IsNaN(v) {
				xs = append(xs, v)
			}
		}
		e.Runs = len(xs)
		e.Center, e.hasCenter = mean(xs), len(xs) > 0
		e.Spread = stddev(xs)
	}
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// stddev is the sample standard deviation (n-1); 0 for fewer than 2 values.
func stddev(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	m, s := mean(xs), 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)-1))
}

// WriteSpreadTable prints, as Markdown, each gated figure's spread over the
// runs, its allowance, and how far the farthest run sat from the center in
// units of the allowance (below 1: every run passes).
func WriteSpreadTable(w io.Writer, f *File, runs []Run) {
	fmt.Fprintf(w, "| figure | better | center | spread (n) | min | max | allowance | worst run / allowance |\n")
	fmt.Fprintf(w, "|---|---|---:|---:|---:|---:|---:|---:|\n")
	// Reported-only figures are marked in the better column.
	for _, n := range sortedKeys(f.Entries) {
		e := f.Entries[n]
		if strings.HasPrefix(n, "time.") {
			continue
		}
		lo, hi, worst := math.Inf(1), math.Inf(-1), 0.0
		allow := e.Allowance()
		for _, r := range runs {
			v, ok := r.Figures[n]
			if !ok || math.IsNaN(v) {
				continue
			}
			lo, hi = math.Min(lo, v), math.Max(hi, v)
			if allow > 0 {
				worst = math.Max(worst, badness(e.Tol.Better, v-e.Reference())/allow)
			}
		}
		better := e.Tol.Better
		if e.Tol.Report {
			better += " (reported only)"
		}
		fmt.Fprintf(w, "| %s | %s | %.5g | %.3g (%d) | %.5g | %.5g | %.3g | %.2f |\n",
			n, better, e.Reference(), e.Spread, e.Runs, lo, hi, allow, worst)
	}
}

// badness is how far a deviation d goes the wrong way.
func badness(better string, d float64) float64 {
	switch better {
	case "higher":
		return math.Max(0, -d)
	case "lower":
		return math.Max(0, d)
	}
	return math.Abs(d)
}
