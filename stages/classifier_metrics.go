package stages

import (
	"context"
	"fmt"
	"math"
	"math/rand"

	"github.com/ganpipe/ganpipe/metrics"
	"github.com/ganpipe/ganpipe/models/classifier"
	"github.com/ganpipe/ganpipe/pipeline"
)

// The classifier-based metrics: fid, inception_score and precision_recall,
// each on the features or class probabilities of a classifier_train model.

func loadClassifier(job *pipeline.Job, c *config, attr string) (*classifier.Classifier, error) {
	t, err := readModel(job, c, attr)
	if err != nil {
		return nil, err
	}
	m, err := classifier.ClassifierFrom(t.Meta, paramsOf(t))
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

// snapshotAttr is the metrics' `snapshot`: score one block of a training
// stage's prefix_samples (sample_at), so FID, IS and precision/recall can
// follow one run as parzen does. Added after the kinds' first keys: unset,
// it stays out of them.
func snapshotAttr() attr {
	return wholeAttr("snapshot", "score the samples drawn after this generator update (samples: a training stage's prefix_samples)").
		atLeast(1).addedLater().nullMeans("all the rows of samples")
}

// features reads a matrix input, keeps `limit` of its rows drawn from rng
// (<= 0: all; see pickRows) and returns the classifier's features and logits
// for them. For "samples" with `snapshot` set, the rows are that block.
func features(job *pipeline.Job, c *config, m *classifier.Classifier, attr string, limit int, rng *rand.Rand) (feat, logits []float32, n int, err error) {
	x, err := readMatrix(job, c, attr)
	if err != nil {
		return nil, nil, 0, err
	}
	if attr == "samples" {
		if x, err = snapshotOf(c, x); err != nil {
			return nil, nil, 0, err
		}
	}
	if x.Cols != m.InDim() {
		return nil, nil, 0, fmt.Errorf("%s: rows of %d values, the classifier takes %d", attr, x.Cols, m.InDim())
	}
	x = pickRows(x, limit, rng)
	n = x.Rows
	feat, logits = m.Forward(x.Data, n)
	return feat, logits, n, nil
}

// fidKind: Frechet distance between Gaussian fits of the classifier features
// of samples and of reference data.
type fidKind struct{ info }

func newFIDKind() *fidKind {
	return &fidKind{info{
		name: "fid", version: "3",
		summary: "Frechet distance between Gaussian fits of the classifier features of samples and data",
		attrs: []attr{
			refAttr("classifier", "a classifier_train model").req(),
			refAttr("samples", "the model's samples (matrix)").req(),
			refAttr("data", "reference images (matrix)").req(),
			wholeAttr("max_samples", "use this many random samples (0: all)").atLeast(0).dflt(10000),
			wholeAttr("max_data", "use this many random reference rows (0: all)").atLeast(0).dflt(10000),
			snapshotAttr(),
		},
		outputs: []string{"metrics"},
		metrics: []string{"fid"},
	}}
}

func (k *fidKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	m, err := loadClassifier(job, c, "classifier")
	if err != nil {
		return err
	}
	rng := newRand(job)
	fs, _, ns, err := features(job, c, m, "samples", c.int("max_samples"), rng)
	if err != nil {
		return err
	}
	fd, _, nd, err := features(job, c, m, "data", c.int("max_data"), rng)
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
		name: "inception_score", version: "3",
		summary: "inception score of samples under the classifier, mean and std over splits",
		attrs: []attr{
			refAttr("classifier", "a classifier_train model").req(),
			refAttr("samples", "the model's samples (matrix)").req(),
			wholeAttr("splits", "splits the score is averaged over").atLeast(1).dflt(10),
			wholeAttr("max_samples", "use this many random samples (0: all)").atLeast(0).dflt(10000),
			snapshotAttr(),
		},
		outputs: []string{"metrics"},
		metrics: []string{"is", "is_std"},
	}}
}

func (k *inceptionScoreKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	m, err := loadClassifier(job, c, "classifier")
	if err != nil {
		return err
	}
	_, lg, n, err := features(job, c, m, "samples", c.int("max_samples"), newRand(job))
	if err != nil {
		return err
	}
	splits := c.int("splits")
	if err := c.err(); err != nil {
		return err
	}
	mean, std, err := metrics.InceptionScore(classifier.Probs(lg, n, m.Classes()), m.Classes(), splits)
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
		name: "precision_recall", version: "3",
		summary: "precision and recall of samples against data by k-NN balls in classifier feature space",
		attrs: []attr{
			refAttr("classifier", "a classifier_train model").req(),
			refAttr("samples", "the model's samples (matrix)").req(),
			refAttr("data", "reference images (matrix)").req(),
			wholeAttr("k", "neighbour whose distance sets each point's ball").atLeast(1).dflt(3),
			wholeAttr("max_samples", "use this many random samples (0: all)").atLeast(0).dflt(5000),
			wholeAttr("max_data", "use this many random reference rows (0: all)").atLeast(0).dflt(5000),
			snapshotAttr(),
		},
		outputs: []string{"metrics"},
		metrics: []string{"precision", "recall"},
	}}
}

