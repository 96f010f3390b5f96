package stages

import (
	"context"
	"fmt"
	"strconv"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/datasets"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/speclang"
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
			wholeAttr("n", "ring, grid: training points; stacked_mnist: training stacks; affine_mnist: training images").atLeast(1).
				nullMeans("2500 (ring, grid); 128000 (stacked_mnist, PacGAN's count); one per MNIST training image (affine_mnist)"),
			wholeAttr("test", "ring, grid: test points; stacked_mnist: test stacks; affine_mnist: validation and test images each").atLeast(1).
				nullMeans("n (ring, grid); 26000 (stacked_mnist); one per MNIST image of the split (affine_mnist)"),
			// Mixture geometry (added after the kind's first keys: unset, it
			// stays out of the key and the PacGAN geometry applies).
			wholeAttr("modes", "ring: number of Gaussians").atLeast(1).addedLater().nullMeans("8"),
			numAttr("radius", "ring: radius of the circle").above(0).addedLater().nullMeans("1"),
			wholeAttr("side", "grid: Gaussians per side").atLeast(1).addedLater().nullMeans("5"),
			numAttr("spacing", "grid: distance between neighbouring centres").above(0).addedLater().nullMeans("2"),
			numAttr("std", "ring, grid: standard deviation of each Gaussian").above(0).addedLater().nullMeans("0.01 (ring), 0.05 (grid)"),
			// Added later too: unset, the seeded random split of before.
			strAttr("valid_split", "images: random (a seeded random subset of the training file) or last (its last valid images: MNIST's 50k/10k split of pylearn2 and the GAN authors)").
				oneOf("random", "last").addedLater().nullMeans("random"),
		},
		outputs: []string{"train", "valid", "test"},
	}}
}

var sourceNames = []string{datasets.MNIST, datasets.FashionMNIST, "ring", "grid", "stacked_mnist", "affine_mnist"}

func isImageSource(s string) bool { return s == datasets.MNIST || s == datasets.FashionMNIST }

// fileSource is the data files a source reads (stacked and affine MNIST
// are made of MNIST).
func fileSource(s string) string {
	if s == "stacked_mnist" || s == "affine_mnist" {
		return datasets.MNIST
	}
	return s
}

// KeyExtra puts the source files' checksums into the key: a different copy
// of MNIST is a different data set. Stacked MNIST also keys its channel
// layout.
func (k *datasetKind) KeyExtra(ctx context.Context, st *speclang.Stage, env pipeline.Env) (map[string]string, error) {
	source := newConfig(k.attrs, st.Config).str("source")
	src := fileSource(source)
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
	if source == "stacked_mnist" {
		// Stacks were stored channel-major before; HWC stacks are other bytes.
		extra["layout"] = "hwc"
	}
	return extra, nil
}

func (k *datasetKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	src := c.str("source")
	var splits [3]*datasets.Set
	meta := map[string]string{"source": src}
	switch {
	case isImageSource(fileSource(src)):
		job.Progress.Logf("loading %s", fileSource(src))
		s, err := datasets.Load(ctx, fileSource(src), datasets.LoadOptions{
			DataDir:   job.Env.DataDir,
			Valid:     c.intOr("valid", 5000),
			Seed:      uint64(job.Seed),
			Limit:     c.int("limit"),
			LimitEval: c.int("limit_eval"),
			Balanced:  c.bool("balanced"),
			ValidLast: c.str("valid_split") == "last",
		})
		if err != nil {
			return err
		}
		if err := c.err(); err != nil {
			return err
		}
		splits = [3]*datasets.Set{s.Train, s.Valid, s.Test}
		meta["split_seed"] = strconv.FormatUint(uint64(job.Seed), 10)
		if c.str("valid_split") == "last" {
			meta["valid_split"] = "last" // the seed picked no rows
		}
		if src == "stacked_mnist" {
			if splits, err = stackSplits(splits, c.intOr("n", 128000), c.intOr("test", 26000), uint64(job.Seed)); err != nil {
				return err
			}
		}
		if src == "affine_mnist" {
			if splits, err = affineSplits(splits, c.intOr("n", 0), c.intOr("test", 0), uint64(job.Seed)); err != nil {
				return err
			}
		}
	case src == "ring" || src == "grid":
		mix := datasets.RingOf(c.intOr("modes", 8), c.floatOr("radius", 1), c.floatOr("std", 0.01))
		if src == "grid" {
			mix = datasets.GridOf(c.intOr("side", 5), c.floatOr("spacing", 2), c.floatOr("std", 0.05))
		}
		n := c.intOr("n", 2500)
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
			set = &datasets.Set{D: splits[0].D, Rows: splits[0].Rows, Cols: splits[0].Cols, Channels: splits[0].Channels}
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
		m.Meta["shape"] = fmt.Sprintf("%dx%dx%d", s.Rows, s.Cols, max(s.Channels, 1))
	}
	if s.Channels > 1 {
		m.Meta["layout"] = "hwc" // a pixel's channels side by side (DCGAN's NHWC rows)
	}
	return m
}

// stackSplits turns MNIST's splits into stacked MNIST (datasets.Stack): n
// training stacks from the training images, test stacks from the test
// images, and as many validation stacks as test stacks from the
// validation images (none when there are none). Each split has its own
// seed stream.
func stackSplits(s [3]*datasets.Set, n, test int, seed uint64) ([3]*datasets.Set, error) {
	var out [3]*datasets.Set
	for i, count := range []int{n, test, test} {
		if s[i] == nil || s[i].N == 0 {
			continue
		}
		var err error
		if out[i], err = datasets.Stack(s[i], count, seed+uint64(i)); err != nil {
			return out, err
		}
	}
	return out, nil
}

// affineSplits turns MNIST's splits into affine-MNIST (datasets.Affine): n
// training images (0: one per training image), and test images from each
// of the validation and test splits (0: one per image). Each split has its
// own seed stream.
func affineSplits(s [3]*datasets.Set, n, test int, seed uint64) ([3]*datasets.Set, error) {
	var out [3]*datasets.Set
	for i, count := range []int{n, test, test} {
		if s[i] == nil || s[i].N == 0 {
			continue
		}
		if count == 0 {
			count = s[i].N
		}
		var err error
		if out[i], err = datasets.Affine(s[i], count, seed+uint64(i)); err != nil {
			return out, err
		}
	}
	return out, nil
}
