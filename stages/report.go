package stages

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/internal/atomicfile"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/reports"
	"github.com/ganpipe/ganpipe/speclang"
)

// reportKind renders a results table (ours beside the paper's), sample
// grids, figures and loss curves, as Markdown + PNG and as one
// self-contained HTML page. Its output lives in the cache like any other;
// Publish copies it to -out DIR/<pipeline>/<run>/.
type reportKind struct{ info }

func newReportKind() *reportKind {
	return &reportKind{info{
		// 3: captions, one panel per loss term, 2x image grids, the
		// sample column of neighbour figures framed, an HTML page.
		name: "report", version: "3",
		summary: "a results table (ours beside the paper's), sample grids, figures and loss curves, also as one HTML page",
		attrs: []attr{
			strAttr("title", "the table's title").nullMeans("the block's name"),
			strAttr("metric", "what the table's values are").dflt("log-likelihood (nats)"),
			strsAttr("notes", "lines printed under the table"),
			blocksAttr("row", "row \"LABEL\" { ... }: one model's figure beside the paper's",
				attr{name: "value", typ: tAny, required: true, doc: "our figure: a metric reference or a number"},
				attr{name: "err", typ: tAny, doc: "our error bar: a metric reference or a number"},
				numAttr("paper", "the paper's figure"),
				numAttr("paper_err", "the paper's error bar"),
				strAttr("note", "a note for the row"),
			),
			blocksAttr("samples", "samples \"LABEL\" { ... }: a grid of images",
				refAttr("data", "images (matrix); a training stage's snapshots are drawn one row per snapshot").req(),
				wholeAttr("rows", "grid rows (not for snapshots)").atLeast(1).or(10),
				wholeAttr("cols", "grid columns (not for snapshots)").atLeast(1).or(10),
			),
			blocksAttr("figure", "figure \"LABEL\" { ... }: a figure another stage drew",
				refAttr("data", "a figure output (files)").req(),
			),
			blocksAttr("curve", "curve \"LABEL\" { ... }: training curves from a history",
				refAttr("data", "a history output").req(),
				strsAttr("terms", "terms to plot").nullMeans("every loss term"),
			),
		},
		outputs: []string{"files"},
	}}
}

