package stages

import (
	"context"
	"fmt"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models/classifier"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
)

// classifierTrainKind trains the small conv net whose features and class
// probabilities the classifier-based metrics (fid, inception_score,
// precision_recall) use, and reports its test accuracy.
type classifierTrainKind struct{ info }

func newClassifierTrainKind() *classifierTrainKind {
	return &classifierTrainKind{info{
		name: "classifier_train", version: "3",
		summary: "train the small conv net whose features the FID / IS / precision-recall metrics use",
		attrs: []attr{
			refAttr("data", "labelled training images (matrix)").req(),
			refAttr("test", "labelled test images: the test accuracy"),
			wholesAttr("channels", "channels of each conv layer").notEmpty().atLeast(1).dflt([]int{16, 32}),
			wholeAttr("hidden", "width of the dense layer (the features)").atLeast(1).dflt(128),
			numAttr("dropout", "dropout rate before the logits").fraction().dflt(0.5),
			batchAttr(64),
			wholeAttr("iters", "Adam iterations").req().atLeast(1),
			numAttr("lr", "Adam learning rate").above(0).dflt(1e-3),
			logEveryAttr(100),
		},
		outputs: []string{"model", "history", "metrics"},
		metrics: []string{"test_accuracy", "train_accuracy", "loss"},
	}}
}

func (k *classifierTrainKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
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
	cfg := classifier.ClassifierConfig{
		Side: side, Channels: c.ints("channels"), Hidden: c.int("hidden"),
		Classes: classes, Dropout: c.float("dropout"),
	}
	batch, iters := c.int("batch"), c.int("iters")
	opt := nn.Optimizer{Kind: nn.OptAdam, LR: c.float("lr")}
	rec := newRecorder(job.Progress, c.int("log_every"))
	if err := c.err(); err != nil {
		return err
	}
	rng, src := newCountedRand(job)
	m, err := classifier.NewClassifier(cfg, rng)
	if err != nil {
		return err
	}
	ck := newTrainCheckpoint(job, src, rec, "train", 1, iters)
	opt.Hook = ck
	if err := m.Train(ctx, data.Data, data.Labels, data.Rows, opt, batch, iters, rng, rec.observer("train")); err != nil {
		return ck.checkpointErr(err)
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
