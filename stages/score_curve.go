package stages

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/reports"
)

// scoreCurveKind plots a score along training: one point per training
// length (the map keys), each a metric with its error bar, beside a
// paper's figure as a horizontal line. A report shows it with a figure
// block. Its inputs are metrics of other stages (e.g. parzen stages on a
// gan_train's prefix_samples), so it computes nothing but the figure.
type scoreCurveKind struct{ info }

func newScoreCurveKind() *scoreCurveKind {
	return &scoreCurveKind{info{
		// 2: metrics point_K and x_K (were at_X, named by x).
		name: "score_curve", version: "2",
		summary: "a score against training length (metric per point, error bars) beside a paper's figure, as a figure",
		attrs: []attr{
			attr{name: "points", typ: tAny, required: true, doc: "{ \"X\" = metric reference or number }: the score after X (a number: updates, epochs)"},
			attr{name: "errors", typ: tAny, doc: "{ \"X\" = metric reference or number }: each point's error bar (same keys as points)"},
			strAttr("title", "the figure's title").nullMeans("the stage's name"),
			strAttr("x_label", "the x axis").dflt("generator updates"),
			strAttr("y_label", "the y axis").dflt("log-likelihood (nats)"),
			numAttr("reference", "a paper's figure, drawn as a horizontal line"),
			strAttr("reference_label", "the reference line's legend").nullMeans("\"paper\""),
		},
		outputs: []string{"figure", "metrics"},
	}}
}

func (k *scoreCurveKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	xs, ys, err := curvePoints(job, c.get("points"))
	if err != nil {
		return fmt.Errorf("points: %w", err)
	}
	var errs []float64
	if v := c.get("errors"); v != cty.NilVal && !v.IsNull() {
		ex, ev, err := curvePoints(job, v)
		if err != nil {
			return fmt.Errorf("errors: %w", err)
		}
		if fmt.Sprint(ex) != fmt.Sprint(xs) {
			return fmt.Errorf("errors: keys %v differ from the points' %v", ex, xs)
		}
		errs = ev
	}
	title := c.str("title")
	if title == "" {
		title = job.Stage.Name
	}
	refLabel := ""
	if c.has("reference") {
		refLabel = c.str("reference_label")
		if refLabel == "" {
			refLabel = "paper"
		}
	}
	ref := c.float("reference")
	if err := c.err(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := reports.ScoreCurve(&buf, title, c.str("x_label"), c.str("y_label"), xs, ys, errs, refLabel, ref); err != nil {
		return err
	}
	if err := artifact.WriteFiles(job.Output("figure"), &artifact.Files{
		Names: []string{job.Stage.Name + ".png"}, Data: [][]byte{buf.Bytes()},
		Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr},
	}); err != nil {
		return err
	}
	// The points again as metrics, in x order: point_K (the score and its
	// error bar) and x_K. Named by position, not by x, so a baseline
	// recorded at one training length still names the figures of a run of
	// another length.
	var rows []artifact.Metric
	for i, x := range xs {
		e := 0.0
		if errs != nil {
			e = errs[i]
		}
		k := strconv.Itoa(i + 1)
		rows = append(rows, metric("point_"+k, ys[i], e, 0), metric("x_"+k, x, 0, 0))
	}
	return writeMetrics(job, "metrics", rows...)
}

// curvePoints reads a { "X" = figure } object or map into x-sorted points.
func curvePoints(job *pipeline.Job, v cty.Value) (xs, ys []float64, err error) {
	if v == cty.NilVal || v.IsNull() || !(v.Type().IsObjectType() || v.Type().IsMapType()) {
		return nil, nil, fmt.Errorf("want an object { \"X\" = figure }")
	}
	type point struct{ x, y float64 }
	var pts []point
	for it := v.ElementIterator(); it.Next(); {
		key, val := it.Element()
		x, err := strconv.ParseFloat(key.AsString(), 64)
		if err != nil {
			return nil, nil, fmt.Errorf("key %q is not a number", key.AsString())
		}
		y, err := figure(job, val)
		if err != nil {
			return nil, nil, fmt.Errorf("%q: %w", key.AsString(), err)
		}
		pts = append(pts, point{x, y})
	}
	if len(pts) == 0 {
		return nil, nil, fmt.Errorf("no points")
	}
	sort.Slice(pts, func(i, j int) bool { return pts[i].x < pts[j].x })
	for _, p := range pts {
		xs, ys = append(xs, p.x), append(ys, p.y)
	}
	return xs, ys, nil
}
