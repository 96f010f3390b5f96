package stages

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"math/rand"
	"time"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
)

// countingSource is math/rand's seeded source with a count of its steps.
// The source's state is not exported, so a checkpoint records how many
// steps were drawn and a resume replays that many from the seed (a few
// nanoseconds each). Int63 and Uint64 each advance the source by exactly
// one step, and every rand.Rand method goes through them, so wrapping
// changes no draw: results are bit for bit those of rand.NewSource.
type countingSource struct {
	src rand.Source64
	n   int64
}

func (s *countingSource) Int63() int64    { s.n++; return s.src.Int63() }
func (s *countingSource) Uint64() uint64  { s.n++; return s.src.Uint64() }
func (s *countingSource) Seed(seed int64) { s.src.Seed(seed); s.n = 0 }

// skipTo advances the source to n steps since seeding.
func (s *countingSource) skipTo(n int64) error {
	if n < s.n {
		return fmt.Errorf("checkpoint is at random draw %d, before the %d this run has already made", n, s.n)
	}
	for s.n < n {
		s.src.Uint64()
		s.n++
	}
	return nil
}

// newCountedRand is newRand with its source's position exposed.
func newCountedRand(job *pipeline.Job) (*rand.Rand, *countingSource) {
	src := &countingSource{src: rand.NewSource(job.Seed).(rand.Source64)}
	return rand.New(src), src
}

// trainState is a training stage's checkpoint: the stage's own state
// (generator position, history so far) around the loop's (models.TrainHook),
// and for a stage that runs several loops one after the other (layerwise
// pretraining), the end state of each finished loop.
type trainState struct {
	Draws  int64
	Phase  string
	Hist   artifact.History
	Offset int
	Loop   []byte
	Done   []loopEnd
	// The samples-over-training snapshots taken so far (snapshotter).
	SnapIters []int64
	SnapData  []float32
	// The prefix samples drawn so far (gan_train's sample_at).
	PrefixIters []int64
	PrefixData  []float32
	// TrainNanos is the training time spent up to this checkpoint, over
	// every process that worked on the stage, so a resumed stage's
	// train_seconds is the whole run's and not the last process's.
	TrainNanos int64
}

// loopEnd is a finished loop's final state and the generator's position.
type loopEnd struct {
	Draws int64
	Loop  []byte
}

// trainCheckpoint connects a stage's training loops to the job's
// checkpoints (models.TrainHook): loops runs of iters iterations each (one
// for most kinds, one per layer for layerwise pretraining), run in order.
type trainCheckpoint struct {
	job   *pipeline.Job
	src   *countingSource
	rec   *recorder
	phase string
	loops int
	iters int

	calls int         // Resume calls so far: the loop now running is calls-1
	saved *trainState // the checkpoint resumed from, if any
	done  []loopEnd   // end states of the loops finished in this run

	now    func() time.Time // the clock (a field so tests can set it)
	start  time.Time        // when this process began the stage's training
	before time.Duration    // training time of earlier processes (from the checkpoint)
}

func newTrainCheckpoint(job *pipeline.Job, src *countingSource, rec *recorder, phase string, loops, iters int) *trainCheckpoint {
	c := &trainCheckpoint{job: job, src: src, rec: rec, phase: phase, loops: loops, iters: iters, now: time.Now}
	c.start = c.now()
	return c
}

// elapsed is the stage's training time so far: this process's since it
// began, plus what the checkpoint it resumed from had recorded.
func (c *trainCheckpoint) elapsed() time.Duration {
	return c.before + c.now().Sub(c.start)
}

