package stages

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/pipeline"
)

// snapshotImages is how many images each training snapshot holds: one row
// of the report's "over training" grid, the same inputs in every row.
const snapshotImages = 10

// snapshotsAttr is the training kinds' `snapshots` attribute.
func snapshotsAttr() attr {
	return wholeAttr("snapshots", "how many times, evenly spaced over training, to draw the same 10 generator inputs (the report's samples-over-training grid; 0: never)").atLeast(0).dflt(0)
}

// snapshotter draws the generator's images for a fixed set of inputs at
// evenly spaced iterations, so a report can show the samples over the
// course of training. Its inputs come from a generator of their own, and
// the models' GenerateFrom/SampleFrom draw nothing, so snapshots change no
// bit of the training (cmd/ganpipe/testdata/script/snapshots.txtar). What it has drawn is
// part of the stage's checkpoint (trainState), so a resumed run writes the
// same snapshots as an uninterrupted one.
//
// The same type draws a training stage's prefix samples (sample_at): many
// rows at a few given iterations, for scores along one run.
type snapshotter struct {
	rows  int                       // rows per snapshot
	at    map[int]bool              // global iterations to snapshot at
	gen   func() ([]float32, error) // the current generator's images for the fixed inputs
	post  func([]float32) []float32 // maps generator output to images (decoder, tanh range); nil: none
	iters []int64                   // iterations snapshotted so far
	data  []float32                 // their images, snapshotImages rows each
	err   error                     // the first generator error (observers cannot return one)
}

// newSnapshotter plans count snapshots over iters iterations: after
// iteration round(k iters / count) for k = 1..count (the last is the final
// iteration); nil when count is 0.
func newSnapshotter(count, iters int, gen func() ([]float32, error)) *snapshotter {
	if count <= 0 || iters <= 0 {
		return nil
	}
	s := &snapshotter{rows: snapshotImages, at: map[int]bool{}, gen: gen}
	for k := 1; k <= count; k++ {
		s.at[max(1, (k*iters+count/2)/count)] = true
	}
	return s
}

// newPrefixSampler plans snapshots of rows images each after the given
// iterations (increasing, within 1..iters); nil when there are none.
func newPrefixSampler(at []int, iters, rows int, gen func() ([]float32, error)) (*snapshotter, error) {
	if len(at) == 0 {
		return nil, nil
	}
	s := &snapshotter{rows: rows, at: map[int]bool{}, gen: gen}
	for i, it := range at {
		if it < 1 || it > iters || (i > 0 && it <= at[i-1]) {
			return nil, fmt.Errorf("iterations %v must increase and lie in 1..%d (the training's length)", at, iters)
		}
		s.at[it] = true
	}
	return s, nil
}

// prefixRand is the generator of the prefix samples' fixed noise: derived
// from the stage's seed, apart from the training's and the snapshots'.
func prefixRand(job *pipeline.Job) *rand.Rand {
	return rand.New(rand.NewSource(job.Seed ^ 0x3c3c3c3c3c3c3c3c))
}

// snapshotRand is the generator of the snapshots' fixed inputs: derived from
// the stage's seed but apart from the training's stream.
func snapshotRand(job *pipeline.Job) *rand.Rand {
	return rand.New(rand.NewSource(job.Seed ^ 0x5a5a5a5a5a5a5a5a))
}

// observe takes a snapshot if iter (global) is one of the planned ones.
func (s *snapshotter) observe(iter int) {
	if s == nil || !s.at[iter] || s.err != nil {
		return
	}
	if n := len(s.iters); n > 0 && s.iters[n-1] >= int64(iter) {
		return // already taken (a resumed run replays nothing before its checkpoint)
	}
	x, err := s.gen()
	if err != nil {
		s.err = fmt.Errorf("snapshot at iteration %d: %w", iter, err)
		return
	}
	s.iters = append(s.iters, int64(iter))
	s.data = append(s.data, x...)
}

// write stores the snapshots as one matrix, s.rows rows per snapshot, the iterations in the "snapshot_iters" metadata (the report's
// samples block captions the grid with them). An empty matrix when none
// were planned: the output exists either way.
func (s *snapshotter) write(job *pipeline.Job, output string, cols int, shape string) error {
	m := &artifact.Matrix{Cols: cols, Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr}}
	if s != nil {
		if s.err != nil {
			return s.err
		}
		data := s.data
		if s.post != nil && len(data) > 0 {
			data = s.post(data)
		}
		m.Data, m.Rows = data, len(s.iters)*s.rows
		if len(data) > 0 {
			m.Cols = len(data) / m.Rows
		}
		its := make([]string, len(s.iters))
		for i, it := range s.iters {
			its[i] = strconv.FormatInt(it, 10)
		}
		m.Meta["snapshot_iters"] = strings.Join(its, ",")
	}
	if shape == "" && m.Cols == 784 {
		shape = "28x28x1" // as the sample kind labels MNIST-sized rows
	}
	if shape != "" {
		m.Meta["shape"] = shape
	}
	return artifact.WriteMatrix(job.Output(output), m)
}

// snapshotOf is samples, or with the stage's `snapshot` (snapshotAttr) set
// the block of them drawn after that generator update.
func snapshotOf(c *config, samples *artifact.Matrix) (*artifact.Matrix, error) {
	if !c.has("snapshot") {
		return samples, nil
	}
	b, err := snapshotBlock(samples, c.int("snapshot"))
	if err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	return b, nil
}

// snapshotBlock returns the rows of a snapshots matrix (write's) taken at
// iteration iter, or an error naming the iterations it has.
func snapshotBlock(m *artifact.Matrix, iter int) (*artifact.Matrix, error) {
	its, ok := snapshotIters(m)
	if !ok {
		return nil, fmt.Errorf("the matrix has no snapshots (no snapshot_iters metadata: a training stage's prefix_samples with sample_at set has)")
	}
	per := m.Rows / len(its)
	for k, s := range its {
		if s == strconv.Itoa(iter) {
			out := *m
			out.Data = m.Data[k*per*m.Cols : (k+1)*per*m.Cols]
			out.Rows = per
			out.Labels = nil
			if m.Labels != nil {
				out.Labels = m.Labels[k*per : (k+1)*per]
			}
			return &out, nil
		}
	}
	return nil, fmt.Errorf("no snapshot at iteration %d (the matrix has %s)", iter, strings.Join(its, ", "))
}

// snapshotIters reads write's metadata: the iteration of each grid row.
func snapshotIters(m *artifact.Matrix) ([]string, bool) {
	v, ok := m.Meta["snapshot_iters"]
	if !ok || v == "" {
		return nil, false
	}
	return strings.Split(v, ","), true
}
