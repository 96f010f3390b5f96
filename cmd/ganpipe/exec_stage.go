package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/pipeline/progress"
	"github.com/ganpipe/ganpipe/pipeline/slurm"
)

// execStageCmd is the internal command a Slurm job runs: compute exactly one
// stage, whose inputs must already be cached, against the shared cache. Its
// stderr is the job's log. It has no summary, so `ganpipe help` does not
// list it.
func execStageCmd() *command {
	c := &command{name: "exec-stage", usage: "[spec flags] -key KEY SPEC ADDR"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs := newFlagSet(env, c)
		var f specFlags
		f.register(fs)
		key := fs.String("key", "", "cache key the controller computed for the stage; the stage runs only if it is still the key")
		force := fs.Bool("force", false, "recompute even if the key is cached (-force of the controller)")
		fresh := fs.Bool("fresh", false, "ignore the stage's in-stage checkpoint (-fresh of the controller)")
		every := fs.Duration("checkpoint-every", 0, "the controller's -checkpoint-every")
		split := fs.Int("gemm-split", 0, "SGEMM blocks, the controller's (part of the key; 0: as this machine would pick)")
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		if *split > 0 {
			blas.UseSplit(runtime.NumCPU(), *split)
		}
		if fs.NArg() != 2 || *key == "" {
			return usageError(fs, c, "want -key KEY, SPEC and ADDR")
		}
		if err := execStage(ctx, env, &f, fs.Arg(0), fs.Arg(1), *key, *force, *fresh, *every); err != nil {
			return fail(env, err)
		}
		return 0
	}
	return c
}

func execStage(ctx context.Context, env *cmdEnv, f *specFlags, specPath, addr, key string, force, fresh bool, every time.Duration) error {
	start := time.Now()
	host, _ := os.Hostname()
	// The start time, to the microsecond, lets overhead be measured from the
	// ledger's submission time.
	fmt.Fprintf(env.stderr, "ganpipe exec-stage %s key %s on %s (slurm job %s) started %s\n",
		addr, key, host, firstNonEmpty(env.getenv("SLURM_JOB_ID"), "-"), start.UTC().Format(time.RFC3339Nano))
	if err := checkNotCancelled(ctx, env); err != nil {
		return err
	}
	l, err := f.load(ctx, env, specPath, false)
	if err != nil {
		return err
	}
	end, err := l.live(ctx, "exec-stage "+addr)
	if err != nil {
		return err
	}
	defer end()
	l.opts.CheckpointEvery = every
	g, store := l.graph, l.opts.Store
	if g.Stage(addr) == nil {
		return fmt.Errorf("%s: no such stage in %s", addr, specPath)
	}
	// Plan the stage and what it needs: every input must be cached, and the
	// stage's key recomputed here must be the one the controller submitted.
	l.opts.Targets = []string{addr}
	steps, err := pipeline.Plan(ctx, g, l.opts)
	if err != nil {
		return err
	}
	byAddr := map[string]*pipeline.Step{}
	for _, s := range steps {
		byAddr[s.Addr] = s
		if s.Addr != addr && s.Action != pipeline.ActionCached {
			return fmt.Errorf("%s: input %s is not in the cache (%s)", addr, s.Addr, joinReasons(s.Reasons))
		}
	}
	self := byAddr[addr]
	if self == nil || self.Key == "" {
		return fmt.Errorf("%s: could not compute its key", addr)
	}
	if self.Key != key {
		return fmt.Errorf("%s: key here is %s, the controller submitted %s: the spec, its variables, the data or ganpipe changed since submission; refusing to run", addr, self.Key, key)
	}
	upstream := map[string]*cache.Manifest{}
	for _, d := range g.Deps(addr) {
		m, err := store.Get(ctx, byAddr[d].Key)
		if err != nil {
			return fmt.Errorf("%s: input %s: %w", addr, d, err)
		}
		upstream[d] = m
	}
	rep := &progress.Lines{W: env.stderr, Every: 10 * time.Second}
	t := &pipeline.Task{
		Graph: g, Addr: addr, Key: key, Record: self.Record,
		Seed: pipeline.DeriveSeed(g.Spec.Pipeline.Seed, pipeline.KeyAddr(g.Stage(addr))), Upstream: upstream,
		Progress: rep.Started(addr, ""), Options: l.opts, Fresh: fresh,
	}
	computed, err := pipeline.Compute(ctx, t, force)
	if err != nil {
		rep.Finished(pipeline.Event{Addr: addr, Status: pipeline.StatusFailed, Detail: err.Error(), Took: time.Since(start)})
		return fmt.Errorf("%s: %w", addr, err)
	}
	// Success is the manifest, whatever Compute said.
	if _, err := store.Get(ctx, key); err != nil {
		return fmt.Errorf("%s: no manifest after computing: %w", addr, err)
	}
	status := pipeline.StatusRan
	if !computed {
		status = pipeline.StatusCached
	}
	rep.Finished(pipeline.Event{Addr: addr, Status: status, Took: time.Since(start)})
	return nil
}

func joinReasons(r []string) string {
	if len(r) == 0 {
		return "will be recomputed"
	}
	s := r[0]
	for _, x := range r[1:] {
		s += "; " + x
	}
	return s
}

// checkNotCancelled refuses to start a job Slurm has already cancelled.
// scancel during a job's launch can mark it CANCELLED and yet let its script
// start with no signal ever reaching it (seen with Slurm 22.05 on the test
// cluster: the stage then ran to the end after Ctrl-C). A failed query is
// only logged: it must not fail a stage on a cluster where squeue is
// unavailable on the nodes.
func checkNotCancelled(ctx context.Context, env *cmdEnv) error {
	id := env.getenv("SLURM_JOB_ID")
	if id == "" {
		return nil
	}
	qctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	st, ok, err := slurm.Query(qctx, nil, id)
	if err != nil {
		fmt.Fprintf(env.stderr, "warning: could not check the job's state: %v\n", err)
		return nil
	}
	if !ok {
		return nil
	}
	fmt.Fprintf(env.stderr, "slurm job %s is %s\n", id, st.State)
	// A job running its own script is RUNNING; COMPLETING (or any end
	// state) means it was ended while being launched.
	if st.State == "COMPLETING" || slurm.Classify(st.State) != slurm.Active {
		return fmt.Errorf("slurm job %s is %s before the stage started; not running it", id, st.State)
	}
	return nil
}
