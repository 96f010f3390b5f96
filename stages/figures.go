package stages

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"math"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/metrics"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/reports"
)

// imageShape returns the h x w of a matrix of square grayscale images.
func imageShape(m *artifact.Matrix) (int, int, error) {
	side := int(math.Round(math.Sqrt(float64(m.Cols))))
	if side*side != m.Cols {
		return 0, 0, fmt.Errorf("rows of %d values are not square images", m.Cols)
	}
	return side, side, nil
}

// imageDims returns the h x w x c of a matrix of images: its "shape"
// metadata (HxWxC, HWC rows: stacked MNIST is 28x28x3) when that matches
// the row width, else square single-channel images.
func imageDims(m *artifact.Matrix) (h, w, c int, err error) {
	if sh, ok := m.Meta["shape"]; ok {
		if _, err := fmt.Sscanf(sh, "%dx%dx%d", &h, &w, &c); err == nil && h > 0 && w > 0 && c > 0 && h*w*c == m.Cols {
			return h, w, c, nil
		}
	}
	h, w, err = imageShape(m)
	return h, w, 1, err
}

// ImageGrid draws the first n images of m in a rows x cols grid: grey
// levels for one channel, RGB for three (stacked MNIST).
func ImageGrid(m *artifact.Matrix, n, rows, cols int) (image.Image, error) {
	h, w, c, err := imageDims(m)
	if err != nil {
		return nil, err
	}
	switch c {
	case 1:
		return reports.SampleGrid(m.Data, n, h, w, rows, cols), nil
	case 3:
		return reports.SampleGridRGB(m.Data, n, h, w, rows, cols), nil
	}
	return nil, fmt.Errorf("images of %d channels: only 1 (grey) or 3 (RGB) can be drawn", c)
}

// writeFigure stores one PNG as a files artifact.
func writeFigure(job *pipeline.Job, output, name string, img image.Image) error {
	files := &artifact.Files{Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr}}
	if err := addPNG(files, name, img); err != nil {
		return err
	}
	return artifact.WriteFiles(job.Output(output), files)
}

// addPNG encodes img and appends it to files as name.
func addPNG(files *artifact.Files, name string, img image.Image) error {
	var buf bytes.Buffer
	if err := reports.WritePNG(&buf, img); err != nil {
		return err
	}
	files.Names, files.Data = append(files.Names, name), append(files.Data, buf.Bytes())
	return nil
}

// nearestNeighboursKind shows samples beside their nearest training images
// (a memorisation check) and measures how far samples are from the data.
type nearestNeighboursKind struct{ info }

func newNearestNeighboursKind() *nearestNeighboursKind {
	return &nearestNeighboursKind{info{
		name: "nearest_neighbours", version: "1",
		summary: "samples beside their nearest training images (a memorisation check) and their mean distance",
		attrs: []attr{
			refAttr("samples", "the model's samples (matrix)").req(),
			refAttr("train", "the training images (matrix)").req(),
			wholeAttr("n", "samples shown").atLeast(1).dflt(10),
			wholeAttr("k", "neighbours shown per sample").atLeast(1).dflt(5),
		},
		outputs: []string{"figure", "metrics"},
		metrics: []string{"nn_dist"},
	}}
}

func (k *nearestNeighboursKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	samples, err := readMatrix(job, c, "samples")
	if err != nil {
		return err
	}
	train, err := readMatrix(job, c, "train")
	if err != nil {
		return err
	}
	n, kk := head(samples, c.int("n")), c.int("k")
	if err := c.err(); err != nil {
		return err
	}
	if samples.Cols != train.Cols {
		return fmt.Errorf("samples have %d columns, train %d", samples.Cols, train.Cols)
	}
	d := samples.Cols
	nn, err := metrics.NearestNeighbours(ctx, samples.Data[:n*d], train.Data, d, kk)
	if err != nil {
		return err
	}
	// Mean distance from each shown sample to its nearest training image:
	// near zero would mean the model copies its data.
	var sum float64
	for i, idx := range nn {
		s, t := samples.Row(i), train.Row(idx[0])
		var d2 float64
		for j := range s {
			e := float64(s[j] - t[j])
			d2 += e * e
		}
		sum += math.Sqrt(d2)
	}
	dist := sum / float64(max(n, 1))
	job.Progress.Logf("mean L2 distance to the nearest training image: %.3f", dist)
	h, w, err := imageShape(samples)
	if err != nil {
		return err
	}
	img, err := reports.NeighbourFigure(samples.Data[:n*d], train.Data, nn, h, w)
	if err != nil {
		return err
	}
	if err := writeFigure(job, "figure", "nearest_neighbours.png", img); err != nil {
		return err
	}
	return writeMetrics(job, "metrics", metric("nn_dist", dist, 0, n))
}

// interpolateKind decodes straight lines between random points of a
// generator's noise space: smooth paths mean the model did not memorise.
type interpolateKind struct{ info }

func newInterpolateKind() *interpolateKind {
	return &interpolateKind{info{
		name: "interpolate", version: "1",
		summary: "decode straight lines between random points of a GMMN's noise space",
		attrs: []attr{
			refAttr("model", "the GMMN").req(),
			refAttr("decoder", "an autoencoder whose decoder maps the samples (codes) to images"),
			wholeAttr("paths", "lines drawn").atLeast(1).dflt(8),
			wholeAttr("steps", "points per line").atLeast(2).dflt(10),
		},
		outputs: []string{"figure"},
	}}
}

func (k *interpolateKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	g, err := loadGMMN(job, c, "model")
	if err != nil {
		return err
	}
	paths, steps := c.int("paths"), c.int("steps")
	if err := c.err(); err != nil {
		return err
	}
	if paths < 1 || steps < 2 {
		return fmt.Errorf("paths must be >= 1 and steps >= 2 (got %d, %d)", paths, steps)
	}
	rng := newRand(job)
	dz := g.NoiseDim()
	noise := make([]float32, paths*steps*dz)
	for p := 0; p < paths; p++ {
		a, b := make([]float32, dz), make([]float32, dz)
		for i := range a {
			a[i], b[i] = float32(2*rng.Float64()-1), float32(2*rng.Float64()-1)
		}
		for s := 0; s < steps; s++ {
			t := float32(s) / float32(steps-1)
			row := noise[(p*steps+s)*dz : (p*steps+s+1)*dz]
			for i := range row {
				row[i] = (1-t)*a[i] + t*b[i]
			}
		}
	}
	n := paths * steps
	x := g.SampleFrom(noise, n)
	if _, ok := c.ref("decoder"); ok {
		ae, err := loadAutoencoder(job, c, "decoder")
		if err != nil {
			return err
		}
		x = ae.Decode(x, n)
	}
	m := &artifact.Matrix{Rows: n, Cols: len(x) / n, Data: x}
	h, w, err := imageShape(m)
	if err != nil {
		return err
	}
	return writeFigure(job, "figure", "interpolation.png", reports.SampleGrid(x, n, h, w, paths, steps))
}
