package stages

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2/hcldec"
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

// labelled is a repeatable block with one label. A tuple, not a list: rows
// may differ in type (one value a metric reference, another a number).
func labelled(block string, attrs hcldec.ObjectSpec) *hcldec.BlockTupleSpec {
	attrs["label"] = &hcldec.BlockLabelSpec{Index: 0, Name: "label"}
	return &hcldec.BlockTupleSpec{TypeName: block, Nested: attrs}
}

func newReportKind() *reportKind {
	dyn := func(name string, required bool) *hcldec.AttrSpec {
		return &hcldec.AttrSpec{Name: name, Type: cty.DynamicPseudoType, Required: required}
	}
	return &reportKind{info{
		name: "report", version: "2",
		body: hcldec.ObjectSpec{
			"title":  str("title", false),
			"metric": withDefault(str("metric", false), cty.StringVal("log-likelihood (nats)")),
			"notes":  &hcldec.AttrSpec{Name: "notes", Type: cty.List(cty.String)},
			"row": labelled("row", hcldec.ObjectSpec{
				"value": dyn("value", true), "err": dyn("err", false),
				"paper": num("paper", false), "paper_err": num("paper_err", false),
				"note": str("note", false),
			}),
			"samples": labelled("samples", hcldec.ObjectSpec{
				"data": ref("data", true), "rows": num("rows", false), "cols": num("cols", false),
			}),
			"figure": labelled("figure", hcldec.ObjectSpec{"data": ref("data", true)}),
			"curve": labelled("curve", hcldec.ObjectSpec{
				"data": ref("data", true), "terms": &hcldec.AttrSpec{Name: "terms", Type: cty.List(cty.String)},
			}),
		},
		outputs: []string{"files"},
	}}
}

func (k *reportKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := newConfig(job.Stage.Config)
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
	table := &reports.Table{Title: c.str("title", name), Metric: c.str("metric", "")}
	for _, v := range blocks(c, "notes") {
		table.Notes = append(table.Notes, v.AsString())
	}
	for _, row := range blocks(c, "row") {
		rc := newConfig(row)
		value, err := figure(job, rc.get("value"))
		if err != nil {
			return fmt.Errorf("row %q value: %w", rc.str("label", ""), err)
		}
		errBar := math.NaN()
		if rc.has("err") {
			if errBar, err = figure(job, rc.get("err")); err != nil {
				return fmt.Errorf("row %q err: %w", rc.str("label", ""), err)
			}
		}
		table.Rows = append(table.Rows, reports.Row{
			Model: rc.str("label", ""), Ours: value, OursErr: errBar,
			Paper: rc.float("paper", math.NaN()), PaperErr: rc.float("paper_err", math.NaN()),
			Note: rc.str("note", ""),
		})
	}
	if err := table.WriteMarkdown(&md); err != nil {
		return err
	}
	if err := table.WriteCSV(&csv); err != nil {
		return err
	}
	for _, b := range blocks(c, "samples") {
		bc := newConfig(b)
		m, err := readMatrix(job, bc, "data")
		if err != nil {
			return err
		}
		h, w, err := imageShape(m)
		if err != nil {
			return fmt.Errorf("samples %q: %w", bc.str("label", ""), err)
		}
		rows, cols := bc.int("rows", 10), bc.int("cols", 10)
		var buf bytes.Buffer
		if err := reports.WritePNG(&buf, reports.SampleGrid(m.Data, min(m.Rows, rows*cols), h, w, rows, cols)); err != nil {
			return err
		}
		addImage(bc.str("label", ""), fmt.Sprintf("%s_%s.png", name, bc.str("label", "")), buf.Bytes())
	}
	for _, b := range blocks(c, "figure") {
		bc := newConfig(b)
		f, err := readInput(job, bc, "data", artifact.ReadFiles)
		if err != nil {
			return err
		}
		for i, fn := range f.Names {
			file := fmt.Sprintf("%s_%s%s", name, bc.str("label", ""), filepath.Ext(fn))
			if len(f.Names) > 1 {
				file = fmt.Sprintf("%s_%s_%s", name, bc.str("label", ""), fn)
			}
			addImage(bc.str("label", ""), file, f.Data[i])
		}
	}
	for _, b := range blocks(c, "curve") {
		bc := newConfig(b)
		h, err := readInput(job, bc, "data", artifact.ReadHistory)
		if err != nil {
			return err
		}
		x := make([]float64, len(h.Iter))
		for i, it := range h.Iter {
			x[i] = float64(it)
		}
		want := map[string]bool{}
		for _, t := range blocks(bc, "terms") {
			want[t.AsString()] = true
		}
		series := map[string][]float64{}
		for i, t := range h.Terms {
			if want[t] || (len(want) == 0 && !scheduleTerms[t]) {
				series[t] = h.Values[i]
			}
		}
		var buf bytes.Buffer
		if err := reports.LossCurve(&buf, bc.str("label", ""), x, series); err != nil {
			return err
		}
		addImage(bc.str("label", ""), fmt.Sprintf("%s_%s.png", name, bc.str("label", "")), buf.Bytes())
	}
	add(name+".md", md.Bytes())
	add(name+".csv", csv.Bytes())
	return artifact.WriteFiles(job.Output("files"), files)
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
var scheduleTerms = map[string]bool{"lr": true, "momentum": true, "grad_norm": true, "layer": true}

// blocks returns the elements of a list attribute or nested block list
// (none when absent).
func blocks(c *config, name string) []cty.Value {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return nil
	}
	var out []cty.Value
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		out = append(out, e)
	}
	return out
}

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
