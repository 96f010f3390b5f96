package stages

import (
	"context"
	"fmt"
	"strconv"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/datasets"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/specs"
)

// datasetKind loads a data set into train / valid / test matrices:
// MNIST-format images (mnist, fashion_mnist) or the synthetic 2-D mixtures
// (ring, grid).
type datasetKind struct{ info }

func newDatasetKind() *datasetKind {
	return &datasetKind{info{
		name: "dataset", version: "1",
		summary: "load MNIST / Fashion-MNIST (seeded train/valid split) or sample a 2-D mixture",
		attrs: []attr{
			strAttr("source", "where the data come from").req().oneOf(sourceNames...),
			wholeAttr("valid", "images: training images held out as the validation split; ring, grid: validation points").
				atLeast(0).nullMeans("5000 (images); n (ring, grid)"),
			wholeAttr("limit", "images: keep this many training images (0: all)").atLeast(0).or(0),
			wholeAttr("limit_eval", "images: keep this many validation and test images each (0: all)").atLeast(0).or(0),
			boolAttr("balanced", "images: pick the limited subsets with equal counts per class").or(false),
			wholeAttr("n", "ring, grid: training points").atLeast(1).or(2500),
			wholeAttr("test", "ring, grid: test points").atLeast(1).nullMeans("n"),
		},
		outputs: []string{"train", "valid", "test"},
	}}
}

var sourceNames = []string{datasets.MNIST, datasets.FashionMNIST, "ring", "grid"}

func isImageSource(s string) bool { return s == datasets.MNIST || s == datasets.FashionMNIST }

// KeyExtra puts the source files' checksums into the key: a different copy
// of MNIST is a different data set.
func (k *datasetKind) KeyExtra(ctx context.Context, st *specs.Stage, env pipeline.Env) (map[string]string, error) {
	src := newConfig(k.attrs, st.Config).str("source")
	if !isImageSource(src) {
		return nil, nil
	}
	files, err := datasets.Locate(ctx, src, env.DataDir)
	if err != nil {
		return nil, err
	}
	extra := map[string]string{}
	names := []string{"train_images", "train_labels", "test_images", "test_labels"}
	for i, p := range files.All() {
		sum, err := datasets.FileSHA256(p)
		if err != nil {
			return nil, err
		}
		extra["sha256."+names[i]] = sum
	}
	return extra, nil
}

func (k *datasetKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	src := c.str("source")
	var splits [3]*datasets.Set
	meta := map[string]string{"source": src}
	switch {
	case isImageSource(src):
		job.Progress.Logf("loading %s", src)
		s, err := datasets.Load(ctx, src, datasets.LoadOptions{
			DataDir:   job.Env.DataDir,
			Valid:     c.intOr("valid", 5000),
			Seed:      uint64(job.Seed),
			Limit:     c.int("limit"),
			LimitEval: c.int("limit_eval"),
			Balanced:  c.bool("balanced"),
		})
		if err != nil {
			return err
		}
		if err := c.err(); err != nil {
			return err
		}
		splits = [3]*datasets.Set{s.Train, s.Valid, s.Test}
		meta["split_seed"] = strconv.FormatUint(uint64(job.Seed), 10)
	case src == "ring" || src == "grid":
		mix := datasets.RingMixture()
		if src == "grid" {
			mix = datasets.GridMixture()
		}
		n := c.int("n")
		sizes := [3]int{n, c.intOr("valid", n), c.intOr("test", n)}
		if err := c.err(); err != nil {
			return err
		}
		for i, size := range sizes {
			set, err := mix.Sample(size, uint64(job.Seed)+uint64(i))
			if err != nil {
				return err
			}
			splits[i] = set
		}
	default:
		return fmt.Errorf("source: unknown data source %q (want one of %v)", src, sourceNames)
	}
	for i, name := range k.outputs {
		set := splits[i]
		if set == nil {
			set = &datasets.Set{D: splits[0].D, Rows: splits[0].Rows, Cols: splits[0].Cols}
		}
		m := setToMatrix(set, meta)
		m.Meta["split"] = name
		m.Meta[artifact.MetaProducer] = job.Stage.Addr
		if err := artifact.WriteMatrix(job.Output(name), m); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	return nil
}

// setToMatrix wraps a data set as a matrix artifact (no copy).
func setToMatrix(s *datasets.Set, meta map[string]string) *artifact.Matrix {
	m := &artifact.Matrix{Rows: s.N, Cols: s.D, Data: s.X, Labels: s.Labels, Meta: map[string]string{}}
	for k, v := range meta {
		m.Meta[k] = v
	}
	if s.Rows > 0 {
		m.Meta["shape"] = fmt.Sprintf("%dx%dx1", s.Rows, s.Cols)
	}
	return m
}
