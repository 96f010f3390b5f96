package stages

import (
	"context"
	"fmt"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/reports"
)

// codeGridKind draws a conditional GAN's or an InfoGAN's generator on grids
// that show what its labels and codes control. Rows: the categorical code's
// values (InfoGAN; a conditional InfoGAN keeps class 0), else the classes.
// Columns: with continuous codes, one figure per code, sweeping it from
// -span to span in `steps` steps with the other codes at 0 and one noise
// vector for the whole figure, so only the row's code and the column's
// value change; without continuous codes, one figure whose columns are
// `steps` noise vectors (the same across rows).
type codeGridKind struct{ info }

func newCodeGridKind() *codeGridKind {
	return &codeGridKind{info{
		name: "code_grid", version: "1",
		summary: "an InfoGAN's samples over its codes: one row per categorical value, continuous codes swept",
		attrs: []attr{
			refAttr("model", "an InfoGAN generator (gan_train model)").req(),
			wholeAttr("steps", "values of each continuous code").atLeast(1).dflt(10),
			numAttr("span", "continuous codes run over [-span, span]").above(0).dflt(1),
		},
		outputs: []string{"figure"},
	}}
}

func (k *codeGridKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	t, err := readModel(job, c, "model")
	if err != nil {
		return err
	}
	g, err := gan.GeneratorFrom(t.Meta, paramsOf(t))
	if err != nil {
		return fmt.Errorf("model: not a GAN generator: %w", err)
	}
	steps, span := c.int("steps"), c.float("span")
	if err := c.err(); err != nil {
		return err
	}
	if steps < 1 {
		return fmt.Errorf("steps: %d, want >= 1", steps)
	}
	rows := g.CatCodes()
	if rows == 0 {
		rows = g.Classes()
	}
	if rows == 0 {
		return fmt.Errorf("model: the generator has neither class labels nor a categorical code")
	}
	side := 0
	for side*side < g.OutDim() {
		side++
	}
	if side*side != g.OutDim() {
		return fmt.Errorf("model: outputs of %d values are not square images", g.OutDim())
	}
	rng := newRand(job)
	n := rows * steps
	// gridInputs returns the labels, codes and continuous codes of the n
	// cells (row-major): the row's value in the codes or labels.
	gridInputs := func() (labels, cat []int32, cont []float32) {
		rowVal := make([]int32, n)
		for i := range rowVal {
			rowVal[i] = int32(i / steps)
		}
		if g.Classes() > 0 {
			labels = make([]int32, n)
		}
		if g.CatCodes() > 0 {
			cat = rowVal
		} else {
			labels = rowVal
		}
		return labels, cat, make([]float32, n*g.ContCodes())
	}
	files := &artifact.Files{Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr}}
	draw := func(name string, z []float32, labels, cat []int32, cont []float32) error {
		x, err := g.GenerateCoded(z, labels, cat, cont, n)
		if err != nil {
			return err
		}
		if t.Meta["data_scale"] == "2x-1" {
			gan.FromTanhRange(x)
		}
		return addPNG(files, name, reports.SampleGrid(x, n, side, side, rows, steps))
	}
	nd := g.NoiseDim()
	if g.ContCodes() == 0 {
		cols := g.DrawNoise(steps, rng)
		z := make([]float32, n*nd)
		for i := 0; i < n; i++ {
			col := i % steps
			copy(z[i*nd:(i+1)*nd], cols[col*nd:(col+1)*nd])
		}
		labels, cat, cont := gridInputs()
		if err := draw("code_grid.png", z, labels, cat, cont); err != nil {
			return err
		}
	} else {
		one := g.DrawNoise(1, rng)
		z := make([]float32, n*nd)
		for i := 0; i < n; i++ {
			copy(z[i*nd:(i+1)*nd], one)
		}
		for j := 0; j < g.ContCodes(); j++ {
			labels, cat, cont := gridInputs()
			for i := 0; i < n; i++ {
				v := 0.0
				if steps > 1 {
					v = -span + 2*span*float64(i%steps)/float64(steps-1)
				}
				cont[i*g.ContCodes()+j] = float32(v)
			}
			if err := draw(fmt.Sprintf("code_grid_c%d.png", j+1), z, labels, cat, cont); err != nil {
				return err
			}
		}
	}
	job.Progress.Logf("%d figure(s): %d rows x %d columns", len(files.Names), rows, steps)
	return artifact.WriteFiles(job.Output("figure"), files)
}
