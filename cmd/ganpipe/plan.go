package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/slurm"
)

func planCmd() *command {
	c := &command{name: "plan", usage: "[flags] SPEC", summary: "show which stages are cached and which would run, and why"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		var sel selectFlags
		var ex executorFlags
		var detailed *bool
		fs, f, ok, code := c.parseSpec(env, args, exactly(1), func(fs *flag.FlagSet) {
			sel.register(fs)
			ex.register(fs)
			detailed = fs.Bool("detailed-exitcode", false, "exit 0 when nothing would run, 2 when something would, 1 on error")
		})
		if !ok {
			return code
		}
		l, err := f.load(ctx, env, fs.Arg(0), false)
		if err != nil {
			return fail(env, err)
		}
		sel.apply(l.opts)
		if err := ex.apply(env, fs.Arg(0), f, l.opts); err != nil {
			return fail(env, err)
		}
		steps, err := pipeline.Plan(ctx, l.graph, l.opts)
		if err != nil {
			return fail(env, err)
		}
		n := printPlan(env, steps)
		if se, ok := l.opts.Executor.(*slurm.Executor); ok && n > 0 {
			fmt.Fprintln(env.stdout, "\nWould submit (a stage whose key is not known yet is submitted once its inputs exist):")
			for _, s := range steps {
				if s.Action == pipeline.ActionRun {
					key := s.Key
					if key == "" {
						key = "<key>"
					}
					fmt.Fprintf(env.stdout, "  %s: %s\n", s.Addr, se.Preview(l.graph.Stage(s.Addr), key))
				}
			}
		}
		if *detailed && n > 0 {
			return 2
		}
		return 0
	}
	return c
}

// printPlan prints one line per stage and returns how many would run.
func printPlan(env *cmdEnv, steps []*pipeline.Step) int {
	width := 0
	for _, s := range steps {
		width = max(width, len(s.Addr))
	}
	run := 0
	for _, s := range steps {
		if s.Action == pipeline.ActionCached {
			fmt.Fprintf(env.stdout, "  %-*s  cached\n", width, s.Addr)
			continue
		}
		run++
		fmt.Fprintf(env.stdout, "+ %-*s  run: %s\n", width, s.Addr, s.Reasons[0])
		for _, r := range s.Reasons[1:] {
			fmt.Fprintf(env.stdout, "  %-*s       %s\n", width, "", r)
		}
	}
	fmt.Fprintf(env.stdout, "\n%d to run, %d cached.\n", run, len(steps)-run)
	return run
}

// selectFlags pick part of a pipeline.
type selectFlags struct {
	targets, force, fresh listFlag
	jobs                  int
	checkpointEvery       time.Duration
}

func (s *selectFlags) register(fs *flag.FlagSet) {
	fs.Var(&s.targets, "target", "only this stage and what it needs (repeatable; stage.x or stage.x[\"key\"])")
	fs.Var(&s.force, "force", "recompute this stage even if cached (repeatable)")
	fs.Var(&s.fresh, "fresh", "train this stage from scratch, ignoring its in-stage checkpoint (repeatable)")
	fs.DurationVar(&s.checkpointEvery, "checkpoint-every", 0, "save training stages' state this often unless their resources block says otherwise (default 5m)")
	fs.IntVar(&s.jobs, "j", 0, "stages to run at once (default: number of cores)")
}

func (s *selectFlags) apply(o *pipeline.Options) {
	o.Targets = s.targets
	o.Force = s.force
	o.Fresh = s.fresh
	o.CheckpointEvery = s.checkpointEvery
	o.Jobs = s.jobs
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+prefix)
}
