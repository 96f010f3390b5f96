package stages

import (
	"context"
	"fmt"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/pipeline"
)

// reconstructKind passes data through an autoencoder (encode, then decode,
// dropout off). A GMMN+AE can do no better than its decoder: the Parzen score
// of the reconstructions of real images is the reference its samples should
// be read against (decoded images are smooth, and smooth images score high).
type reconstructKind struct{ info }

func newReconstructKind() *reconstructKind {
	return &reconstructKind{info{
		name: "reconstruct", version: "2",
		summary: "pass images through an autoencoder (the smoothing ceiling of its decoded samples)",
		attrs: []attr{
			refAttr("model", "the autoencoder").req(),
			refAttr("data", "images to reconstruct (matrix)").req(),
			wholeAttr("limit", "reconstruct this many random rows (0: all)").atLeast(0).or(0),
		},
		outputs: []string{"reconstructions"},
	}}
}

func (k *reconstructKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	limit := c.int("limit")
	if err := c.err(); err != nil {
		return err
	}
	if limit < 0 {
		return fmt.Errorf("limit: %d must not be negative", limit)
	}
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	ae, err := loadAutoencoder(job, c, "model")
	if err != nil {
		return err
	}
	if data.Cols != ae.InDim() {
		return fmt.Errorf("data: %d columns, the autoencoder takes %d", data.Cols, ae.InDim())
	}
	// Random rows, not the first ones (see pickRows).
	data = pickRows(data, limit, newRand(job))
	n, x := data.Rows, data.Data
	rec := ae.Decode(ae.Encode(x, n), n)
	job.Progress.Logf("reconstruction BCE %.4f nats/image on %d rows", ae.ReconstructionBCE(x, n), n)
	return artifact.WriteMatrix(job.Output("reconstructions"), &artifact.Matrix{
		Rows: n, Cols: data.Cols, Data: rec, Labels: data.Labels,
		Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr},
	})
}