func (k *precisionRecallKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	m, err := loadClassifier(job, c, "classifier")
	if err != nil {
		return err
	}
	rng := newRand(job)
	fs, _, ns, err := features(job, c, m, "samples", c.int("max_samples"), rng)
	if err != nil {
		return err
	}
	fd, _, nd, err := features(job, c, m, "data", c.int("max_data"), rng)
	if err != nil {
		return err
	}
	kk := c.int("k")
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

// labelAgreementKind compares the labels written beside samples (a
// conditional GAN's classes, an InfoGAN's categorical codes) with the
// classifier's predictions: accuracy (the fraction predicted as their own
// label: meaningful when labels are classes), purity (each label value
// mapped to its most frequent predicted class) and matched (the best
// one-to-one label -> class assignment: InfoGAN's code-digit agreement,
// since the codes' order is arbitrary).
type labelAgreementKind struct{ info }

func newLabelAgreementKind() *labelAgreementKind {
	return &labelAgreementKind{info{
		name: "label_agreement", version: "3",
		summary: "how often the classifier agrees with labelled samples' labels (cGAN classes, InfoGAN codes)",
		attrs: []attr{
			refAttr("classifier", "a classifier_train model").req(),
			refAttr("samples", "labelled samples (matrix)").req(),
			wholeAttr("max_samples", "use this many random samples (0: all)").atLeast(0).dflt(10000),
		},
		outputs: []string{"metrics"},
		metrics: []string{"accuracy", "purity", "matched"},
	}}
}

func (k *labelAgreementKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	m, err := loadClassifier(job, c, "classifier")
	if err != nil {
		return err
	}
	x, err := readMatrix(job, c, "samples")
	if err != nil {
		return err
	}
	if x.Labels == nil {
		return fmt.Errorf("samples: no label column (a conditional or InfoGAN gan_train writes one)")
	}
	if x.Cols != m.InDim() {
		return fmt.Errorf("samples: rows of %d values, the classifier takes %d", x.Cols, m.InDim())
	}
	limit := c.int("max_samples")
	if err := c.err(); err != nil {
		return err
	}
	x = pickRows(x, limit, newRand(job))
	n := x.Rows
	_, logits := m.Forward(x.Data, n)
	pred := argmaxRows(logits, n, m.Classes())
	a, err := agreement(x.Labels[:n], pred, m.Classes())
	if err != nil {
		return err
	}
	job.Progress.Logf("%d samples (labels: %s): accuracy %.4f, purity %.4f, matched %.4f",
		n, x.Meta["labels"], a.accuracy, a.purity, a.matched)
	return writeMetrics(job, "metrics",
		metric("accuracy", a.accuracy, stderrProp(a.accuracy, n), n),
		metric("purity", a.purity, stderrProp(a.purity, n), n),
		metric("matched", a.matched, stderrProp(a.matched, n), n))
}

type agreementStats struct{ accuracy, purity, matched float64 }

// agreement scores labels against predicted classes (0 <= pred < k).
// matched is the maximum over one-to-one maps f from label values to
// classes of the fraction with pred = f(label), found exactly by dynamic
// programming over subsets of classes (k <= 16); with more label values
// than classes the surplus values count as wrong.
func agreement(labels, pred []int32, k int) (agreementStats, error) {
	n := len(labels)
	if n == 0 || len(pred) != n {
		return agreementStats{}, fmt.Errorf("agreement: %d labels, %d predictions", n, len(pred))
	}
	if k > 16 {
		return agreementStats{}, fmt.Errorf("agreement: %d classes (at most 16 for the exact matching)", k)
	}
	nl := int32(0)
	for _, l := range labels {
		if l < 0 {
			return agreementStats{}, fmt.Errorf("agreement: negative label %d", l)
		}
		nl = max(nl, l+1)
	}
	count := make([][]int, nl) // count[label][class]
	for i := range count {
		count[i] = make([]int, k)
	}
	var same int
	for i, l := range labels {
		count[l][pred[i]]++
		if l == pred[i] {
			same++
		}
	}
	var pure int
	for _, row := range count {
		best := 0
		for _, v := range row {
			best = max(best, v)
		}
		pure += best
	}
	// best[mask]: the most agreements of label values 0..j-1 assigned to
	// distinct classes, j of them in mask or left unassigned (j = label
	// values processed so far); iterate label by label.
	best := make([]int, 1<<k)
	for i := range best {
		best[i] = -1
	}
	best[0] = 0
	for _, row := range count {
		next := append([]int(nil), best...) // this label value unassigned
		for mask, v := range best {
			if v < 0 {
				continue
			}
			for c := 0; c < k; c++ {
				if mask&(1<<c) == 0 {
					next[mask|1<<c] = max(next[mask|1<<c], v+row[c])
				}
			}
		}
		best = next
	}
	matched := 0
	for _, v := range best {
		matched = max(matched, v)
	}
	f := float64(n)
	return agreementStats{float64(same) / f, float64(pure) / f, float64(matched) / f}, nil
}

// argmaxRows is the index of each row's largest value (n rows of k).
func argmaxRows(v []float32, n, k int) []int32 {
	out := make([]int32, n)
	for i := range out {
		row := v[i*k : (i+1)*k]
		for j, x := range row {
			if x > row[out[i]] {
				out[i] = int32(j)
			}
		}
	}
	return out
}
