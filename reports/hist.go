package reports

import (
	"fmt"
	"io"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

// Histograms draws one outlined histogram per series over common bins
// (bins equal-width bins spanning every series' finite values) and writes
// a PNG: counts, not densities, so series of different sizes keep their
// sizes. Series are drawn in sorted name order (the same input gives the
// same bytes); an empty series is listed with no bars.
func Histograms(w io.Writer, title, xlabel string, series map[string][]float64, bins int) error {
	if bins < 1 {
		return fmt.Errorf("histogram %q: %d bins", title, bins)
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, vs := range series {
		for _, v := range vs {
			if isFinite(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	if lo > hi { // no finite value at all
		lo, hi = 0, 1
	}
	if hi == lo {
		lo, hi = lo-0.5, hi+0.5
	}
	width := (hi - lo) / float64(bins)
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = xlabel
	p.Y.Label.Text = "count"
	p.Add(plotter.NewGrid())
	names := make([]string, 0, len(series))
	for name := range series {
		names = append(names, name)
	}
	slices.Sort(names)
	for i, name := range names {
		counts := make([]float64, bins)
		for _, v := range series[name] {
			if isFinite(v) {
				counts[min(bins-1, int((v-lo)/width))]++
			}
		}
		// A step outline (x at bin edges) so overlapping series stay visible.
		pts := make(plotter.XYs, 0, 2*bins+2)
		pts = append(pts, plotter.XY{X: lo, Y: 0})
		for b, c := range counts {
			x0 := lo + float64(b)*width
			pts = append(pts, plotter.XY{X: x0, Y: c}, plotter.XY{X: x0 + width, Y: c})
		}
		pts = append(pts, plotter.XY{X: hi, Y: 0})
		line, err := plotter.NewLine(pts)
		if err != nil {
			return fmt.Errorf("histogram %q series %q: %w", title, name, err)
		}
		line.Color = seriesColor(i + 1) // green, blue, ...: red is Scatter's centres
		line.Width = 2
		p.Add(line)
		p.Legend.Add(fmt.Sprintf("%s (%d)", name, len(series[name])), line)
	}
	p.Legend.Top = true
	return writePlot(w, p)
}
