package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ganpipe/ganpipe/pipeline/cache"
)

// CheckpointStore is what a store needs to keep in-stage checkpoints under
// a stage's cache key (cache.FS has it). A store without it runs stages
// without checkpoints.
type CheckpointStore interface {
	SaveCheckpoint(ctx context.Context, key string, owner cache.CheckpointOwner, h cache.CheckpointHeader, payload []byte) error
	LoadCheckpoint(ctx context.Context, key string) (cache.CheckpointHeader, []byte, []string, error)
	DropCheckpoints(ctx context.Context, key string) error
}

// DefaultCheckpointEvery is how often a training stage saves its state when
// the spec does not say: a crash costs at most this much training, and a
// checkpoint of even a large model (tens of MB) every five minutes is a
// negligible share of the time.
const DefaultCheckpointEvery = 5 * time.Minute

// Checkpoints is a running stage's access to its checkpoints: the newest
// valid one to resume from, and when and where to save. The key names the
// stage's result, so a checkpoint can only ever resume the computation it
// was taken from. A nil *Checkpoints (no support in the store) never saves
// and has nothing to resume.
type Checkpoints struct {
	ctx   context.Context
	store CheckpointStore
	key   string
	owner cache.CheckpointOwner
	prog  Progress
	every time.Duration // 0: no time-based saves
	iters int           // 0: no iteration-based saves
	fresh bool          // -fresh: ignore what is there
	last  time.Time
}

// Resume returns the newest valid checkpoint, logging that the stage
// resumes from it (and any invalid one skipped), or ok false.
func (c *Checkpoints) Resume() (h cache.CheckpointHeader, payload []byte, ok bool, err error) {
	if c == nil || c.fresh {
		return h, nil, false, nil
	}
	h, payload, skipped, err := c.store.LoadCheckpoint(c.ctx, c.key)
	for _, s := range skipped {
		c.prog.Logf("skipping invalid checkpoint %s (moved to corrupt/)", s)
	}
	if errors.Is(err, cache.ErrNotFound) {
		return h, nil, false, nil
	}
	if err != nil {
		return h, nil, false, err
	}
	c.prog.Logf("resuming at %s / %s from the checkpoint saved %s", thousands(h.Step), thousands(h.Total), h.Saved.Local().Format("2006-01-02 15:04:05"))
	return h, payload, true, nil
}

// Due reports whether a checkpoint should be saved after step (counted over
// all of the stage's phases): every Iters steps, or when Every has passed
// since the last save (or the stage's start).
func (c *Checkpoints) Due(step int) bool {
	if c == nil {
		return false
	}
	if c.iters > 0 && step%c.iters == 0 {
		return true
	}
	return c.every > 0 && time.Since(c.last) >= c.every
}

// Save stores a checkpoint durably; the previous one is removed only once
// this one is in place. A failure is logged, not returned.
func (c *Checkpoints) Save(step, total int64, phase string, payload []byte) error {
	if c == nil {
		return nil
	}
	start := time.Now()
	h := cache.CheckpointHeader{Step: step, Total: total, Phase: phase, Saved: start.UTC()}
	if err := c.store.SaveCheckpoint(c.ctx, c.key, c.owner, h, payload); err != nil {
		// A checkpoint is insurance: a full disk or a concurrent gc must
		// not stop the training it insures. The next one is tried later.
		c.last = time.Now()
		if c.ctx.Err() == nil {
			c.prog.Logf("checkpoint at %s / %s failed, training goes on without it: %v", thousands(step), thousands(total), err)
		}
		return nil
	}
	c.last = time.Now()
	c.prog.Logf("checkpoint at %s / %s (%s, written in %s)", thousands(step), thousands(total), sizeString(len(payload)), c.last.Sub(start).Round(time.Millisecond))
	if p, ok := c.store.(interface{ PauseAfter() int64 }); ok && p.PauseAfter() == step {
		<-c.ctx.Done() // test hook (cache.FS.PauseAfterCheckpoint): wait to be killed
	}
	return nil
}

// newCheckpoints sets up a task's checkpoints, or nil when its store
// cannot keep them. With fresh, existing checkpoints are dropped first.
func newCheckpoints(ctx context.Context, t *Task, store cache.Store, prog Progress) (*Checkpoints, error) {
	cs, ok := store.(CheckpointStore)
	if !ok {
		return nil, nil
	}
	c := &Checkpoints{ctx: ctx, store: cs, key: t.Key, prog: prog, every: DefaultCheckpointEvery, fresh: t.Fresh, last: time.Now(),
		owner: cache.CheckpointOwner{Pipeline: t.Graph.Spec.Pipeline.Name, Addr: t.Addr}}
	if t.Options != nil && t.Options.CheckpointEvery > 0 {
		c.every = t.Options.CheckpointEvery
	}
	if r := t.Graph.Stage(t.Addr).Resources; r != nil {
		if r.CheckpointEvery != nil {
			c.every = *r.CheckpointEvery
		}
		c.iters = r.CheckpointIters
	}
	if t.Fresh {
		if err := cs.DropCheckpoints(ctx, t.Key); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// thousands writes n with comma separators: 23,400.
func thousands(n int64) string {
	if n < 0 {
		return "-" + thousands(-n)
	}
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func sizeString(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// Drop removes the stage's checkpoints (one that cannot be resumed).
func (c *Checkpoints) Drop() error {
	if c == nil {
		return nil
	}
	return c.store.DropCheckpoints(c.ctx, c.key)
}
