package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
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
		var detailed, asJSON *bool
		fs, f, ok, code := c.parseSpec(env, args, exactly(1), func(fs *flag.FlagSet) {
			sel.register(fs)
			ex.register(fs)
			detailed = fs.Bool("detailed-exitcode", false, "exit 0 when nothing would run, 2 when something would, 1 on error")
			asJSON = fs.Bool("json", false, `print JSON: [{"addr","action","key","reasons"}]`)
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
		if *asJSON {
			return planJSON(env, steps, *detailed)
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

// planJSON prints the plan as JSON; the exit code is plan's.
func planJSON(env *cmdEnv, steps []*pipeline.Step, detailed bool) int {
	type step struct {
		Addr    string   `json:"addr"`
		Action  string   `json:"action"`
		Key     string   `json:"key,omitempty"`
		Reasons []string `json:"reasons,omitempty"`
	}
	out := make([]step, 0, len(steps))
	run := 0
	for _, s := range steps {
		out = append(out, step{Addr: s.Addr, Action: string(s.Action), Key: s.Key, Reasons: s.Reasons})
		if s.Action != pipeline.ActionCached {
			run++
		}
	}
	if code := writeJSON(env, out); code != 0 {
		return code
	}
	if detailed && run > 0 {
		return 2
	}
	return 0
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
	fs.Var((*jobsFlag)(&s.jobs), "j", "stages to run at once, at least 1 (default: number of cores)")
}

// jobsFlag is -j: a count of at least 1. 0 inside means "not given" (the
// number of cores), which -j 0 must not be mistaken for.
type jobsFlag int

func (j *jobsFlag) String() string { return strconv.Itoa(int(*j)) }
func (j *jobsFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("want a whole number")
	}
	if n < 1 {
		return fmt.Errorf("%d stages at once would run nothing; want at least 1", n)
	}
	*j = jobsFlag(n)
	return nil
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
