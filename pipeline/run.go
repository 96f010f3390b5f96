package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ganpipe/ganpipe/pipeline/cache"
)

// Executor computes one stage whose result is not in the cache and commits
// it to the store. Local runs it in this process; a cluster executor submits
// a job that runs `ganpipe exec-stage`.
type Executor interface {
	Execute(ctx context.Context, t *Task) error
}

// Task is a stage ready to compute: its inputs are all in the store.
type Task struct {
	Graph    *Graph
	Addr     string
	Key      string
	Record   []byte
	Seed     int64
	Upstream map[string]*cache.Manifest // manifests of the stages it reads
	Progress Progress
	Options  *Options
	// Force: recompute even if a result for Key exists (-force).
	Force bool
	// Fresh: start from scratch, ignoring (and dropping) the key's
	// in-stage checkpoints (-fresh).
	Fresh bool
	// Reused is set by the executor when another process computed the same
	// key while this one waited for its lock: the stage counts as cached.
	Reused bool
}

// StageResult is what became of one stage.
type StageResult struct {
	Addr   string
	Status Status
	Key    string
	Took   time.Duration
	Err    error
}

// Result is the outcome of a run, in topological order.
type Result struct {
	Stages []*StageResult
}

// Failed reports whether any stage failed or was skipped.
func (r *Result) Failed() bool {
	for _, s := range r.Stages {
		if s.Status != StatusCached && s.Status != StatusRan {
			return true
		}
	}
	return false
}

// Run brings every targeted stage up to date: cached stages are verified and
// reused, the rest computed by the executor as soon as their inputs exist,
// up to o.Jobs at a time. A failing stage fails the stages that read from it;
// independent branches still finish. The error is non-nil only for problems
// of the run itself; stage failures are in the Result.
func Run(ctx context.Context, g *Graph, o *Options) (*Result, error) {
	addrs, err := g.Closure(o.Targets)
	if err != nil {
		return nil, err
	}
	forced, err := g.forcedSet(o.Force)
	if err != nil {
		return nil, err
	}
	fresh, err := g.forcedSet(o.Fresh)
	if err != nil {
		return nil, err
	}
	exec := o.Executor
	if exec == nil {
		exec = Local{}
	}
	type node struct {
		res  *StageResult
		man  *cache.Manifest
		done chan struct{}
	}
	nodes := map[string]*node{}
	res := &Result{}
	for _, a := range addrs {
		n := &node{res: &StageResult{Addr: a}, done: make(chan struct{})}
		nodes[a] = n
		res.Stages = append(res.Stages, n.res)
	}
	sem := make(chan struct{}, o.jobs())
	var wg sync.WaitGroup
	for _, a := range addrs {
		wg.Add(1)
		go func(addr string, n *node) {
			defer wg.Done()
			defer close(n.done)
			upstream := map[string]*cache.Manifest{}
			for _, d := range g.Deps(addr) {
				dn := nodes[d]
				<-dn.done
				if dn.res.Status != StatusCached && dn.res.Status != StatusRan {
					n.res.Status = StatusSkipped
					n.res.Err = fmt.Errorf("input %s %s", d, dn.res.Status)
					o.report(Event{Addr: addr, Status: StatusSkipped, Detail: n.res.Err.Error()})
					return
				}
				upstream[d] = dn.man
			}
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				n.res.Status, n.res.Err = StatusSkipped, ctx.Err()
				o.report(Event{Addr: addr, Status: StatusSkipped, Detail: "interrupted"})
				return
			}
			defer func() { <-sem }()
			start := time.Now()
			man, status, err := runStage(ctx, g, addr, upstream, forced[addr], fresh, exec, o)
			if status == StatusFailed && ctx.Err() != nil {
				status = StatusInterrupted
			}
			n.man = man
			n.res.Status, n.res.Err, n.res.Took = status, err, time.Since(start)
			if man != nil {
				n.res.Key = man.Key
			}
			detail := ""
			if err != nil {
				detail = err.Error()
			}
			o.report(Event{Addr: addr, Status: status, Detail: detail, Took: n.res.Took})
		}(a, nodes[a])
	}
	wg.Wait()
	return res, nil
}

func (o *Options) report(ev Event) {
	if o.Reporter != nil {
		o.Reporter.Finished(ev)
	}
}

func (o *Options) progress(addr, detail string) Progress {
	if o.Reporter == nil {
		return NopProgress{}
	}
	return o.Reporter.Started(addr, detail)
}

