package stages

import (
	"context"
	"fmt"
	"math"

	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/metrics"
	"github.com/ganpipe/ganpipe/models"
	"github.com/ganpipe/ganpipe/pipeline"
)

// The classifier-based metrics: fid, inception_score and precision_recall,
// each on the features or class probabilities of a classifier_train model.

func loadClassifier(job *pipeline.Job, c *config, attr string) (*models.Classifier, error) {
	t, err := readModel(job, c, attr)
	if err != nil {
		return nil, err
	}
	m, err := models.ClassifierFrom(t.Meta, paramsOf(t))
	if err != nil {
		return nil, fmt.Errorf("%s: not a classifier: %w", attr, err)
	}
	return m, nil
}

// stderrProp is the binomial standard error of a proportion p over n trials.
func stderrProp(p float64, n int) float64 {
	if n <= 0 {
		return math.NaN()
	}
	return math.Sqrt(p * (1 - p) / float64(n))
}

// features reads a matrix input, keeps its first `limit` rows (<= 0: all)
// and returns the classifier's features and logits for them.
func features(job *pipeline.Job, c *config, m *models.Classifier, attr string, limit int) (feat, logits []float32, n int, err error) {
	x, err := readMatrix(job, c, attr)
	if err != nil {
		return nil, nil, 0, err
	}
	if x.Cols != m.InDim() {
		return nil, nil, 0, fmt.Errorf("%s: rows of %d values, the classifier takes %d", attr, x.Cols, m.InDim())
	}
	n = head(x, limit)
	feat, logits = m.Forward(x.Data[:n*x.Cols], n)
	return feat, logits, n, nil
}

// fidKind: Frechet distance between Gaussian fits of the classifier features
// of samples and of reference data.
type fidKind struct{ info }

func newFIDKind() *fidKind {
	return &fidKind{info{
		name: "fid", version: "1",
		body: hcldec.ObjectSpec{
			"classifier":  ref("classifier", true),
			"samples":     ref("samples", true),
			"data":        ref("data", true),
			"max_samples": withDefault(num("max_samples", false), cty.NumberIntVal(10000)),
			"max_data":    withDefault(num("max_data", false), cty.NumberIntVal(10000)),
		},
		outputs: []string{"metrics"},
		metrics: []string{"fid"},
	}}
}

func (k *fidKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := newConfig(job.Stage.Config)
	m, err := loadClassifier(job, c, "classifier")
	if err != nil {
		return err
	}
	fs, _, ns, err := features(job, c, m, "samples", c.int("max_samples", 10000))
	if err != nil {
		return err
	}
	fd, _, nd, err := features(job, c, m, "data", c.int("max_data", 10000))
	if err != nil {
		return err
	}
	if err := c.err(); err != nil {
		return err
	}
	fid, err := metrics.FID(fs, fd, m.FeatureDim())
	if err != nil {
		return err
	}
	job.Progress.Logf("FID %.3f (%d samples vs %d data rows, %d features)", fid, ns, nd, m.FeatureDim())
	return writeMetrics(job, "metrics", metric("fid", fid, 0, ns))
}

// inceptionScoreKind: exp E KL(p(y|x) || p(y)) with the classifier's softmax.
type inceptionScoreKind struct{ info }

func newInceptionScoreKind() *inceptionScoreKind {
	return &inceptionScoreKind{info{
		name: "inception_score", version: "1",
		body: hcldec.ObjectSpec{
			"classifier":  ref("classifier", true),
			"samples":     ref("samples", true),
			"splits":      withDefault(num("splits", false), cty.NumberIntVal(10)),
			"max_samples": withDefault(num("max_samples", false), cty.NumberIntVal(10000)),
		},
		outputs: []string{"metrics"},
		metrics: []string{"is", "is_std"},
	}}
}

func (k *inceptionScoreKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := newConfig(job.Stage.Config)
	m, err := loadClassifier(job, c, "classifier")
	if err != nil {
		return err
	}
	_, lg, n, err := features(job, c, m, "samples", c.int("max_samples", 10000))
	if err != nil {
		return err
	}
	splits := c.int("splits", 10)
	if err := c.err(); err != nil {
		return err
	}
	mean, std, err := metrics.InceptionScore(models.Probs(lg, n, m.Classes()), m.Classes(), splits)
	if err != nil {
		return err
	}
	job.Progress.Logf("inception score %.3f ± %.3f (%d samples, %d splits, max %d)", mean, std, n, splits, m.Classes())
	return writeMetrics(job, "metrics", metric("is", mean, std, n), metric("is_std", std, 0, splits))
}

// precisionRecallKind: k-NN manifold precision and recall on classifier
// features (Kynkaanniemi et al. 2019, k = 3).
type precisionRecallKind struct{ info }

func newPrecisionRecallKind() *precisionRecallKind {
	return &precisionRecallKind{info{
		name: "precision_recall", version: "1",
		body: hcldec.ObjectSpec{
			"classifier":  ref("classifier", true),
			"samples":     ref("samples", true),
			"data":        ref("data", true),
			"k":           withDefault(num("k", false), cty.NumberIntVal(3)),
			"max_samples": withDefault(num("max_samples", false), cty.NumberIntVal(5000)),
			"max_data":    withDefault(num("max_data", false), cty.NumberIntVal(5000)),
		},
		outputs: []string{"metrics"},
		metrics: []string{"precision", "recall"},
	}}
}

func (k *precisionRecallKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := newConfig(job.Stage.Config)
	m, err := loadClassifier(job, c, "classifier")
	if err != nil {
		return err
	}
	fs, _, ns, err := features(job, c, m, "samples", c.int("max_samples", 5000))
	if err != nil {
		return err
	}
	fd, _, nd, err := features(job, c, m, "data", c.int("max_data", 5000))
	if err != nil {
		return err
	}
	kk := c.int("k", 3)
	if err := c.err(); err != nil {
		return err
	}
	p, r, err := metrics.PrecisionRecall(ctx, fd, fs, m.FeatureDim(), kk)
	if err != nil {
		return err
	}
	job.Progress.Logf("precision %.4f, recall %.4f (k = %d, %d samples, %d data rows)", p, r, kk, ns, nd)
	return writeMetrics(job, "metrics",
		metric("precision", p, stderrProp(p, ns), ns), metric("recall", r, stderrProp(r, nd), nd))
}
