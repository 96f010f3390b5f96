package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/progress"
)

func runCmd() *command {
	c := &command{name: "run", usage: "[flags] SPEC", summary: "run a spec: compute what is not cached"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		var sel selectFlags
		var ex executorFlags
		fs, f, ok, code := c.parseSpec(env, args, exactly(1), func(fs *flag.FlagSet) {
			sel.register(fs)
			ex.register(fs)
		})
		if !ok {
			return code
		}
		start := time.Now()
		l, err := f.load(ctx, env, fs.Arg(0), false)
		if err != nil {
			return fail(env, err)
		}
		end, err := l.live(ctx, "run "+fs.Arg(0))
		if err != nil {
			return fail(env, err)
		}
		defer end()
		sel.apply(l.opts)
		if err := ex.apply(env, fs.Arg(0), f, l.opts); err != nil {
			return fail(env, err)
		}
		l.opts.Reporter = progress.New(env.stderr)
		rec := startRecord(l, fs.Arg(0), args, start)
		l.opts.Env.Run = rec.ID
		res, err := pipeline.Run(ctx, l.graph, l.opts)
		if err != nil {
			return fail(env, err)
		}
		printSummary(env, l.graph, res, time.Since(start))
		if err := finishRecord(ctx, env, l, rec, res, start); err != nil {
			fmt.Fprintf(env.stderr, "ganpipe: recording run %s: %v\n", rec.ID, err)
		}
		if res.Failed() {
			return 1
		}
		return 0
	}
	return c
}

// printSummary prints the run's table and, for each failure, its spec location.
func printSummary(env *cmdEnv, g *pipeline.Graph, res *pipeline.Result, took time.Duration) {
	width := len("stage")
	for _, s := range res.Stages {
		width = max(width, len(s.Addr))
	}
	fmt.Fprintf(env.stdout, "\n%-*s  %-8s  %10s\n", width, "stage", "status", "time")
	counts := map[pipeline.Status]int{}
	for _, s := range res.Stages {
		counts[s.Status]++
		t := ""
		if s.Status == pipeline.StatusRan {
			t = s.Took.Round(time.Millisecond).String()
		}
		fmt.Fprintf(env.stdout, "%-*s  %-8s  %10s\n", width, s.Addr, s.Status, t)
	}
	fmt.Fprintf(env.stdout, "\n%d computed, %d cached, %d failed, %d skipped in %s\n",
		counts[pipeline.StatusRan], counts[pipeline.StatusCached], counts[pipeline.StatusFailed],
		counts[pipeline.StatusSkipped], took.Round(time.Millisecond))
	if n := counts[pipeline.StatusInterrupted]; n > 0 {
		fmt.Fprintf(env.stdout, "interrupted: %d stage(s) stopped, nothing of them cached\n", n)
	}
	for _, s := range res.Stages {
		if s.Status == pipeline.StatusFailed {
			fmt.Fprintf(env.stderr, "Error: %s (declared at %s) failed: %v\n", s.Addr, stageLocation(g, s.Addr), s.Err)
		}
	}
}
