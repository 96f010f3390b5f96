package stages

import (
	"context"
	"fmt"
	"math"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/datasets"
	"github.com/ganpipe/ganpipe/metrics"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/speclang"
)

// modeCoverageKind counts the modes a generator's samples cover, as the
// mode-collapse papers do (PAPERS.md, "Mode collapse"). Two forms:
//
//   - 2-D mixtures (data = a ring or grid dataset output): the centres are
//     the means of the data's points per mode label and the std their
//     pooled standard deviation, both estimated from the data (with 2,500
//     points the centres are off by about std/18, well inside the
//     3-std threshold); a sample within threshold std of its nearest centre
//     is high quality; figures: modes, high_quality, reverse_kl.
//   - stacked MNIST (classifier = an MNIST classifier_train model): each of
//     a sample's three channels is labelled by the classifier, the mode is
//     the triple; figures: modes (of 1000) and kl (to the uniform).
type modeCoverageKind struct{ info }

func newModeCoverageKind() *modeCoverageKind {
	return &modeCoverageKind{info{
		name: "mode_coverage", version: "2",
		summary: "modes covered by samples: 2-D mixtures (modes, high-quality %, reverse KL) or stacked MNIST (modes of 1000, KL)",
		attrs: []attr{
			refAttr("samples", "the model's samples (matrix)").req(),
			refAttr("data", "2-D mixtures: the labelled mixture data the centres and std are estimated from"),
			refAttr("classifier", "stacked MNIST: an MNIST classifier_train model that labels each channel"),
			numAttr("threshold", "2-D: a sample is high quality within this many std of its nearest centre").above(0).or(3.0),
			numAttr("std", "2-D: the mixture's std").above(0).nullMeans("estimated from data"),
			wholeAttr("max_samples", "use this many random samples (0: all)").atLeast(0).nullMeans("2500 (2-D), 26000 (stacked MNIST), the papers' counts"),
			// Coverage along one run, from gan_train's prefix_samples.
			snapshotAttr(),
		},
		outputs: []string{"metrics"},
		metrics: []string{"modes", "total", "high_quality", "reverse_kl", "kl"},
	}}
}

func (k *modeCoverageKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	_, hasData := c.ref("data")
	_, hasClf := c.ref("classifier")
	if hasData == hasClf {
		return fmt.Errorf("mode_coverage: give exactly one of data (2-D mixtures) or classifier (stacked MNIST)")
	}
	samples, err := readMatrix(job, c, "samples")
	if err != nil {
		return err
	}
	if samples, err = snapshotOf(c, samples); err != nil {
		return err
	}
	if hasClf {
		return k.stacked(job, c, samples)
	}
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	if data.Cols != 2 || samples.Cols != 2 || data.Labels == nil {
		return fmt.Errorf("mode_coverage: 2-D labelled data and 2-D samples needed, got data of %d columns (labels: %v) and samples of %d",
			data.Cols, data.Labels != nil, samples.Cols)
	}
	centres, std := mixtureFit(data)
	if c.has("std") {
		std = c.float("std")
	}
	samples = pickRows(samples, c.intOr("max_samples", 2500), newRand(job))
	cov, err := metrics.MixtureCoverage(samples.Data, samples.Rows, centres, c.float("threshold")*std)
	if err != nil {
		return err
	}
	n := samples.Rows
	job.Progress.Logf("%d samples: %d of %d modes, %.1f%% high quality, reverse KL %.3f (std %.4g)",
		n, cov.Modes, cov.Total, 100*cov.HighQuality, cov.ReverseKL, std)
	return writeMetrics(job, "metrics",
		metric("modes", float64(cov.Modes), 0, n), metric("total", float64(cov.Total), 0, n),
		metric("high_quality", cov.HighQuality, stderrProp(cov.HighQuality, n), n),
		metric("reverse_kl", cov.ReverseKL, 0, n))
}

// stacked labels each channel of stacked-MNIST samples with the classifier
// and counts the triples.
func (k *modeCoverageKind) stacked(job *pipeline.Job, c *config, samples *artifact.Matrix) error {
	m, err := loadClassifier(job, c, "classifier")
	if err != nil {
		return err
	}
	d := m.InDim()
	if samples.Cols != stackChannels*d {
		return fmt.Errorf("samples: rows of %d values; stacked MNIST for this classifier has %d (3 channels of %d)", samples.Cols, stackChannels*d, d)
	}
	samples = pickRows(samples, c.intOr("max_samples", 26000), newRand(job))
	n := samples.Rows
	modes, err := stackedModes(samples.Data, n, func(x []float32, n int) []int32 {
		_, logits := m.Forward(x, n)
		return argmaxRows(logits, n, m.Classes())
	})
	if err != nil {
		return err
	}
	covered, kl, err := metrics.LabelCoverage(modes, 1000)
	if err != nil {
		return err
	}
	job.Progress.Logf("%d samples: %d of 1000 modes, KL to uniform %.3f", n, covered, kl)
	return writeMetrics(job, "metrics",
		metric("modes", float64(covered), 0, n), metric("total", 1000, 0, n), metric("kl", kl, 0, n))
}

// stackChannels is stacked MNIST's channel count: one digit per channel.
const stackChannels = 3

// stackedModes labels the n HWC stacked images in x (datasets.Stack's
// layout): classify labels each channel as a plain image, and a stack's
// mode is 100 l0 + 10 l1 + l2, its triple of digits.
func stackedModes(x []float32, n int, classify func(x []float32, n int) []int32) ([]int32, error) {
	modes := make([]int32, n)
	var plane []float32
	for ch := range stackChannels {
		plane = datasets.Channel(plane, x, n, stackChannels, ch)
		labels := classify(plane, n)
		for i, l := range labels {
			if l < 0 || l > 9 {
				return nil, fmt.Errorf("classifier: class %d of channel %d of sample %d is not a digit", l, ch, i)
			}
			modes[i] = 10*modes[i] + l
		}
	}
	return modes, nil
}

// KeyExtra keys the stacked-MNIST form by the channel layout it reads
// (HWC since the DCGAN layout was adopted; the 2-D form has no extra and
// keeps its keys).
func (k *modeCoverageKind) KeyExtra(_ context.Context, st *speclang.Stage, _ pipeline.Env) (map[string]string, error) {
	if _, ok := newConfig(k.attrs, st.Config).ref("classifier"); ok {
		return map[string]string{"channel_layout": "hwc"}, nil
	}
	return nil, nil
}

// mixtureFit estimates a labelled 2-D mixture's centres (the mean of each
// label's points, in label order) and its isotropic std (the root mean
// square of every coordinate's deviation from its centre).
func mixtureFit(data *artifact.Matrix) ([][2]float64, float64) {
	k := int32(0)
	for _, l := range data.Labels {
		k = max(k, l+1)
	}
	sum := make([][2]float64, k)
	count := make([]int, k)
	for i, l := range data.Labels {
		sum[l][0] += float64(data.Data[2*i])
		sum[l][1] += float64(data.Data[2*i+1])
		count[l]++
	}
	var centres [][2]float64
	for l := range sum {
		if count[l] > 0 {
			sum[l][0] /= float64(count[l])
			sum[l][1] /= float64(count[l])
			centres = append(centres, sum[l])
		}
	}
	ss := 0.0
	for i, l := range data.Labels {
		dx, dy := float64(data.Data[2*i])-sum[l][0], float64(data.Data[2*i+1])-sum[l][1]
		ss += dx*dx + dy*dy
	}
	return centres, math.Sqrt(ss / float64(2*max(data.Rows, 1)))
}
