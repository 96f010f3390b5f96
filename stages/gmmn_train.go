package stages

import (
	"context"
	"fmt"
	"math"
	"math/rand"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/metrics"
	"github.com/ganpipe/ganpipe/models/gmmn"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
)

// gmmnTrainKind trains a generative moment matching network on data or on
// autoencoder codes with the square root of a multi-kernel MMD^2.
type gmmnTrainKind struct{ info }

func newGMMNTrainKind() *gmmnTrainKind {
	return &gmmnTrainKind{info{
		// 4: the snapshots output.
		name: "gmmn_train", version: "4",
		summary: "train a generative moment matching network (sqrt multi-kernel MMD) on data or codes",
		attrs: []attr{
			refAttr("data", "training data or codes (matrix)").req(),
			wholeAttr("noise", "dimensions of the uniform noise").atLeast(1).dflt(10),
			wholesAttr("hidden", "generator hidden layer widths").atLeast(1).dflt([]int{64, 256, 256, 1024}),
			enumAttr("output_activation", "sigmoid", "generator output activation", activations...),
			numsAttr("sigmas", "Gaussian kernel bandwidths of the MMD").req().notEmpty().above(0),
			wholeAttr("batch", "samples per step").atLeast(1).dflt(1000),
			// Data rows per step (null: batch). The authors' released code
			// draws 100 against its 1000 samples (README, pixel GMMN).
			wholeAttr("data_batch", "data rows per step").atLeast(1).nullMeans("batch"),
			enumAttr("init", "glorot", "weight initialisation", inits...),
			enumAttr("loss", string(gmmn.LossSqrtMMD2), "sqrt_mmd2 (the paper's) or mmd2", mmdLosses...),
			wholeAttr("iters", "SGD iterations").req().atLeast(1),
			scheduleAttr("schedule", "learning-rate / momentum phases", gmmnSchedule),
			logEveryAttr(100),
			snapshotsAttr(),
			refAttr("snapshot_decoder", "an autoencoder that decodes the snapshots (a GMMN on codes) to images"),
		},
		outputs: []string{"model", "history", "metrics", "snapshots"},
		metrics: []string{"loss", "mmd2", "mmd2_floor"},
	}}
}

// gmmnSchedule is PAPERS.md's: lr 2, momentum 0.9 until 10k, then lr 0.2, momentum 0.99.
var gmmnSchedule = []nn.Phase{{From: 0, LR: 2, Momentum: 0.9}, {From: 10000, LR: 0.2, Momentum: 0.99}}

func (k *gmmnTrainKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	cfg := gmmn.GMMNConfig{
		NoiseDim: c.int("noise"),
		Hidden:   c.ints("hidden"),
		Out:      data.Cols,
		OutAct:   nn.Activation(c.str("output_activation")),
		Sigmas:   c.floats("sigmas"),
		Batch:    c.int("batch"),
		Init:     nn.Init(c.str("init")),
		Loss:     gmmn.MMDLoss(c.str("loss")),
	}
	opt := nn.Optimizer{Schedule: c.schedule("schedule"), Batch: c.intOr("data_batch", cfg.Batch)}
	iters := c.int("iters")
	rec := newRecorder(job.Progress, c.int("log_every"))
	if err := c.err(); err != nil {
		return err
	}
	if opt.Batch > data.Rows {
		name := "data_batch"
		if !c.has("data_batch") {
			name = "batch" // data_batch unset: it is batch
		}
		return fmt.Errorf("%s: %d is more than the %d rows of the data", name, opt.Batch, data.Rows)
	}
	rng, src := newCountedRand(job)
	g, err := gmmn.NewGMMN(cfg, rng)
	if err != nil {
		return err
	}
	z := make([]float32, snapshotImages*cfg.NoiseDim)
	nn.FillNoise(z, snapshotRand(job)) // the training's U[-1, 1] noise
	rec.snaps = newSnapshotter(c.int("snapshots"), iters, func() ([]float32, error) { return g.SampleFrom(z, snapshotImages), nil })
	if _, ok := c.ref("snapshot_decoder"); ok && rec.snaps != nil {
		ae, err := loadAutoencoder(job, c, "snapshot_decoder")
		if err != nil {
			return err
		}
		rec.snaps.post = func(x []float32) []float32 { return ae.Decode(x, len(x)/cfg.Out) }
	}
	ck := newTrainCheckpoint(job, src, rec, "train", 1, iters)
	opt.Hook = ck
	if err := g.Train(ctx, data.Data, data.Rows, opt, iters, rng, rec.observer("train")); err != nil {
		return ck.checkpointErr(err)
	}
	if err := writeModel(job, "model", g.Params(), g.Arch()); err != nil {
		return err
	}
	if err := rec.write(job, "history"); err != nil {
		return err
	}
	if err := rec.snaps.write(job, "snapshots", cfg.Out, ""); err != nil {
		return err
	}
	// Final figures for regression checks: the mean loss over the last
	// logged points, MMD^2 between fresh samples and random data rows, and
	// the estimator's floor at that size (float64, outside the training graph).
	loss := tailMean(rec, "loss", 10)
	n := max(1, min(1000, data.Rows/2))
	mmd2, floor := mmdFigures(g.Sample(n, rng), data, cfg.Sigmas, rng)
	job.Progress.Logf("final loss %.5f, MMD^2 %.5f (two batches of the data: %.5f)", loss, mmd2, floor)
	ms := []artifact.Metric{metric("loss", loss, 0, iters), metric("mmd2", mmd2, 0, n)}
	if !math.IsNaN(floor) {
		ms = append(ms, metric("mmd2_floor", floor, 0, n))
	}
	return writeMetrics(job, "metrics", ms...)
}

// mmdFigures returns the biased MMD^2 between samples (n rows) and n data
// rows drawn without replacement, and the floor of that estimate: MMD^2
// between those rows and n other data rows (NaN with fewer than 2n rows).
// A trained generator can only be told from the data by how far it sits
// above the floor, which at n = 1000 on MNIST pixels is about 0.010.
//
// The rows are drawn at random because the data keep file order (see
// datasets.Load), and MNIST's first training images are not a fair sample:
// 1000 random training images score 0.018 against the first 1000 and 0.010
// against 1000 other random ones (six pixel kernels; README, pixel GMMN).
func mmdFigures(samples []float32, data *artifact.Matrix, sigmas []float64, rng *rand.Rand) (mmd2, floor float64) {
	d := data.Cols
	n := len(samples) / d
	perm := rng.Perm(data.Rows)
	ref := gatherRows(data, perm[:n]).Data
	mmd2 = metrics.MMD2(samples, ref, d, sigmas)
	floor = math.NaN()
	if data.Rows >= 2*n {
		floor = metrics.MMD2(gatherRows(data, perm[n:2*n]).Data, ref, d, sigmas)
	}
	return mmd2, floor
}

// tailMean is the mean of the last k logged values of a history term.
func tailMean(r *recorder, term string, k int) float64 {
	i, ok := r.index[term]
	if !ok {
		return math.NaN()
	}
	vals := r.hist.Values[i]
	if len(vals) < k {
		k = len(vals)
	}
	s := 0.0
	for _, v := range vals[len(vals)-k:] {
		s += v
	}
	return s / float64(k)
}
