package stages

import (
	"context"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/pipeline"
)

// encodeKind maps data through an autoencoder's encoder.
type encodeKind struct{ info }

func newEncodeKind() *encodeKind {
	return &encodeKind{info{
		name: "encode", version: "1",
		summary: "map data to an autoencoder's codes",
		attrs: []attr{
			refAttr("model", "the autoencoder").req(),
			refAttr("data", "data to encode (matrix)").req(),
		},
		outputs: []string{"codes"},
	}}
}

func (k *encodeKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	ae, err := loadAutoencoder(job, c, "model")
	if err != nil {
		return err
	}
	codes := ae.Encode(data.Data, data.Rows)
	d := len(codes) / max(data.Rows, 1)
	return artifact.WriteMatrix(job.Output("codes"), &artifact.Matrix{
		Rows: data.Rows, Cols: d, Data: codes, Labels: data.Labels,
		Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr},
	})
}
