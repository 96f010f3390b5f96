package stages

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models"
	"github.com/ganpipe/ganpipe/pipeline"
)

// ganTrainKind trains a GAN of MLPs (Goodfellow's MNIST GAN by default) with
// any of the trainer's losses and tricks, then draws samples. A training run
// that meets a NaN/Inf is not a failed stage: its metrics say diverged = 1
// with the generator update, and the model and samples are those of the last
// finite snapshot, so a sweep's report can show the divergence.
//
// arch = "dcgan" swaps the MLPs for the DCGAN of models/dcgan.go (conv
// discriminator, transposed-conv generator, batch norm, LeakyReLU) on
// square images of data.Cols = side^2 pixels (one channel), shaped by
// g_channels, d_channels and d_norm; the MLP-only attributes (g_hidden,
// d_hidden, d_pieces, d_act, d_drop_in, d_drop, g_init, d_init, d_max_norm)
// are then not used, defaults or not.
type ganTrainKind struct{ info }

func intList(v ...int64) cty.Value {
	var vs []cty.Value
	for _, x := range v {
		vs = append(vs, cty.NumberIntVal(x))
	}
	return cty.ListVal(vs)
}

func newGANTrainKind() *ganTrainKind {
	n := func(name string, v float64) hcldec.Spec { return withDefault(num(name, false), cty.NumberFloatVal(v)) }
	s := func(name, v string) hcldec.Spec { return withDefault(str(name, false), cty.StringVal(v)) }
	b := func(name string) hcldec.Spec { return withDefault(boolean(name), cty.False) }
	return &ganTrainKind{info{
		name: "gan_train", version: "2",
		body: hcldec.ObjectSpec{
			"data":       ref("data", true),
			"arch":       s("arch", "mlp"),
			"g_channels": nums("g_channels", false), // dcgan; null: [128, 64]
			"d_channels": nums("d_channels", false), // dcgan; null: [64, 128]
			"d_norm":     s("d_norm", "batch"),      // dcgan: batch or none
			"noise":      n("noise", 100),
			"noise_dist": s("noise_dist", "uniform"),
			"g_hidden":   withDefault(nums("g_hidden", false), intList(1200, 1200)),
			"g_output":   s("g_output", "sigmoid"),
			"d_hidden":   withDefault(nums("d_hidden", false), intList(240, 240)),
			"d_pieces":   n("d_pieces", 5),
			"d_act":      s("d_act", "relu"),
			"d_drop_in":  n("d_drop_in", 0.2),
			"d_drop":     n("d_drop", 0.5),
			"g_init":     n("g_init", 0.05),
			"d_init":     n("d_init", 0.005),
			"d_max_norm": n("d_max_norm", 1.9365),

			"loss":          s("loss", "nonsaturating"),
			"divergence":    s("divergence", ""),
			"batch":         n("batch", 100),
			"iters":         num("iters", true),
			"n_critic":      n("n_critic", 1),
			"wgan_schedule": b("wgan_schedule"),
			"clip":          n("clip", 0),
			"gp_lambda":     n("gp_lambda", 0),

			"optimizer":     s("optimizer", "sgd"),
			"lr":            n("lr", 0.1),
			"d_lr":          num("d_lr", false),
			"g_lr":          num("g_lr", false),
			"decay":         n("decay", 1.000004),
			"momentum":      n("momentum", 0.5),
			"momentum_end":  n("momentum_end", 0.7),
			"momentum_ramp": n("momentum_ramp", 125000),
			"beta1":         n("beta1", 0),
			"beta2":         n("beta2", 0),

			"label_smooth":     n("label_smooth", 1),
			"instance_noise":   n("instance_noise", 0),
			"noise_anneal":     n("noise_anneal", 0),
			"hist_avg":         n("hist_avg", 0),
			"spectral_norm":    b("spectral_norm"),
			"feature_matching": b("feature_matching"),
			"mbd_kernels":      n("mbd_kernels", 0),
			"mbd_dim":          n("mbd_dim", 5),

			"samples":        n("samples", 10000),
			"record_seconds": b("record_seconds"),
			"log_every":      n("log_every", 100),
		},
		outputs: []string{"model", "samples", "history", "metrics"},
		metrics: []string{"diverged", "diverged_at", "d_loss", "g_loss", "train_seconds"},
	}}
}

