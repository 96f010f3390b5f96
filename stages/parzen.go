package stages

import (
	"context"
	"fmt"
	"math/rand"
	"strconv"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/metrics"
	"github.com/ganpipe/ganpipe/pipeline"
)

// parzenKind estimates the test log-likelihood of a sample set with a
// Gaussian Parzen window whose bandwidth is chosen on validation data (the
// GAN / GMMN papers' protocol).
type parzenKind struct{ info }

// parzenGrid checks a bandwidth grid's name: the GMMN code's or the GAN code's
// (PAPERS.md).
// parzenGrids are the bandwidth grids a parzen stage can search.
var parzenGrids = []string{"gmmn", "gan"}

func newParzenKind() *parzenKind {
	return &parzenKind{info{
		name: "parzen", version: "3",
		summary: "Parzen-window log-likelihood of test data under samples, bandwidth chosen on validation data",
		attrs: []attr{
			refAttr("samples", "the model's samples (matrix)").req(),
			refAttr("valid", "validation data: picks the bandwidth").req(),
			refAttr("test", "test data: the score").req(),
			enumAttr("grid", "gmmn", "bandwidth grid: gmmn (the GMMN authors') or gan (parzen_ll.py's)", parzenGrids...),
			numsAttr("sigmas", "bandwidths to choose from").notEmpty().above(0).nullMeans("the grid"),
			wholeAttr("max_samples", "use this many random samples (0: all)").atLeast(0).dflt(10000),
			wholeAttr("max_valid", "use this many random validation rows (0: all)").atLeast(0).or(0),
			wholeAttr("max_test", "use this many random test rows (0: all)").atLeast(0).or(0),
			// Added after the kind's first keys: unset, they stay out of it.
			boolAttr("first_rows", "take the first max_samples / max_valid / max_test rows instead of random ones (parzen_ll.py: the first 1,000 validation images)").
				addedLater().nullMeans("false"),
			snapshotAttr(),
		},
		outputs: []string{"metrics", "bandwidths"},
		metrics: []string{"mean", "stderr", "std", "sigma"},
	}}
}

func (k *parzenKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	samples, err := readMatrix(job, c, "samples")
	if err != nil {
		return err
	}
	valid, err := readMatrix(job, c, "valid")
	if err != nil {
		return err
	}
	test, err := readMatrix(job, c, "test")
	if err != nil {
		return err
	}
	var sigmas []float64
	switch g := c.str("grid"); {
	case c.has("sigmas"):
		sigmas = c.floats("sigmas")
	case g == "gmmn":
		sigmas = metrics.GMMNSigmaGrid()
	case g == "gan":
		sigmas = metrics.GANSigmaGrid()
	default:
		return fmt.Errorf("grid: unknown bandwidth grid %q", g)
	}
	maxS, maxV, maxT := c.int("max_samples"), c.int("max_valid"), c.int("max_test")
	first := c.bool("first_rows")
	if samples, err = snapshotOf(c, samples); err != nil {
		return err
	}
	if err := c.err(); err != nil {
		return err
	}
	// Capped inputs are random rows, not the first ones (see pickRows): the
	// training data's own score is otherwise the score of its first images.
	// first_rows is the authors' protocol, whose validation rows are the
	// first of a fixed split.
	pick := pickRows
	if first {
		pick = headRows
	}
	rng := newRand(job)
	samples, valid, test = pick(samples, maxS, rng), pick(valid, maxV, rng), pick(test, maxT, rng)
	ns, nv, nt := samples.Rows, valid.Rows, test.Rows
	if samples.Cols != valid.Cols || samples.Cols != test.Cols {
		return fmt.Errorf("samples have %d columns but valid %d and test %d", samples.Cols, valid.Cols, test.Cols)
	}
	d := samples.Cols
	job.Progress.Logf("Parzen: %d samples, %d validation, %d test points, %d bandwidths", ns, nv, nt, len(sigmas))
	opts := metrics.ParzenOptions{Workers: job.Env.Threads}
	res, err := metrics.Parzen(ctx, samples.Data[:ns*d], valid.Data[:nv*d], test.Data[:nt*d], d, sigmas, opts)
	if err != nil {
		return err
	}
	job.Progress.Logf("sigma %.3f: test log-likelihood %.2f ± %.2f", res.Sigma, res.Test.Mean, res.Test.StdErr)
	rows := []artifact.Metric{
		metric("mean", res.Test.Mean, res.Test.StdErr, res.Test.N),
		metric("stderr", res.Test.StdErr, 0, res.Test.N),
		metric("std", res.Test.Std, 0, res.Test.N),
		metric("sigma", res.Sigma, 0, nv),
	}
	// The validation curve over the grid goes to its own artifact: it is a
	// diagnostic to look at, not a figure to hold in a regression baseline.
	var curve []artifact.Metric
	for i, s := range res.Sigmas {
		curve = append(curve, metric("valid_mean@"+strconv.FormatFloat(s, 'g', 4, 64), res.ValidMeans[i], 0, nv))
	}
	if err := writeMetrics(job, "bandwidths", curve...); err != nil {
		return err
	}
	return writeMetrics(job, "metrics", rows...)
}

// headRows returns the first limit rows of m (all when limit <= 0); it
// draws nothing (the rng is pickRows' signature).
func headRows(m *artifact.Matrix, limit int, _ *rand.Rand) *artifact.Matrix {
	n := head(m, limit)
	if n == m.Rows {
		return m
	}
	out := *m
	out.Rows, out.Data = n, m.Data[:n*m.Cols]
	if m.Labels != nil {
		out.Labels = m.Labels[:n]
	}
	return &out
}

// head returns min(limit, rows), limit <= 0 meaning all rows.
func head(m *artifact.Matrix, limit int) int {
	if limit <= 0 || limit > m.Rows {
		return m.Rows
	}
	return limit
}
