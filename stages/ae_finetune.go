package stages

import (
	"context"
	"fmt"

	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/models"
	"github.com/ganpipe/ganpipe/pipeline"
)

// aeFinetuneKind trains a whole (pretrained) autoencoder end to end.
type aeFinetuneKind struct{ info }

func newAEFinetuneKind() *aeFinetuneKind {
	return &aeFinetuneKind{info{
		name: "ae_finetune", version: "1",
		body: hcldec.ObjectSpec{
			"model":     ref("model", true),
			"data":      ref("data", true),
			"iters":     num("iters", true),
			"batch":     withDefault(num("batch", false), cty.NumberIntVal(100)),
			"schedule":  scheduleAttr("schedule"),
			"clip":      withDefault(num("clip", false), cty.NumberIntVal(10)),
			"log_every": withDefault(num("log_every", false), cty.NumberIntVal(50)),
		},
		outputs: []string{"model", "history", "metrics"},
		metrics: []string{"recon_bce"},
	}}
}

// finetuneSchedule is PAPERS.md's: lr 0.1, momentum 0 -> 0.5 at 50 -> 0.9 at 200.
var finetuneSchedule = []models.Phase{
	{From: 0, LR: 0.1, Momentum: 0}, {From: 50, LR: 0.1, Momentum: 0.5}, {From: 200, LR: 0.1, Momentum: 0.9},
}

func (k *aeFinetuneKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := newConfig(job.Stage.Config)
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	ae, err := loadAutoencoder(job, c, "model")
	if err != nil {
		return err
	}
	opt := models.SGD{Schedule: c.schedule("schedule", finetuneSchedule), Clip: c.float("clip", 10), Batch: c.int("batch", 100)}
	iters := c.int("iters", 0)
	rec := newRecorder(job.Progress, c.int("log_every", 50))
	if err := c.err(); err != nil {
		return err
	}
	rng := newRand(job)
	if err := ae.Finetune(ctx, data.Data, data.Rows, opt, iters, rng, rec.observer("finetune")); err != nil {
		return err
	}
	return finishAE(job, ae, data, rec)
}

func loadAutoencoder(job *pipeline.Job, c *config, attr string) (*models.Autoencoder, error) {
	t, err := readModel(job, c, attr)
	if err != nil {
		return nil, err
	}
	ae, err := models.AutoencoderFrom(t.Meta, paramsOf(t))
	if err != nil {
		return nil, fmt.Errorf("%s: not an autoencoder: %w", attr, err)
	}
	return ae, nil
}
