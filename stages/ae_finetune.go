package stages

import (
	"context"
	"fmt"

	"github.com/ganpipe/ganpipe/models/ae"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
)

// aeFinetuneKind trains a whole (pretrained) autoencoder end to end.
type aeFinetuneKind struct{ info }

func newAEFinetuneKind() *aeFinetuneKind {
	return &aeFinetuneKind{info{
		name: "ae_finetune", version: "1",
		summary: "train a (pretrained) autoencoder end to end",
		attrs: []attr{
			refAttr("model", "the autoencoder (an ae_pretrain model)").req(),
			refAttr("data", "training data (matrix)").req(),
			wholeAttr("iters", "SGD iterations").req().atLeast(1),
			batchAttr(100),
			scheduleAttr("schedule", "learning-rate / momentum phases", finetuneSchedule),
			clipAttr(10),
			logEveryAttr(50),
		},
		outputs: []string{"model", "history", "metrics"},
		metrics: []string{"recon_bce"},
	}}
}

// finetuneSchedule is PAPERS.md's: lr 0.1, momentum 0 -> 0.5 at 50 -> 0.9 at 200.
var finetuneSchedule = []nn.Phase{
	{From: 0, LR: 0.1, Momentum: 0}, {From: 50, LR: 0.1, Momentum: 0.5}, {From: 200, LR: 0.1, Momentum: 0.9},
}

func (k *aeFinetuneKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	model, err := loadAutoencoder(job, c, "model")
	if err != nil {
		return err
	}
	opt := nn.Optimizer{Schedule: c.schedule("schedule"), Clip: c.float("clip"), Batch: c.int("batch")}
	iters := c.int("iters")
	rec := newRecorder(job.Progress, c.int("log_every"))
	if err := c.err(); err != nil {
		return err
	}
	rng, src := newCountedRand(job)
	ck := newTrainCheckpoint(job, src, rec, "finetune", 1, iters)
	opt.Hook = ck
	if err := model.Finetune(ctx, data.Data, data.Rows, opt, iters, rng, rec.observer("finetune")); err != nil {
		return ck.checkpointErr(err)
	}
	return finishAE(job, model, data, rec)
}

func loadAutoencoder(job *pipeline.Job, c *config, attr string) (*ae.Autoencoder, error) {
	t, err := readModel(job, c, attr)
	if err != nil {
		return nil, err
	}
	model, err := ae.AutoencoderFrom(t.Meta, paramsOf(t))
	if err != nil {
		return nil, fmt.Errorf("%s: not an autoencoder: %w", attr, err)
	}
	return model, nil
}