func (k *reportKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	name := job.Stage.Name
	files := &artifact.Files{Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr}}
	add := func(file string, b []byte) {
		files.Names = append(files.Names, file)
		files.Data = append(files.Data, b)
	}
	var md, csv bytes.Buffer
	table := &reports.Table{Title: cmp.Or(c.str("title"), name), Metric: c.str("metric"), Notes: c.strs("notes")}
	page := &reports.Page{Title: table.Title, Subtitle: fmt.Sprintf("%s of pipeline %s", job.Stage.Addr, job.Pipeline), Table: table}
	// addImage stores a PNG, links it under a heading of the Markdown with
	// its caption, and adds it to the HTML page.
	addImage := func(title, caption, file string, b []byte) {
		add(file, b)
		fmt.Fprintf(&md, "\n### %s\n\n![%s](%s)\n\n*%s*\n", title, title, file, caption)
		page.Figures = append(page.Figures, reports.Figure{Title: title, Caption: caption, PNG: b})
	}
	for _, rc := range c.blocks("row") {
		value, err := figure(job, rc.get("value"))
		if err != nil {
			return fmt.Errorf("row %q value: %w", rc.label(), err)
		}
		errBar := math.NaN()
		if rc.has("err") {
			if errBar, err = figure(job, rc.get("err")); err != nil {
				return fmt.Errorf("row %q err: %w", rc.label(), err)
			}
		}
		table.Rows = append(table.Rows, reports.Row{
			Model: rc.label(), Ours: value, OursErr: errBar,
			Paper: rc.floatOr("paper", math.NaN()), PaperErr: rc.floatOr("paper_err", math.NaN()),
			Note: rc.str("note"),
		})
	}
	if err := table.WriteMarkdown(&md); err != nil {
		return err
	}
	if err := table.WriteCSV(&csv); err != nil {
		return err
	}
	for _, bc := range c.blocks("samples") {
		m, err := readMatrix(job, bc, "data")
		if err != nil {
			return err
		}
		h, w, _, err := imageDims(m)
		if err != nil {
			return fmt.Errorf("samples %q: %w", bc.label(), err)
		}
		rows, cols := bc.int("rows"), bc.int("cols")
		src, _ := bc.ref("data")
		caption := fmt.Sprintf("The first %%d of the %d images in %s, %d per row (%dx%d pixels each, drawn %dx).", m.Rows, src, cols, w, h, figureScale)
		if its, ok := snapshotIters(m); ok {
			// A training stage's snapshots: one row per snapshot, the same
			// generator inputs in every column (rows and cols do not apply).
			rows, cols = len(its), m.Rows/len(its)
			caption = fmt.Sprintf("Samples over training (%s): row i shows the generator after iteration %s; each column keeps the same noise (and label or code) in every row. %%d images, %dx%d pixels each, drawn %dx.",
				src, strings.Join(its, ", "), w, h, figureScale)
		}
		n := min(m.Rows, rows*cols)
		if n == 0 {
			return fmt.Errorf("samples %q: %s has no images (a training stage writes snapshots only with snapshots > 0)", bc.label(), src)
		}
		grid, err := ImageGrid(m, n, rows, cols)
		if err != nil {
			return fmt.Errorf("samples %q: %w", bc.label(), err)
		}
		var buf bytes.Buffer
		if err := reports.WritePNG(&buf, reports.Upscale(grid, figureScale)); err != nil {
			return err
		}
		addImage(bc.label(), fmt.Sprintf(caption, n), fmt.Sprintf("%s_%s.png", name, bc.label()), buf.Bytes())
	}
	for _, bc := range c.blocks("figure") {
		f, err := readInput(job, bc, "data", artifact.ReadFiles)
		if err != nil {
			return err
		}
		src, _ := bc.ref("data")
		for i, fn := range f.Names {
			file := fmt.Sprintf("%s_%s%s", name, bc.label(), filepath.Ext(fn))
			if len(f.Names) > 1 {
				file = fmt.Sprintf("%s_%s_%s", name, bc.label(), fn)
			}
			data, caption := presentFigure(fn, f.Data[i], src)
			addImage(bc.label(), caption, file, data)
		}
	}
	for _, bc := range c.blocks("curve") {
		h, err := readInput(job, bc, "data", artifact.ReadHistory)
		if err != nil {
			return err
		}
		x := make([]float64, len(h.Iter))
		for i, it := range h.Iter {
			x[i] = float64(it)
		}
		want := map[string]bool{}
		for _, t := range bc.strs("terms") {
			want[t] = true
		}
		var panels []reports.Panel
		var left []string
		for i, t := range h.Terms {
			if want[t] || (len(want) == 0 && !scheduleTerms[t]) {
				title, axis := termLabel(t, h)
				panels = append(panels, reports.Panel{Name: title, YLabel: axis, Y: h.Values[i]})
			} else if len(want) == 0 {
				left = append(left, t)
			}
		}
		// The objective first, then the terms that explain it.
		sort.SliceStable(panels, func(i, j int) bool {
			return strings.HasPrefix(panels[i].Name, "loss:") && !strings.HasPrefix(panels[j].Name, "loss:")
		})
		src, _ := bc.ref("data")
		label := bc.label()
		var buf bytes.Buffer
		if err := reports.LossPanels(&buf, fmt.Sprintf("%s: training history of %s", label, src.Stage), x, panels); err != nil {
			return err
		}
		caption := fmt.Sprintf("One panel per logged term of %s, each on its own y axis, against the training iteration (%d logged points).", src, len(x))
		if len(left) > 0 {
			caption += fmt.Sprintf(" Not plotted (schedule and diagnostics; name them in terms to plot them): %s.", strings.Join(left, ", "))
		}
		addImage(label, caption, fmt.Sprintf("%s_%s.png", name, label), buf.Bytes())
	}
	var html bytes.Buffer
	if err := page.WriteHTML(&html); err != nil {
		return err
	}
	add(name+".md", md.Bytes())
	add(name+".csv", csv.Bytes())
	add(name+".html", html.Bytes())
	return artifact.WriteFiles(job.Output("files"), files)
}

