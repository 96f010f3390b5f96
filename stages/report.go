package stages

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
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
	"github.com/ganpipe/ganpipe/specs"
)

// reportKind renders a results table (ours beside the paper's), sample
// grids, figures and loss curves. Its output lives in the cache like any
// other; Publish copies it to -out DIR/<pipeline>/.
type reportKind struct{ info }

func newReportKind() *reportKind {
	return &reportKind{info{
		name: "report", version: "2",
		summary: "a results table (ours beside the paper's), sample grids, figures and loss curves",
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
				refAttr("data", "images (matrix)").req(),
				wholeAttr("rows", "grid rows").atLeast(1).or(10),
				wholeAttr("cols", "grid columns").atLeast(1).or(10),
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
	// addImage stores a PNG and links it under a heading of the Markdown.
	addImage := func(label, file string, b []byte) {
		add(file, b)
		fmt.Fprintf(&md, "\n### %s\n\n![%s](%s)\n", label, label, file)
	}
	table := &reports.Table{Title: cmp.Or(c.str("title"), name), Metric: c.str("metric"), Notes: c.strs("notes")}
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
		h, w, err := imageShape(m)
		if err != nil {
			return fmt.Errorf("samples %q: %w", bc.label(), err)
		}
		rows, cols := bc.int("rows"), bc.int("cols")
		var buf bytes.Buffer
		if err := reports.WritePNG(&buf, reports.SampleGrid(m.Data, min(m.Rows, rows*cols), h, w, rows, cols)); err != nil {
			return err
		}
		addImage(bc.label(), fmt.Sprintf("%s_%s.png", name, bc.label()), buf.Bytes())
	}
	for _, bc := range c.blocks("figure") {
		f, err := readInput(job, bc, "data", artifact.ReadFiles)
		if err != nil {
			return err
		}
		for i, fn := range f.Names {
			file := fmt.Sprintf("%s_%s%s", name, bc.label(), filepath.Ext(fn))
			if len(f.Names) > 1 {
				file = fmt.Sprintf("%s_%s_%s", name, bc.label(), fn)
			}
			addImage(bc.label(), file, f.Data[i])
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
		series := map[string][]float64{}
		for i, t := range h.Terms {
			if want[t] || (len(want) == 0 && !scheduleTerms[t]) {
				series[t] = h.Values[i]
			}
		}
		var buf bytes.Buffer
		if err := reports.LossCurve(&buf, bc.label(), x, series); err != nil {
			return err
		}
		addImage(bc.label(), fmt.Sprintf("%s_%s.png", name, bc.label()), buf.Bytes())
	}
	add(name+".md", md.Bytes())
	add(name+".csv", csv.Bytes())
	return artifact.WriteFiles(job.Output("files"), files)
}

// Publish writes the report's files to <out>/<pipeline>/, replacing older
// copies atomically so a reader never sees half a file.
func (k *reportKind) Publish(ctx context.Context, job *pipeline.Job) error {
	f, err := artifact.ReadFiles(job.Output("files"))
	if err != nil {
		return err
	}
	dir := filepath.Join(job.Env.OutDir, job.Pipeline)
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

// scheduleTerms are logged beside the losses but are not losses: a curve
// leaves them out unless its terms attribute names them.
var scheduleTerms = map[string]bool{"lr": true, "momentum": true, "grad_norm": true, "layer": true}

// figure turns a row value into a number: a literal, or a reference to one
// figure of a metrics artifact (stage.ll["x"].mean).
func figure(job *pipeline.Job, v cty.Value) (float64, error) {
	if r, ok := specs.RefOf(v); ok {
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
