package stages

import (
	"bytes"
	"cmp"
	"context"
	"encoding/csv"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/reports"
	"github.com/ganpipe/ganpipe/speclang"
)

// sweepReportKind renders one table for a sweep: one row per configuration,
// one column per figure (FID, IS, Parzen, ...), plus a sample grid per row.
// The report kind's table holds one figure per row beside a paper value; a
// sweep needs many figures per row, which is this kind's only difference.
type sweepReportKind struct{ info }

func newSweepReportKind() *sweepReportKind {
	return &sweepReportKind{info{
		name: "sweep_report", version: "2",
		summary: "one table for a sweep: a row per configuration, a column per figure, a sample grid per row",
		attrs: []attr{
			strAttr("title", "the table's title").nullMeans("the block's name"),
			strsAttr("notes", "lines printed under the table"),
			strsAttr("columns", "the figures' column names, in order").req().notEmpty(),
			// rows: { ROW = { COLUMN = metric reference | number | string } }
			attr{name: "rows", typ: tAny, required: true, doc: "{ ROW = { COLUMN = metric reference, number, string or a list of them (shown as mean ± spread (n), e.g. over seeds) } }"},
			// spread: what follows the ± of a list's mean. Added after
			// reports with lists were recorded, so null (std) keeps their keys.
			strAttr("spread", "a list's spread: std (sample standard deviation) or se (standard error of the mean, std / sqrt n)").
				oneOf("std", "se").addedLater().nullMeans(`"std"`),
			attr{name: "samples", typ: tRefMap, doc: "{ ROW = samples }: a grid per row"},
			wholeAttr("grid", "side of each sample grid").atLeast(1).dflt(8),
			refAttr("modes", "2-D samples: the labelled mixture data whose mode centres the scatter plots mark (2,500 points each)").addedLater().nullMeans("no centres"),
			// optional: columns whose missing figures (a metric the stage did
			// not record) print as "—" instead of failing the report.
			strsAttr("optional", "columns whose missing figures print as a dash instead of failing"),
		},
		outputs: []string{"files"},
	}}
}

func (k *sweepReportKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	name := job.Stage.Name
	var cols []string
	cols = append(cols, c.strs("columns")...)
	optional := map[string]bool{}
	for _, v := range c.strs("optional") {
		optional[v] = true
	}
	se := c.str("spread") == "se"
	rows := c.get("rows")
	if rows == cty.NilVal || rows.IsNull() || !(rows.Type().IsObjectType() || rows.Type().IsMapType()) {
		return fmt.Errorf("rows: want an object of rows, each an object of columns")
	}
	var labels []string
	for it := rows.ElementIterator(); it.Next(); {
		k, _ := it.Element()
		labels = append(labels, k.AsString())
	}
	sort.Strings(labels)
	cells := make([][]string, len(labels))
	for i, l := range labels {
		var row cty.Value
		if rows.Type().IsObjectType() {
			row = rows.GetAttr(l)
		} else {
			row = rows.Index(cty.StringVal(l))
		}
		for _, col := range cols {
			cell := "—"
			if (row.Type().IsObjectType() && row.Type().HasAttribute(col)) || (row.Type().IsMapType() && row.HasIndex(cty.StringVal(col)).True()) {
				var v cty.Value
				if row.Type().IsObjectType() {
					v = row.GetAttr(col)
				} else {
					v = row.Index(cty.StringVal(col))
				}
				if v.Type() == cty.String {
					cell = v.AsString()
				} else if v.Type().IsTupleType() || v.Type().IsListType() {
					// A list of figures (one per seed): mean ± spread (n).
					s, err := seedFigures(job, v, se)
					switch {
					case err == nil:
						cell = s
					case !optional[col]:
						return fmt.Errorf("row %q column %q: %w", l, col, err)
					}
				} else {
					f, err := figure(job, v)
					switch {
					case err == nil:
						cell = formatFigure(f)
					case !optional[col]:
						return fmt.Errorf("row %q column %q: %w", l, col, err)
					}
				}
			}
			cells[i] = append(cells[i], cell)
		}
	}
	var md bytes.Buffer
	fmt.Fprintf(&md, "## %s\n\n| configuration | %s |\n|---|%s\n", cmp.Or(c.str("title"), name), strings.Join(cols, " | "), strings.Repeat("---:|", len(cols)))
	for i, l := range labels {
		fmt.Fprintf(&md, "| %s | %s |\n", l, strings.Join(cells[i], " | "))
	}
	if notes := c.strs("notes"); len(notes) > 0 {
		md.WriteString("\nNotes:\n\n")
		for _, n := range notes {
			fmt.Fprintf(&md, "- %s\n", n)
		}
	}
	var cb bytes.Buffer
	w := csv.NewWriter(&cb)
	_ = w.Write(append([]string{"configuration"}, cols...))
	for i, l := range labels {
		_ = w.Write(append([]string{l}, cells[i]...))
	}
	w.Flush()
	files := &artifact.Files{Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr}}
	grid := c.int("grid")
	if err := c.err(); err != nil {
		return err
	}
	var centres [][2]float64
	if _, ok := c.ref("modes"); ok {
		d, err := readMatrix(job, c, "modes")
		if err != nil {
			return err
		}
		if d.Cols != 2 || d.Labels == nil {
			return fmt.Errorf("modes: labelled 2-D mixture data needed, got %d columns (labels: %v)", d.Cols, d.Labels != nil)
		}
		centres, _ = mixtureFit(d)
	}
	if s := c.get("samples"); s != cty.NilVal && !s.IsNull() {
		md.WriteString("\n### Samples\n")
		var keys []string
		for it := s.ElementIterator(); it.Next(); {
			k, _ := it.Element()
			keys = append(keys, k.AsString())
		}
		sort.Strings(keys)
		for _, key := range keys {
			r, _ := speclang.RefOf(s.Index(cty.StringVal(key)))
			p, err := job.Input(r)
			if err != nil {
				return err
			}
			m, err := artifact.ReadMatrix(p)
			if err != nil {
				return fmt.Errorf("samples %q: %w", key, err)
			}
			var buf bytes.Buffer
			if m.Cols == 2 { // 2-D points: a scatter over the mixture's modes
				n := min(m.Rows, scatterPoints)
				if err := reports.Scatter(&buf, key, m.Data[:2*n], centres); err != nil {
					return err
				}
			} else {
				img, err := ImageGrid(m, min(m.Rows, grid*grid), grid, grid)
				if err != nil {
					return fmt.Errorf("samples %q: %w", key, err)
				}
				if err := reports.WritePNG(&buf, img); err != nil {
					return err
				}
			}
			// Keys are free text ("loss fgan kl"); a Markdown image path
			// must not contain spaces or slashes.
			file := fmt.Sprintf("%s_%s.png", name, strings.Map(func(r rune) rune {
				if r == ' ' || r == '/' || r == '\\' {
					return '_'
				}
				return r
			}, key))
			files.Names, files.Data = append(files.Names, file), append(files.Data, buf.Bytes())
			fmt.Fprintf(&md, "\n#### %s\n\n![%s](%s)\n", key, key, file)
		}
	}
	files.Names = append(files.Names, name+".md", name+".csv")
	files.Data = append(files.Data, md.Bytes(), cb.Bytes())
	return artifact.WriteFiles(job.Output("files"), files)
}

