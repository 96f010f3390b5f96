package stages

import (
	"context"
	"math"

	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models"
	"github.com/ganpipe/ganpipe/pipeline"
)

func nan() float64 { return math.NaN() }

// aePretrainKind trains an autoencoder greedily, layer by layer, with
// dropout on the encoder (Li et al. 2015, GMMN+AE).
type aePretrainKind struct{ info }

func newAEPretrainKind() *aePretrainKind {
	return &aePretrainKind{info{
		name: "ae_pretrain", version: "1",
		body: hcldec.ObjectSpec{
			"data":            ref("data", true),
			"hidden":          nums("hidden", true),
			"dropout":         nums("dropout", false),
			"activation":      checked(withDefault(str("activation", false), cty.StringVal("sigmoid")), checkActivation),
			"init":            checked(withDefault(str("init", false), cty.StringVal("glorot")), checkInit),
			"dropout_mode":    checked(withDefault(str("dropout_mode", false), cty.StringVal("inverted")), checkDropout),
			"iters_per_layer": num("iters_per_layer", true),
			"batch":           withDefault(num("batch", false), cty.NumberIntVal(100)),
			"schedule":        scheduleAttr("schedule"),
			"clip":            withDefault(num("clip", false), cty.NumberIntVal(10)),
			"log_every":       withDefault(num("log_every", false), cty.NumberIntVal(50)),
		},
		outputs: []string{"model", "history", "metrics"},
		metrics: []string{"recon_bce"},
	}}
}

// aeSchedule is PAPERS.md's pretraining schedule: lr 0.1, momentum 0.5.
var aeSchedule = []models.Phase{{From: 0, LR: 0.1, Momentum: 0.5}}

func (k *aePretrainKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := newConfig(job.Stage.Config)
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	cfg := models.AEConfig{
		Sizes:       append([]int{data.Cols}, c.ints("hidden", nil)...),
		Dropout:     c.floats("dropout", nil),
		Activation:  models.Activation(c.str("activation", "sigmoid")),
		Init:        models.Init(c.str("init", "glorot")),
		DropoutMode: models.DropoutMode(c.str("dropout_mode", "inverted")),
	}
	opt := models.SGD{Schedule: c.schedule("schedule", aeSchedule), Clip: c.float("clip", 10), Batch: c.int("batch", 100)}
	iters := c.int("iters_per_layer", 0)
	rec := newRecorder(job.Progress, c.int("log_every", 50))
	if err := c.err(); err != nil {
		return err
	}
	rng := newRand(job)
	ae, err := models.NewAutoencoder(cfg, rng)
	if err != nil {
		return err
	}
	if err := ae.PretrainLayerwise(ctx, data.Data, data.Rows, opt, iters, rng, rec.observer("pretrain")); err != nil {
		return err
	}
	return finishAE(job, ae, data, rec)
}

// finishAE writes the model, its history and its reconstruction error on
// the training data (dropout off).
func finishAE(job *pipeline.Job, ae *models.Autoencoder, data *artifact.Matrix, rec *recorder) error {
	if err := writeModel(job, "model", ae.Params(), ae.Arch()); err != nil {
		return err
	}
	if err := rec.write(job, "history"); err != nil {
		return err
	}
	bce := ae.ReconstructionBCE(data.Data, data.Rows)
	job.Progress.Logf("reconstruction BCE %.4f nats/image", bce)
	return writeMetrics(job, "metrics", metric("recon_bce", bce, 0, data.Rows))
}
