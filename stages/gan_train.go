package stages

import (
	"context"
	"fmt"
	"math/rand"
	"time"

	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models"
	"github.com/ganpipe/ganpipe/pipeline"
)

// ganTrainKind trains a GAN of MLPs (Goodfellow's MNIST GAN by default) with
// any of the trainer's losses and tricks, then draws samples. g_output =
// "tanh" trains the generator on the data mapped to [-1, 1] (2x - 1, the data
// must lie in [0, 1]) and maps its samples back to [0, 1]. conditional = true
// feeds the data's label column to G and D (conditional GAN); cat_codes /
// cont_codes add InfoGAN codes and a Q head (info_lambda weighs the MI
// loss). Such samples carry labels (classes, else categorical codes),
// balanced by sampleLabel, for label_agreement and the report's grids. A training run
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
		name: "gan_train", version: "4",
		body: hcldec.ObjectSpec{
			"data":       ref("data", true),
			"arch":       checked(s("arch", "mlp"), models.ValidGANArch),
			"g_channels": nums("g_channels", false),                        // dcgan; null: [128, 64]
			"d_channels": nums("d_channels", false),                        // dcgan; null: [64, 128]
			"d_norm":     checked(s("d_norm", "batch"), models.ValidDNorm), // dcgan: batch or none
			"noise":      n("noise", 100),
			"noise_dist": checked(s("noise_dist", "uniform"), models.ValidGANNoise),
			"g_hidden":   withDefault(nums("g_hidden", false), intList(1200, 1200)),
			"g_output":   checked(s("g_output", "sigmoid"), checkActivation),
			"d_hidden":   withDefault(nums("d_hidden", false), intList(240, 240)),
			"d_pieces":   n("d_pieces", 5),
			"d_act":      checked(s("d_act", "relu"), models.ValidDAct),
			"d_drop_in":  n("d_drop_in", 0.2),
			"d_drop":     n("d_drop", 0.5),
			"g_init":     n("g_init", 0.05),
			"d_init":     n("d_init", 0.005),
			"d_max_norm": n("d_max_norm", 1.9365),

			"loss":          checked(s("loss", "nonsaturating"), checkGANLoss),
			"divergence":    checked(s("divergence", ""), checkDivergence),
			"batch":         n("batch", 100),
			"iters":         num("iters", true),
			"n_critic":      n("n_critic", 1),
			"wgan_schedule": b("wgan_schedule"),
			"clip":          n("clip", 0),
			"gp_lambda":     n("gp_lambda", 0),

			"optimizer":     checked(s("optimizer", "sgd"), checkOptimizer),
			"lr":            n("lr", 0.1),
			"d_lr":          num("d_lr", false),
			"g_lr":          num("g_lr", false),
			"decay":         n("decay", 1.000004),
			"momentum":      n("momentum", 0.5),
			"momentum_end":  n("momentum_end", 0.7),
			"momentum_ramp": n("momentum_ramp", 125000),
			// Unset betas take the rule's defaults (optimizerBetas), each on
			// its own: a spec that sets only beta1 = 0.5 gets beta2 = 0.999.
			"beta1": num("beta1", false),
			"beta2": num("beta2", false),

			"label_smooth":     n("label_smooth", 1),
			"instance_noise":   n("instance_noise", 0),
			"noise_anneal":     n("noise_anneal", 0),
			"hist_avg":         n("hist_avg", 0),
			"spectral_norm":    b("spectral_norm"),
			"feature_matching": b("feature_matching"),
			"mbd_kernels":      n("mbd_kernels", 0),
			"mbd_dim":          n("mbd_dim", 5),

			// Conditional GAN: the data's label column, one-hot, into G and D.
			"conditional": b("conditional"),
			// InfoGAN: categorical / continuous codes and the MI loss weight.
			"cat_codes":   n("cat_codes", 0),
			"cont_codes":  n("cont_codes", 0),
			"info_lambda": n("info_lambda", 1),

			"samples":        n("samples", 10000),
			"record_seconds": b("record_seconds"),
			"log_every":      n("log_every", 100),
		},
		outputs: []string{"model", "samples", "history", "metrics"},
		metrics: []string{"diverged", "diverged_at", "d_loss", "g_loss", "train_seconds", "mi_loss", "mi_cat", "mi_cont"},
	}}
}

// Adam's defaults (Kingma & Ba 2015) and RMSProp's rho (PyTorch's default),
// used for whichever of beta1 / beta2 a gan_train body leaves unset. DCGAN's
// beta1 = 0.5 is a choice a spec makes explicitly.
const (
	adamBeta1   = 0.9
	adamBeta2   = 0.999
	rmspropBeta = 0.99
)

// optimizerBetas reads beta1 and beta2, filling each unset one with the
// rule's default on its own. (models.Optimizer.Validate only fills them when
// both are zero, so the stage must not pass an unset beta2 as 0: Adam with
// beta2 = 0 divides by |g|, a sign-SGD that was never asked for.) SGD ignores
// them; RMSProp reads only beta2 (its rho).
func optimizerBetas(kind models.OptimizerKind, c *config) (b1, b2 float64) {
	switch kind {
	case models.OptAdam:
		return c.float("beta1", adamBeta1), c.float("beta2", adamBeta2)
	case models.OptRMSProp:
		return c.float("beta1", 0), c.float("beta2", rmspropBeta)
	}
	return c.float("beta1", 0), c.float("beta2", 0)
}

