package reports

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Figure size and resolution of the PNG plots: 6 x 4 inches at 100 dpi,
// i.e. 600 x 400 pixels.
const (
	PlotWidth  = 6 * vg.Inch
	PlotHeight = 4 * vg.Inch
	PlotDPI    = 100
)

// LossCurve draws one line per series against x and writes a PNG. Series are
// drawn and listed in the legend in sorted name order, with colours and
// dashes assigned in that order, so the same input gives the same bytes.
// Each series must have len(x) values; non-finite points (a diverged loss)
// are left out of the line rather than failing the plot.
func LossCurve(w io.Writer, title string, x []float64, series map[string][]float64) error {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "iteration"
	p.Y.Label.Text = "loss"
	p.Add(plotter.NewGrid())
	names := make([]string, 0, len(series))
	for name := range series {
		names = append(names, name)
	}
	slices.Sort(names)
	for i, name := range names {
		ys := series[name]
		if len(ys) != len(x) {
			return fmt.Errorf("loss curve %q: series %q has %d values, x has %d", title, name, len(ys), len(x))
		}
		pts := make(plotter.XYs, 0, len(x))
		for j, y := range ys {
			if isFinite(x[j]) && isFinite(y) {
				pts = append(pts, plotter.XY{X: x[j], Y: y})
			}
		}
		if len(pts) == 0 {
			continue
		}
		line, err := plotter.NewLine(pts)
		if err != nil {
			return fmt.Errorf("loss curve %q series %q: %w", title, name, err)
		}
		line.Color = seriesColor(i)
		if i >= 7 { // colours repeat: tell those lines apart by dash length
			line.Dashes = []vg.Length{vg.Points(float64(2 + 2*(i/7))), vg.Points(2)}
		}
		p.Add(line)
		p.Legend.Add(name, line)
	}
	p.Legend.Top = true
	return writePlot(w, p)
}

// Scatter draws 2-D points (rows of 2 values) as small dots, with the mode
// centres, if any, as red crosses over blue dots: the ring / grid mode-collapse figures.
func Scatter(w io.Writer, title string, pts []float32, centres [][2]float64) error {
	if len(pts)%2 != 0 {
		return fmt.Errorf("scatter %q: %d values is not a list of 2-D points", title, len(pts))
	}
	p := plot.New()
	p.Title.Text = title
	xy := make(plotter.XYs, 0, len(pts)/2)
	for i := 0; i < len(pts); i += 2 {
		x, y := float64(pts[i]), float64(pts[i+1])
		if isFinite(x) && isFinite(y) {
			xy = append(xy, plotter.XY{X: x, Y: y})
		}
	}
	if len(xy) > 0 {
		s, err := plotter.NewScatter(xy)
		if err != nil {
			return fmt.Errorf("scatter %q: %w", title, err)
		}
		s.GlyphStyle.Radius = vg.Points(1)
		s.GlyphStyle.Shape = draw.CircleGlyph{}
		s.GlyphStyle.Color = seriesColor(2) // blue
		p.Add(s)
	}
	if len(centres) > 0 {
		c := make(plotter.XYs, len(centres))
		for i, v := range centres {
			c[i] = plotter.XY{X: v[0], Y: v[1]}
		}
		s, err := plotter.NewScatter(c)
		if err != nil {
			return fmt.Errorf("scatter %q centres: %w", title, err)
		}
		s.GlyphStyle.Shape = draw.CrossGlyph{}
		s.GlyphStyle.Radius = vg.Points(3)
		s.GlyphStyle.Color = seriesColor(0) // red
		p.Add(s)
	}
	return writePlot(w, p)
}

func writePlot(w io.Writer, p *plot.Plot) error {
	c := vgimg.NewWith(vgimg.UseWH(PlotWidth, PlotHeight), vgimg.UseDPI(PlotDPI))
	p.Draw(draw.New(c))
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(w); err != nil {
		return fmt.Errorf("write plot png: %w", err)
	}
	return nil
}

// seriesColor is the i-th of seven fixed colours (gonum/plot's "dark"
// palette, copied so a program changing plotutil's package variables cannot
// change our figures); lines beyond seven switch dash pattern.
func seriesColor(i int) color.Color {
	p := [...]color.RGBA{
		{238, 46, 47, 255}, {0, 140, 72, 255}, {24, 90, 169, 255}, {244, 125, 35, 255},
		{102, 44, 145, 255}, {162, 29, 33, 255}, {180, 56, 148, 255},
	}
	return p[i%len(p)]
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// Panel is one term of a training history, drawn in its own panel with its
// own y axis: a sqrt-MMD and an MMD² (or a loss and a learning rate) share
// no scale, and one axis labelled "loss" for both says nothing.
type Panel struct {
	Name   string    // the panel's title: the history's column and what it is
	YLabel string    // the quantity, short: it is rotated along the panel's height
	Y      []float64 // one value per x
}

// PanelHeight is the height of one panel of LossPanels.
const PanelHeight = 2.2 * vg.Inch

// LossPanels stacks one line plot per panel, all against x (training
// iterations), PlotWidth wide and PanelHeight per panel, the title above
// the first. Non-finite points are left out, as in LossCurve.
func LossPanels(w io.Writer, title string, x []float64, panels []Panel) error {
	if len(panels) == 0 {
		return fmt.Errorf("loss panels %q: no series", title)
	}
	plots := make([][]*plot.Plot, len(panels))
	for i, pn := range panels {
		if len(pn.Y) != len(x) {
			return fmt.Errorf("loss panels %q: series %q has %d values, x has %d", title, pn.Name, len(pn.Y), len(x))
		}
		p := plot.New()
		p.Title.Text = pn.Name
		if i == 0 && title != "" {
			p.Title.Text = title + "\n" + pn.Name
		}
		p.X.Label.Text = "training iteration"
		p.Y.Label.Text = pn.YLabel
		p.Add(plotter.NewGrid())
		pts := make(plotter.XYs, 0, len(x))
		for j, y := range pn.Y {
			if isFinite(x[j]) && isFinite(y) {
				pts = append(pts, plotter.XY{X: x[j], Y: y})
			}
		}
		if len(pts) > 0 {
			line, err := plotter.NewLine(pts)
			if err != nil {
				return fmt.Errorf("loss panels %q series %q: %w", title, pn.Name, err)
			}
			line.Color = seriesColor(2)
			line.Width = vg.Points(1.2)
			p.Add(line)
			if len(pts) == 1 { // one logged point draws no line: mark it
				s, err := plotter.NewScatter(pts)
				if err == nil {
					s.GlyphStyle.Color = seriesColor(2)
					p.Add(s)
				}
			}
		}
		plots[i] = []*plot.Plot{p}
	}
	c := vgimg.NewWith(vgimg.UseWH(PlotWidth, PanelHeight*vg.Length(len(panels))), vgimg.UseDPI(PlotDPI))
	dc := draw.New(c)
	tiles := draw.Tiles{Rows: len(panels), Cols: 1, PadTop: vg.Points(4), PadBottom: vg.Points(4), PadX: vg.Points(4), PadY: vg.Points(10), PadLeft: vg.Points(4), PadRight: vg.Points(8)}
	canvases := plot.Align(plots, tiles, dc)
	for i := range plots {
		plots[i][0].Draw(canvases[i][0])
	}
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(w); err != nil {
		return fmt.Errorf("write plot png: %w", err)
	}
	return nil
}
