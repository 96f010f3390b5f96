package stages

import (
	"context"
	"fmt"

	"github.com/hashicorp/hcl/v2/hcldec"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models"
	"github.com/ganpipe/ganpipe/pipeline"
)

// sampleKind draws samples from a trained generator, optionally decoding
// them through an autoencoder (GMMN+AE).
type sampleKind struct{ info }

func newSampleKind() *sampleKind {
	return &sampleKind{info{
		name: "sample", version: "1",
		body: hcldec.ObjectSpec{
			"model":   ref("model", true),
			"decoder": ref("decoder", false),
			"n":       num("n", true),
		},
		outputs: []string{"samples"},
	}}
}

func (k *sampleKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := newConfig(job.Stage.Config)
	g, err := loadGMMN(job, c, "model")
	if err != nil {
		return err
	}
	n := c.int("n", 0)
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

func loadGMMN(job *pipeline.Job, c *config, attr string) (*models.GMMN, error) {
	t, err := readModel(job, c, attr)
	if err != nil {
		return nil, err
	}
	g, err := models.GMMNFrom(t.Meta, paramsOf(t))
	if err != nil {
		return nil, fmt.Errorf("%s: not a GMMN generator: %w", attr, err)
	}
	return g, nil
}
