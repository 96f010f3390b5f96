package stages

import (
	"context"
	"fmt"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models/gmmn"
	"github.com/ganpipe/ganpipe/pipeline"
)

// sampleKind draws samples from a trained generator, optionally decoding
// them through an autoencoder (GMMN+AE).
type sampleKind struct{ info }

func newSampleKind() *sampleKind {
	return &sampleKind{info{
		name: "sample", version: "1",
		summary: "draw samples from a GMMN, optionally decoded through an autoencoder",
		attrs: []attr{
			refAttr("model", "the GMMN").req(),
			refAttr("decoder", "an autoencoder whose decoder maps the samples (codes) to images"),
			wholeAttr("n", "samples to draw").req().atLeast(1),
		},
		outputs: []string{"samples"},
	}}
}

func (k *sampleKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	g, err := loadGMMN(job, c, "model")
	if err != nil {
		return err
	}
	n := c.int("n")
	if err := c.err(); err != nil {
		return err
	}
	x := g.Sample(n, newRand(job))
	d := len(x) / max(n, 1)
	meta := map[string]string{artifact.MetaProducer: job.Stage.Addr}
	if _, ok := c.ref("decoder"); ok {
		ae, err := loadAutoencoder(job, c, "decoder")
		if err != nil {
			return err
		}
		x = ae.Decode(x, n)
		d = len(x) / max(n, 1)
		meta["decoded"] = "true"
	}
	if d == 784 {
		meta["shape"] = "28x28x1"
	}
	return artifact.WriteMatrix(job.Output("samples"), &artifact.Matrix{Rows: n, Cols: d, Data: x, Meta: meta})
}

func loadGMMN(job *pipeline.Job, c *config, attr string) (*gmmn.GMMN, error) {
	t, err := readModel(job, c, attr)
	if err != nil {
		return nil, err
	}
	g, err := gmmn.GMMNFrom(t.Meta, paramsOf(t))
	if err != nil {
		return nil, fmt.Errorf("%s: not a GMMN generator: %w", attr, err)
	}
	return g, nil
}