// figureScale is how many screen pixels a sample's pixel takes in the
// report's image grids.
const figureScale = 2

// presentFigure prepares an image made by another stage for the report,
// with its caption: a neighbour figure gets its sample column framed.
func presentFigure(file string, data []byte, src speclang.Ref) ([]byte, string) {
	switch file {
	case "nearest_neighbours.png":
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			break
		}
		marked, ok := reports.MarkSampleColumn(img)
		if !ok {
			break
		}
		var buf bytes.Buffer
		if err := reports.WritePNG(&buf, reports.Upscale(marked, figureScale)); err != nil {
			break
		}
		return buf.Bytes(), fmt.Sprintf("Framed in red, left: generated samples; to the right of each, its nearest training images by L2 distance, nearest first (%s). Copies of training images would match their first neighbour exactly.", src)
	case "interpolation.png":
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			break
		}
		var buf bytes.Buffer
		if err := reports.WritePNG(&buf, reports.Upscale(img, figureScale)); err != nil {
			break
		}
		return buf.Bytes(), fmt.Sprintf("Each row decodes evenly spaced points on a straight line between two random noise vectors (%s): smooth rows mean the model did not memorise isolated images.", src)
	}
	return data, fmt.Sprintf("%s from %s.", file, src)
}

// Publish writes the report's files to <out>/<pipeline>/<run>/ (one
// directory per run, so a run with other variables does not overwrite this
// one's), replacing older copies atomically so a reader never sees half a
// file.
func (k *reportKind) Publish(ctx context.Context, job *pipeline.Job) error {
	f, err := artifact.ReadFiles(job.Output("files"))
	if err != nil {
		return err
	}
	dir := publishDir(job)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, name := range f.Names {
		p := filepath.Join(dir, filepath.Base(name))
		if old, err := os.ReadFile(p); err == nil && bytes.Equal(old, f.Data[i]) {
			continue
		}
		if err := atomicfile.Write(p, f.Data[i], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// publishDir is where a run's reports go: <out>/<pipeline>/<run>/, or
// <out>/<pipeline>/ for a stage computed outside a recorded run.
func publishDir(job *pipeline.Job) string {
	return filepath.Join(job.Env.OutDir, job.Pipeline, job.Env.Run)
}

// scheduleTerms are logged beside the losses but are not losses: a curve
// leaves them out unless its terms attribute names them.
var scheduleTerms = map[string]bool{
	"lr": true, "momentum": true, "grad_norm": true, "layer": true,
	// kept_iter is an iteration index (which iterate pynn's selection
	// kept), not a loss: plotted as one it dwarfed the loss (issue 26).
	"kept_iter": true,
	"lr_d":      true, "lr_g": true, "n_critic": true, "noise_std": true,
	"d_grad_norm": true, "g_grad_norm": true,
}

// figure turns a row value into a number: a literal, or a reference to one
// figure of a metrics artifact (stage.ll["x"].mean).
func figure(job *pipeline.Job, v cty.Value) (float64, error) {
	if r, ok := speclang.RefOf(v); ok {
		if r.Field == "" {
			return 0, fmt.Errorf("%s is an artifact, not a figure; reference one metric such as %s.mean", r, r.Stage)
		}
		p, err := job.Input(r)
		if err != nil {
			return 0, err
		}
		m, err := artifact.ReadMetrics(p)
		if err != nil {
			return 0, err
		}
		row, ok := m.Get(r.Field)
		if !ok {
			var names []string
			for _, x := range m.Rows {
				names = append(names, x.Name)
			}
			sort.Strings(names)
			return 0, fmt.Errorf("%s has no figure %q (has %s)", r.Stage, r.Field, strings.Join(names, ", "))
		}
		return row.Value, nil
	}
	if v.Type() == cty.Number {
		f, _ := v.AsBigFloat().Float64()
		return f, nil
	}
	return 0, fmt.Errorf("want a number or a metric reference, got %s", v.Type().FriendlyName())
}