func (k *ganTrainKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := newConfig(job.Stage.Config)
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	opt := func(lrAttr string) models.Optimizer {
		lr := c.float("lr", 0.1)
		if c.has(lrAttr) {
			lr = c.float(lrAttr, lr)
		}
		o := models.Optimizer{Kind: models.OptimizerKind(c.str("optimizer", "sgd")), LR: lr,
			Beta1: c.float("beta1", 0), Beta2: c.float("beta2", 0)}
		if o.Kind == models.OptSGD {
			o.Decay, o.Momentum = c.float("decay", 1), c.float("momentum", 0)
			o.MomentumEnd, o.MomentumRamp = c.float("momentum_end", 0), c.int("momentum_ramp", 0)
		}
		return o
	}
	cfg := models.GANConfig{
		Arch: c.str("arch", "mlp"),
		DCGAN: models.DCGANConfig{GChannels: c.ints("g_channels", nil), DChannels: c.ints("d_channels", nil),
			DNorm: c.str("d_norm", "batch")},
		NoiseDim: c.int("noise", 100), Noise: c.str("noise_dist", "uniform"), Out: data.Cols,
		GHidden: c.ints("g_hidden", nil), GOutAct: models.Activation(c.str("g_output", "sigmoid")),
		DHidden: c.ints("d_hidden", nil), DPieces: c.int("d_pieces", 5), DAct: c.str("d_act", "relu"),
		DDropIn: c.float("d_drop_in", 0), DDrop: c.float("d_drop", 0),
		GInit: c.float("g_init", 0), DInit: c.float("d_init", 0), DMaxColNorm: c.float("d_max_norm", 0),
		Loss: models.LossKind(c.str("loss", "")), Divergence: models.Divergence(c.str("divergence", "")),
		Batch: c.int("batch", 100), Iters: c.int("iters", 0), NCritic: c.int("n_critic", 1),
		WGANSchedule: c.bool("wgan_schedule", false), DOpt: opt("d_lr"), GOpt: opt("g_lr"),
		Clip: c.float("clip", 0), GPLambda: c.float("gp_lambda", 0),
		LabelSmooth: c.float("label_smooth", 1), InstanceNoise: c.float("instance_noise", 0),
		NoiseAnneal: c.int("noise_anneal", 0), HistAvg: c.float("hist_avg", 0),
		SpectralNorm: c.bool("spectral_norm", false), FeatureMatching: c.bool("feature_matching", false),
		MBDKernels: c.int("mbd_kernels", 0), MBDDim: c.int("mbd_dim", 5),
	}
	if cfg.Arch == models.ArchDCGAN { // the MLP attributes' defaults do not apply
		cfg.GHidden, cfg.DHidden, cfg.DPieces, cfg.DAct, cfg.DDropIn, cfg.DDrop = nil, nil, 0, "", 0, 0
		cfg.GInit, cfg.DInit, cfg.DMaxColNorm = 0, 0, 0
	}
	nSamples := c.int("samples", 10000)
	rec := newRecorder(job.Progress, c.int("log_every", 100))
	if err := c.err(); err != nil {
		return err
	}
	if cfg.Batch > data.Rows {
		return fmt.Errorf("batch: %d is more than the %d rows of the data", cfg.Batch, data.Rows)
	}
	rng := newRand(job)
	m, err := models.NewGAN(cfg, rng)
	if err != nil {
		return err
	}
	start := time.Now()
	diverged := 0.0
	if err := m.Train(ctx, data.Data, data.Rows, rng, rec.observer("train")); err != nil {
		if !models.IsDiverged(err) {
			return err
		}
		diverged = 1
		job.Progress.Logf("DIVERGED: %v (model and samples from the last finite snapshot)", err)
	}
	if err := writeModel(job, "model", m.GeneratorParams(), m.GeneratorArch()); err != nil {
		return err
	}
	if err := rec.write(job, "history"); err != nil {
		return err
	}
	x := m.Sample(nSamples, rng)
	meta := map[string]string{artifact.MetaProducer: job.Stage.Addr}
	if sh, ok := data.Meta["shape"]; ok {
		meta["shape"] = sh
	}
	if err := artifact.WriteMatrix(job.Output("samples"), &artifact.Matrix{Rows: nSamples, Cols: data.Cols, Data: x, Meta: meta}); err != nil {
		return err
	}
	rows := []artifact.Metric{
		metric("diverged", diverged, 0, 1),
		metric("diverged_at", float64(m.DivergedAt), 0, 1),
		metric("d_loss", tailMean(rec, "d_loss", 10), 0, cfg.Iters),
		metric("g_loss", tailMean(rec, "g_loss", 10), 0, cfg.Iters),
	}
	// Wall time makes the artifact differ between runs, so it is opt-in
	// (sweeps that want a time column; never CI specs checked for
	// determinism).
	if c.bool("record_seconds", false) {
		rows = append(rows, metric("train_seconds", time.Since(start).Seconds(), 0, cfg.Iters))
	}
	return writeMetrics(job, "metrics", rows...)
}
