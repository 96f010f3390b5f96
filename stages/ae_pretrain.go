package stages

import (
	"context"
	"math"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models/ae"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
)

func nan() float64 { return math.NaN() }

// aePretrainKind trains an autoencoder greedily, layer by layer, with
// dropout on the encoder (Li et al. 2015, GMMN+AE).
type aePretrainKind struct{ info }

func newAEPretrainKind() *aePretrainKind {
	return &aePretrainKind{info{
		name: "ae_pretrain", version: "1",
		summary: "train an autoencoder greedily, layer by layer, with dropout on the encoder",
		attrs: []attr{
			refAttr("data", "training data (matrix)").req(),
			wholesAttr("hidden", "encoder layer widths, the last one the code size").req().notEmpty().atLeast(1),
			numsAttr("dropout", "dropout rate of each encoder layer's input (null: none)").fraction(),
			enumAttr("activation", "sigmoid", "hidden and code activation", activations...),
			enumAttr("init", "glorot", "weight initialisation", inits...),
			enumAttr("dropout_mode", "inverted", "inverted: scale kept units at training; pynn: scale at test, as the authors' library", dropoutModes...),
			wholeAttr("iters_per_layer", "SGD iterations per layer").req().atLeast(1),
			batchAttr(100),
			scheduleAttr("schedule", "learning-rate / momentum phases", aeSchedule),
			clipAttr(10),
			logEveryAttr(50),
		},
		outputs: []string{"model", "history", "metrics"},
		metrics: []string{"recon_bce"},
	}}
}

// aeSchedule is PAPERS.md's pretraining schedule: lr 0.1, momentum 0.5.
var aeSchedule = []nn.Phase{{From: 0, LR: 0.1, Momentum: 0.5}}

func (k *aePretrainKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	cfg := ae.AEConfig{
		Sizes:       append([]int{data.Cols}, c.ints("hidden")...),
		Dropout:     c.floats("dropout"),
		Activation:  nn.Activation(c.str("activation")),
		Init:        nn.Init(c.str("init")),
		DropoutMode: ae.DropoutMode(c.str("dropout_mode")),
	}
	opt := nn.Optimizer{Schedule: c.schedule("schedule"), Clip: c.float("clip"), Batch: c.int("batch")}
	iters := c.int("iters_per_layer")
	rec := newRecorder(job.Progress, c.int("log_every"))
	if err := c.err(); err != nil {
		return err
	}
	rng, src := newCountedRand(job)
	model, err := ae.NewAutoencoder(cfg, rng)
	if err != nil {
		return err
	}
	// One training loop per layer, run in order.
	ck := newTrainCheckpoint(job, src, rec, "pretrain", len(cfg.Sizes)-1, iters)
	opt.Hook = ck
	if err := model.PretrainLayerwise(ctx, data.Data, data.Rows, opt, iters, rng, rec.observer("pretrain")); err != nil {
		return ck.checkpointErr(err)
	}
	return finishAE(job, model, data, rec)
}

// finishAE writes the model, its history and its reconstruction error on
// the training data (dropout off).
func finishAE(job *pipeline.Job, model *ae.Autoencoder, data *artifact.Matrix, rec *recorder) error {
	if err := writeModel(job, "model", model.Params(), model.Arch()); err != nil {
		return err
	}
	if err := rec.write(job, "history"); err != nil {
		return err
	}
	bce := model.ReconstructionBCE(data.Data, data.Rows)
	job.Progress.Logf("reconstruction BCE %.4f nats/image", bce)
	return writeMetrics(job, "metrics", metric("recon_bce", bce, 0, data.Rows))
}
