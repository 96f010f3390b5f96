package reports

import (
	"fmt"
	"image/color"
	"io"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// ScoreCurve draws a score against training progress: the points (x, y)
// joined by a line, each with a vertical error bar of +- yErr (nil: none),
// and, when refLabel is not empty, a dashed horizontal line at ref (a
// paper's figure), named in the legend. It writes a PNG; the same input
// gives the same bytes.
func ScoreCurve(w io.Writer, title, xLabel, yLabel string, x, y, yErr []float64, refLabel string, ref float64) error {
	if len(x) != len(y) || (yErr != nil && len(yErr) != len(y)) || len(x) == 0 {
		return fmt.Errorf("score curve %q: %d x, %d y and %d error values (want the same number, at least one)", title, len(x), len(y), len(yErr))
	}
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	p.Add(plotter.NewGrid())
	pts := make(plotter.XYs, len(x))
	for i := range x {
		pts[i] = plotter.XY{X: x[i], Y: y[i]}
	}
	line, dots, err := plotter.NewLinePoints(pts)
	if err != nil {
		return fmt.Errorf("score curve %q: %w", title, err)
	}
	line.Color, dots.Color = seriesColor(2), seriesColor(2)
	p.Add(line, dots)
	p.Legend.Add(yLabel, line, dots)
	if yErr != nil {
		bars := make(errPoints, len(x))
		for i := range x {
			bars[i] = errPoint{x[i], y[i], yErr[i]}
		}
		eb, err := plotter.NewYErrorBars(bars)
		if err != nil {
			return fmt.Errorf("score curve %q error bars: %w", title, err)
		}
		eb.Color = seriesColor(2)
		p.Add(eb)
	}
	if refLabel != "" {
		lo, hi := x[0], x[0]
		for _, v := range x {
			lo, hi = min(lo, v), max(hi, v)
		}
		refLine, err := plotter.NewLine(plotter.XYs{{X: lo, Y: ref}, {X: hi, Y: ref}})
		if err != nil {
			return fmt.Errorf("score curve %q reference: %w", title, err)
		}
		refLine.Color = color.RGBA{R: 200, A: 255}
		refLine.Dashes = []vg.Length{vg.Points(6), vg.Points(3)}
		p.Add(refLine)
		p.Legend.Add(refLabel, refLine)
	}
	// Top left, below the reference line: a score that rises with training
	// leaves that corner empty.
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.XOffs, p.Legend.YOffs = vg.Points(10), -vg.Points(25)
	return writePlot(w, p)
}

// errPoint is a point with a symmetric y error (plotter.YErrorer).
type errPoint struct{ x, y, err float64 }

type errPoints []errPoint

func (e errPoints) Len() int                        { return len(e) }
func (e errPoints) XY(i int) (float64, float64)     { return e[i].x, e[i].y }
func (e errPoints) YError(i int) (float64, float64) { return e[i].err, e[i].err }