// scatterPoints is how many 2-D samples a scatter plot shows: the 2,500
// the mode-collapse papers' metrics and figures use.
const scatterPoints = 2500

// Publish copies the files out like a report.
func (k *sweepReportKind) Publish(ctx context.Context, job *pipeline.Job) error {
	return (&reportKind{}).Publish(ctx, job)
}

// formatFigure prints a figure with 4 significant digits (NaN as "nan").
func formatFigure(f float64) string {
	if math.IsNaN(f) {
		return "nan"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e6 {
		return strconv.FormatFloat(f, 'f', 0, 64)
	}
	return strconv.FormatFloat(f, 'g', 4, 64)
}

// seedFigures formats a list of figures (e.g. one per seed) as their mean
// ± spread and their count (meanSpread).
func seedFigures(job *pipeline.Job, v cty.Value, se bool) (string, error) {
	var xs []float64
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		f, err := figure(job, e)
		if err != nil {
			return "", err
		}
		xs = append(xs, f)
	}
	if len(xs) == 0 {
		return "", fmt.Errorf("an empty list of figures")
	}
	return meanSpread(xs, se), nil
}

// meanSpread formats figures as "mean ± spread (n)": the spread is their
// sample standard deviation, or with se its standard error of the mean
// (std / sqrt n); a single figure has no spread ("12.3 (1)").
func meanSpread(xs []float64, se bool) string {
	mean, spread := meanStd(xs)
	if len(xs) == 1 {
		return fmt.Sprintf("%s (1)", formatFigure(mean))
	}
	if se {
		spread /= math.Sqrt(float64(len(xs)))
	}
	return fmt.Sprintf("%s ± %s (%d)", formatFigure(mean), formatFigure(spread), len(xs))
}

// meanStd is the mean and the sample standard deviation (n - 1) of xs; the
// deviation of a single figure is 0.
func meanStd(xs []float64) (mean, std float64) {
	for _, x := range xs {
		mean += x
	}
	n := float64(len(xs))
	mean /= n
	if len(xs) < 2 {
		return mean, 0
	}
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(ss / (n - 1))
}

// meanStderr is the mean of xs and its standard error (std / sqrt n).
func meanStderr(xs []float64) (mean, se float64) {
	mean, std := meanStd(xs)
	return mean, std / math.Sqrt(float64(len(xs)))
}
