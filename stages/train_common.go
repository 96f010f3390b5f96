package stages

import (
	"fmt"
	"math/rand"
	"sort"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
)

// scheduleAttr declares a learning-rate / momentum schedule whose null
// means def (the key keeps the null).
func scheduleAttr(name, doc string, def []nn.Phase) attr {
	return attr{name: name, typ: tSchedule, doc: doc, fallback: scheduleValue(def)}
}

// scheduleValue is a schedule as the spec would write it.
func scheduleValue(ps []nn.Phase) cty.Value {
	vs := make([]cty.Value, len(ps))
	for i, p := range ps {
		vs[i] = cty.ObjectVal(map[string]cty.Value{"from": cty.NumberIntVal(int64(p.From)),
			"lr": cty.NumberFloatVal(p.LR), "momentum": cty.NumberFloatVal(p.Momentum)})
	}
	return cty.ListVal(vs)
}

// schedule reads a schedule attribute (its declared fallback when null),
// phases sorted by their start.
func (c *config) schedule(name string) []nn.Phase {
	var out []nn.Phase
	for _, e := range elements(c.get(name)) {
		from := c.toInt(name+".from", e.GetAttr("from").AsBigFloat())
		lr, _ := e.GetAttr("lr").AsBigFloat().Float64()
		mom, _ := e.GetAttr("momentum").AsBigFloat().Float64()
		out = append(out, nn.Phase{From: from, LR: lr, Momentum: mom})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].From < out[j].From })
	if len(out) == 0 || out[0].From != 0 {
		c.fail(name, "the first phase must start at from = 0")
	}
	return out
}

// Attributes many training kinds share, declared once.
func batchAttr(def int) attr {
	return wholeAttr("batch", "examples per step").atLeast(1).dflt(def)
}
func logEveryAttr(def int) attr {
	return wholeAttr("log_every", "iterations between history rows").atLeast(1).dflt(def)
}

// recordSecondsAttr is the training kinds' opt-in train_seconds metric
// (trainCheckpoint.elapsed: every process's time when resumed).
func recordSecondsAttr() attr {
	return boolAttr("record_seconds", "record the training time as a metric, summed over every process that trained it when resumed from a checkpoint (makes the artifact differ between runs)").dflt(false)
}

func clipAttr(def int) attr {
	return numAttr("clip", "gradient norm clip (0: none)").atLeast(0).dflt(def)
}

// newRand gives a stage its generator: math/rand seeded from the stage seed,
// so every random draw is a function of pipeline seed and stage address.
func newRand(job *pipeline.Job) *rand.Rand { return rand.New(rand.NewSource(job.Seed)) }

// readInput reads the artifact an attribute references with the given
// reader (artifact.ReadMatrix, ReadTensors, ...), naming the attribute and
// the reference in errors.
func readInput[T any](job *pipeline.Job, c *config, attr string, read func(string) (T, error)) (T, error) {
	var zero T
	r := c.mustRef(attr)
	if err := c.err(); err != nil {
		return zero, err
	}
	p, err := job.Input(r)
	if err != nil {
		return zero, err
	}
	v, err := read(p)
	if err != nil {
		return zero, fmt.Errorf("%s (%s): %w", attr, r, err)
	}
	return v, nil
}

// readMatrix reads an input matrix artifact.
func readMatrix(job *pipeline.Job, c *config, attr string) (*artifact.Matrix, error) {
	return readInput(job, c, attr, artifact.ReadMatrix)
}

// readModel reads an input model artifact.
func readModel(job *pipeline.Job, c *config, attr string) (*artifact.Tensors, error) {
	return readInput(job, c, attr, artifact.ReadTensors)
}

func paramsOf(t *artifact.Tensors) nn.Params {
	return nn.Params{Names: t.Names, Shapes: t.Shapes, Data: t.Data}
}

// writeModel stores model parameters with the architecture in the metadata,
// so the artifact can be loaded without the spec.
func writeModel(job *pipeline.Job, output string, p nn.Params, arch map[string]string) error {
	meta := map[string]string{artifact.MetaProducer: job.Stage.Addr}
	for k, v := range arch {
		meta[k] = v
	}
	return artifact.WriteTensors(job.Output(output), &artifact.Tensors{Names: p.Names, Shapes: p.Shapes, Data: p.Data, Meta: meta})
}

// recorder turns a model's per-iteration observations into progress updates
// and a history artifact (one row every `every` iterations and at the end of
// each phase).
type recorder struct {
	prog   pipeline.Progress
	every  int
	offset int // iterations of earlier phases, so history iters are global
	phase  string
	last   int
	hist   artifact.History
	index  map[string]int
	snaps  *snapshotter // nil: no snapshots
	// prefixes draws prefix samples (gan_train's sample_at); nil: none.
	prefixes *snapshotter
}

func newRecorder(prog pipeline.Progress, every int) *recorder {
	if every <= 0 {
		every = 100
	}
	return &recorder{prog: prog, every: every, index: map[string]int{}}
}

// observer returns the callback for one training phase.
func (r *recorder) observer(phase string) nn.Observer {
	started := false
	return func(iter, total int, terms map[string]float64) {
		if !started {
			started = true
			r.offset += r.last
			r.last = 0
			r.phase = phase
			r.prog.Start(phase, total)
		}
		r.last = iter
		r.prog.Step(iter, terms)
		r.snaps.observe(r.offset + iter)
		r.prefixes.observe(r.offset + iter)
		if iter%r.every == 0 || iter == total {
			r.add(r.offset+iter, terms)
		}
	}
}

func (r *recorder) add(iter int, terms map[string]float64) {
	if len(r.hist.Terms) == 0 {
		for k := range terms {
			r.hist.Terms = append(r.hist.Terms, k)
		}
		sort.Strings(r.hist.Terms)
		for i, k := range r.hist.Terms {
			r.index[k] = i
		}
		r.hist.Values = make([][]float64, len(r.hist.Terms))
	}
	r.hist.Iter = append(r.hist.Iter, int64(iter))
	for i, k := range r.hist.Terms {
		v, ok := terms[k]
		if !ok {
			v = nan()
		}
		r.hist.Values[i] = append(r.hist.Values[i], v)
	}
}

// write stores the history. Wall time stays out of it (it is in the cache
// manifest): artifacts must be byte-identical for the same seed.
func (r *recorder) write(job *pipeline.Job, output string) error {
	r.hist.Meta = map[string]string{artifact.MetaProducer: job.Stage.Addr}
	return artifact.WriteHistory(job.Output(output), &r.hist)
}

func metric(name string, value, stderr float64, n int) artifact.Metric {
	return artifact.Metric{Name: name, Value: value, Stderr: stderr, N: int64(n)}
}

// writeMetrics stores figures as a metrics artifact.
func writeMetrics(job *pipeline.Job, output string, rows ...artifact.Metric) error {
	return artifact.WriteMetrics(job.Output(output), &artifact.Metrics{
		Rows: rows, Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr},
	})
}