// Resume implements models.TrainHook. A loop the checkpoint saw finish
// resumes at its end (it runs no iteration); the one it saw running
// resumes where it was; later ones start afresh.
func (c *trainCheckpoint) Resume() ([]byte, error) {
	j := c.calls
	c.calls++
	if j == 0 {
		_, payload, ok, err := c.job.Checkpoints.Resume()
		if err != nil || !ok {
			return nil, err
		}
		var st trainState
		if err := gob.NewDecoder(bytes.NewReader(payload)).Decode(&st); err != nil || st.Phase != c.phase {
			return nil, c.unusable(fmt.Errorf("decoding it: %v (phase %q, want %q)", err, st.Phase, c.phase))
		}
		c.resumeFrom(&st)
	}
	st := c.saved
	switch {
	case st == nil || j > len(st.Done):
		return nil, nil
	case j < len(st.Done):
		if err := c.src.skipTo(st.Done[j].Draws); err != nil {
			return nil, c.unusable(err)
		}
		c.done = append(c.done, st.Done[j])
		return st.Done[j].Loop, nil
	}
	// A checkpoint taken at the end of a loop has no state for the next
	// one: it starts afresh, and the generator is already where the
	// finished loops left it. Otherwise return to the saved position.
	if st.Loop != nil {
		if err := c.src.skipTo(st.Draws); err != nil {
			return nil, c.unusable(err)
		}
	}
	// The recorder continues the history as if never stopped: the phase's
	// observer adds r.last to offset when it starts, so last is zero here.
	c.rec.hist, c.rec.offset, c.rec.last = st.Hist, st.Offset, 0
	c.rec.index = map[string]int{}
	for i, k := range st.Hist.Terms {
		c.rec.index[k] = i
	}
	if s := c.rec.snaps; s != nil {
		s.iters, s.data = st.SnapIters, st.SnapData
	}
	if s := c.rec.prefixes; s != nil {
		s.iters, s.data = st.PrefixIters, st.PrefixData
	}
	if st.Loop == nil {
		return nil, nil
	}
	return st.Loop, nil
}

// resumeFrom takes a decoded checkpoint as the one this run continues.
func (c *trainCheckpoint) resumeFrom(st *trainState) {
	c.saved = st
	c.before = time.Duration(st.TrainNanos)
}

// Due implements models.TrainHook: at the end of every loop but the last
// (its end state is needed to skip it on resume), and when the job's
// interval says so, except after the very last iteration (the result
// follows at once).
func (c *trainCheckpoint) Due(it int) bool {
	last := c.calls == c.loops
	switch {
	case it == c.iters && !last:
		return true
	case it == c.iters && last:
		return false
	}
	return c.job.Checkpoints.Due((c.calls-1)*c.iters + it)
}

// Save implements models.TrainHook.
func (c *trainCheckpoint) Save(it int, loop []byte) error {
	if c.job.Checkpoints == nil {
		return nil
	}
	step := (c.calls-1)*c.iters + it
	if it == c.iters {
		c.done = append(c.done, loopEnd{Draws: c.src.n, Loop: loop})
		if !c.job.Checkpoints.Due(step) {
			return nil
		}
		loop = nil // the next loop has not started: resume runs it afresh
	}
	var b bytes.Buffer
	st := c.state(loop)
	if err := gob.NewEncoder(&b).Encode(&st); err != nil {
		return err
	}
	return c.job.Checkpoints.Save(int64(step), int64(c.loops*c.iters), c.phase, b.Bytes())
}

// state is the checkpoint payload for the loop state loop.
func (c *trainCheckpoint) state(loop []byte) trainState {
	st := trainState{Draws: c.src.n, Phase: c.phase, Hist: c.rec.hist, Offset: c.rec.offset, Loop: loop, Done: c.done,
		TrainNanos: int64(c.elapsed())}
	if s := c.rec.snaps; s != nil {
		st.SnapIters, st.SnapData = s.iters, s.data
	}
	if s := c.rec.prefixes; s != nil {
		st.PrefixIters, st.PrefixData = s.iters, s.data
	}
	return st
}

// unusable drops a checkpoint that cannot be resumed (written by other
// code under the same key), so the next run starts fresh instead of
// failing the same way forever.
func (c *trainCheckpoint) unusable(err error) error {
	_ = c.job.Checkpoints.Drop()
	return fmt.Errorf("%w: %v; dropped it, the next run starts from scratch", nn.ErrBadState, err)
}

// checkpointErr explains a loop's refusal of a checkpoint's state the same
// way, dropping the checkpoint.
func (c *trainCheckpoint) checkpointErr(err error) error {
	if errors.Is(err, nn.ErrBadState) {
		_ = c.job.Checkpoints.Drop()
		return fmt.Errorf("%w; dropped the checkpoint, the next run starts from scratch", err)
	}
	return err
}
