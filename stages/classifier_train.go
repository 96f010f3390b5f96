package stages

import (
	"context"
	"fmt"

	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models"
	"github.com/ganpipe/ganpipe/pipeline"
)

// classifierTrainKind trains the small conv net whose features and class
// probabilities the classifier-based metrics (fid, inception_score,
// precision_recall) use, and reports its test accuracy.
type classifierTrainKind struct{ info }

func newClassifierTrainKind() *classifierTrainKind {
	return &classifierTrainKind{info{
		name: "classifier_train", version: "2",
		body: hcldec.ObjectSpec{
			"data":      ref("data", true),
			"test":      ref("test", false),
			"channels":  withDefault(nums("channels", false), cty.ListVal([]cty.Value{cty.NumberIntVal(16), cty.NumberIntVal(32)})),
			"hidden":    withDefault(num("hidden", false), cty.NumberIntVal(128)),
			"dropout":   withDefault(num("dropout", false), cty.NumberFloatVal(0.5)),
			"batch":     withDefault(num("batch", false), cty.NumberIntVal(64)),
			"iters":     num("iters", true),
			"lr":        withDefault(num("lr", false), cty.NumberFloatVal(1e-3)),
			"log_every": withDefault(num("log_every", false), cty.NumberIntVal(100)),
		},
		outputs: []string{"model", "history", "metrics"},
		metrics: []string{"test_accuracy", "train_accuracy", "loss"},
	}}
}

func (k *classifierTrainKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := newConfig(job.Stage.Config)
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	if data.Labels == nil {
		return fmt.Errorf("data: the classifier needs labelled rows")
	}
	side, _, err := imageShape(data)
	if err != nil {
		return fmt.Errorf("data: %w", err)
	}
	classes := 0
	for _, l := range data.Labels {
		classes = max(classes, int(l)+1)
	}
	cfg := models.ClassifierConfig{
		Side: side, Channels: c.ints("channels", nil), Hidden: c.int("hidden", 128),
		Classes: classes, Dropout: c.float("dropout", 0.5),
	}
	batch, iters := c.int("batch", 64), c.int("iters", 0)
	opt := models.Optimizer{Kind: models.OptAdam, LR: c.float("lr", 1e-3)}
	rec := newRecorder(job.Progress, c.int("log_every", 100))
	if err := c.err(); err != nil {
		return err
	}
	rng := newRand(job)
	m, err := models.NewClassifier(cfg, rng)
	if err != nil {
		return err
	}
	if err := m.Train(ctx, data.Data, data.Labels, data.Rows, opt, batch, iters, rng, rec.observer("train")); err != nil {
		return err
	}
	if err := writeModel(job, "model", m.Params(), m.Arch()); err != nil {
		return err
	}
	if err := rec.write(job, "history"); err != nil {
		return err
	}
	// Training accuracy on at most 10k random training rows (see pickRows).
	sub := pickRows(data, 10000, rng)
	ntr := sub.Rows
	trainAcc := m.Accuracy(sub.Data, sub.Labels, ntr)
	rows := []artifact.Metric{metric("train_accuracy", trainAcc, 0, ntr), metric("loss", tailMean(rec, "loss", 10), 0, iters)}
	if _, ok := c.ref("test"); ok {
		test, err := readMatrix(job, c, "test")
		if err != nil {
			return err
		}
		if test.Labels == nil || test.Cols != data.Cols {
			return fmt.Errorf("test: want labelled rows of %d values", data.Cols)
		}
		acc := m.Accuracy(test.Data, test.Labels, test.Rows)
		job.Progress.Logf("test accuracy %.4f on %d images (train %.4f)", acc, test.Rows, trainAcc)
		rows = append(rows, metric("test_accuracy", acc, stderrProp(acc, test.Rows), test.Rows))
	}
	return writeMetrics(job, "metrics", rows...)
}