// classCount is the number of classes of a labelled data matrix (largest
// label + 1).
func classCount(m *artifact.Matrix) (int, error) {
	if m.Labels == nil {
		return 0, fmt.Errorf("the data have no label column (a dataset stage's train/valid/test outputs of an image source do)")
	}
	k := int32(0)
	for i, l := range m.Labels {
		if l < 0 {
			return 0, fmt.Errorf("row %d has label %d", i, l)
		}
		k = max(k, l+1)
	}
	if k < 2 {
		return 0, fmt.Errorf("the data have %d class(es); a conditional GAN needs at least 2", k)
	}
	return int(k), nil
}

// sampleLabel is the label or code of sample i of n among k values:
// (i / 10) mod k. Every block of 10k samples is balanced, and a grid of 10
// columns over the first 10k samples shows one label per row.
func sampleLabel(i, k int) int32 { return int32((i / 10) % k) }

// sampleGAN draws n samples. A conditional GAN's carry their class labels
// (meta labels = "class"), an InfoGAN's (unconditional) their categorical
// codes (labels = "code"), both balanced by sampleLabel; noise and
// continuous codes are random.
func sampleGAN(m *models.GAN, n int, rng *rand.Rand) (*artifact.Matrix, error) {
	out := &artifact.Matrix{Rows: n, Meta: map[string]string{}}
	var labels, cat []int32
	seq := func(k int) []int32 {
		v := make([]int32, n)
		for i := range v {
			v[i] = sampleLabel(i, k)
		}
		return v
	}
	switch {
	case m.Classes() > 0:
		labels = seq(m.Classes())
		out.Labels, out.Meta["labels"] = labels, "class"
	case m.CatCodes() > 0:
		cat = seq(m.CatCodes())
		out.Labels, out.Meta["labels"] = cat, "code"
	default:
		out.Data = m.Sample(n, rng)
		return out, nil
	}
	var err error
	out.Data, err = m.SampleCoded(n, labels, cat, rng)
	return out, err
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
		o := models.Optimizer{Kind: models.OptimizerKind(c.str("optimizer", "sgd")), LR: lr}
		o.Beta1, o.Beta2 = optimizerBetas(o.Kind, c)
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
		CatCodes: c.int("cat_codes", 0), ContCodes: c.int("cont_codes", 0), InfoLambda: c.float("info_lambda", 1),
	}
	var labels []int32
	if c.bool("conditional", false) {
		if cfg.Classes, err = classCount(data); err != nil {
			return fmt.Errorf("conditional: %w", err)
		}
		labels = data.Labels
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
	// A tanh generator trains against data mapped to [-1, 1]; its samples
	// are mapped back below, so every stage downstream sees [0, 1] images.
	tanh := cfg.GOutAct == models.Tanh
	train := data.Data
	if tanh {
		for i, v := range train {
			if v < 0 || v > 1 {
				return fmt.Errorf("g_output: tanh maps [0,1] data to [-1,1] (2x-1), but data value %d is %v", i, v)
			}
		}
		train = models.ToTanhRange(train)
	}
	rng := newRand(job)
	m, err := models.NewGAN(cfg, rng)
	if err != nil {
		return err
	}
	start := time.Now()
	diverged := 0.0
	if err := m.TrainLabeled(ctx, train, labels, data.Rows, rng, rec.observer("train")); err != nil {
		if !models.IsDiverged(err) {
			return err
		}
		diverged = 1
		job.Progress.Logf("DIVERGED: %v (model and samples from the last finite snapshot)", err)
	}
	arch := m.GeneratorArch()
	if tanh {
		arch["data_scale"] = "2x-1" // the generator's outputs are 2x-1 of an image
	}
	if err := writeModel(job, "model", m.GeneratorParams(), arch); err != nil {
		return err
	}
	if err := rec.write(job, "history"); err != nil {
		return err
	}
	out, err := sampleGAN(m, nSamples, rng)
	if err != nil {
		return err
	}
	if tanh {
		models.FromTanhRange(out.Data)
	}
	out.Cols = data.Cols
	out.Meta[artifact.MetaProducer] = job.Stage.Addr
	if sh, ok := data.Meta["shape"]; ok {
		out.Meta["shape"] = sh
	}
	if err := artifact.WriteMatrix(job.Output("samples"), out); err != nil {
		return err
	}
	rows := []artifact.Metric{
		metric("diverged", diverged, 0, 1),
		metric("diverged_at", float64(m.DivergedAt), 0, 1),
		metric("d_loss", tailMean(rec, "d_loss", 10), 0, cfg.Iters),
		metric("g_loss", tailMean(rec, "g_loss", 10), 0, cfg.Iters),
	}
	if cfg.CatCodes+cfg.ContCodes > 0 {
		for _, t := range []string{"mi_loss", "mi_cat", "mi_cont"} {
			rows = append(rows, metric(t, tailMean(rec, t, 10), 0, cfg.Iters))
		}
	}
	// Wall time makes the artifact differ between runs, so it is opt-in
	// (sweeps that want a time column; never CI specs checked for
	// determinism).
	if c.bool("record_seconds", false) {
		rows = append(rows, metric("train_seconds", time.Since(start).Seconds(), 0, cfg.Iters))
	}
	return writeMetrics(job, "metrics", rows...)
}