// runStage resolves one stage and computes it unless a usable result is
// cached. It returns the manifest the stage's readers should use.
func runStage(ctx context.Context, g *Graph, addr string, upstream map[string]*cache.Manifest, force bool, fresh map[string]bool, exec Executor, o *Options) (*cache.Manifest, Status, error) {
	r, err := resolve(ctx, g, addr, upstream, o)
	if err != nil {
		return nil, StatusFailed, err
	}
	if r.Manifest != nil && !force {
		if err := publish(ctx, g, addr, r.Manifest, upstream, o); err != nil {
			return nil, StatusFailed, err
		}
		return r.Manifest, StatusCached, nil
	}
	detail := ""
	if r.Stale != "" {
		detail = "recomputing: " + r.Stale
	}
	t := &Task{Graph: g, Addr: addr, Key: r.Key, Record: r.Record, Seed: r.Seed, Upstream: upstream, Options: o, Force: force, Fresh: fresh[addr]}
	t.Progress = o.progress(addr, detail)
	if err := exec.Execute(ctx, t); err != nil {
		return nil, StatusFailed, err
	}
	status := StatusRan
	if t.Reused {
		status = StatusCached
	}
	m, err := o.Store.Get(ctx, r.Key)
	if err != nil {
		return nil, StatusFailed, fmt.Errorf("after computing: %w", err)
	}
	if err := publish(ctx, g, addr, m, upstream, o); err != nil {
		return nil, StatusFailed, err
	}
	return m, status, nil
}

// Local computes stages in this process.
type Local struct{}

// Execute implements Executor.
func (Local) Execute(ctx context.Context, t *Task) error {
	computed, err := Compute(ctx, t, t.Force)
	t.Reused = err == nil && !computed
	return err
}

// Compute runs a task's stage under the key's lock and commits its outputs.
// If another process finished the same key while this one waited for the
// lock, its result is used (computed reports false) unless force is set.
func Compute(ctx context.Context, t *Task, force bool) (computed bool, err error) {
	o := t.Options
	store := o.Store
	unlock, err := store.Lock(ctx, t.Key)
	if err != nil {
		return false, err
	}
	defer unlock()
	if !force {
		if m, err := store.Get(ctx, t.Key); err == nil {
			kind := o.Kinds[t.Graph.Stage(t.Addr).Kind]
			if checkOutputs(ctx, store, m, kind.Outputs()) == "" {
				return false, nil
			}
		} else if !errors.Is(err, cache.ErrNotFound) && !errors.Is(err, cache.ErrCorrupt) {
			// A corrupt manifest (already quarantined by a live store) is
			// replaced by the one this computation writes.
			return false, err
		}
	}
	st := t.Graph.Stage(t.Addr)
	kind := o.Kinds[st.Kind]
	inputs, err := inputPaths(ctx, st, t.Upstream, store)
	if err != nil {
		return false, err
	}
	dir, err := store.TempDir()
	if err != nil {
		return false, err
	}
	defer removeAll(dir)
	job := &Job{
		Stage: st, Pipeline: t.Graph.Spec.Pipeline.Name, Seed: t.Seed, Env: o.Env,
		Progress: t.Progress, inputs: inputs, outputs: newOutputs(dir, kind.Outputs()),
	}
	if job.Progress == nil {
		job.Progress = NopProgress{}
	}
	if job.Checkpoints, err = newCheckpoints(ctx, t, store, job.Progress); err != nil {
		return false, err
	}
	start := time.Now()
	if err := runKind(ctx, kind, job); err != nil {
		return false, err
	}
	if err := ctx.Err(); err != nil {
		return false, err // cancelled after the stage returned: keep nothing
	}
	took := time.Since(start)
	m := &cache.Manifest{
		Key: t.Key, Record: t.Record, Addr: t.Addr, Duration: took.Seconds(),
		Host: hostname(), Finished: time.Now().UTC(),
	}
	if err := store.Put(ctx, m, job.outputs); err != nil {
		return false, fmt.Errorf("storing results: %w", err)
	}
	// The result is durable: its checkpoints have served. Failing to drop
	// them costs only space, which gc reclaims.
	if cs, ok := store.(CheckpointStore); ok {
		_ = cs.DropCheckpoints(ctx, t.Key)
	}
	if err := store.SetLatest(ctx, job.Pipeline, t.Addr, t.Key); err != nil {
		return false, err
	}
	return true, nil
}

// runKind runs a stage, turning a panic in stage code into an error so one
// broken stage cannot take down a whole sweep.
func runKind(ctx context.Context, kind Kind, job *Job) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("stage panicked: %v", p)
		}
	}()
	return kind.Run(ctx, job)
}

// publish lets a Publisher kind copy its outputs out of the cache.
func publish(ctx context.Context, g *Graph, addr string, m *cache.Manifest, upstream map[string]*cache.Manifest, o *Options) error {
	st := g.Stage(addr)
	kind := o.Kinds[st.Kind]
	p, ok := kind.(Publisher)
	if !ok {
		return nil
	}
	outs := map[string]string{}
	for name, obj := range m.Outputs {
		path, err := o.Store.Path(ctx, obj)
		if err != nil {
			return err
		}
		outs[name] = path
	}
	inputs, err := inputPaths(ctx, st, upstream, o.Store)
	if err != nil {
		return err
	}
	job := &Job{Stage: st, Pipeline: g.Spec.Pipeline.Name, Env: o.Env, Progress: NopProgress{}, inputs: inputs, outputs: outs}
	return p.Publish(ctx, job)
}
