package main

import (
	"context"
	"fmt"

	"github.com/ganpipe/ganpipe/pipeline"
)

func explainCmd() *command {
	c := &command{name: "explain", usage: "[flags] SPEC stage.x", summary: "print a stage's cache-key record field by field"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs, f, ok, code := c.parseSpec(env, args, exactly(2), nil)
		if !ok {
			return code
		}
		l, err := f.load(ctx, env, fs.Arg(0), false)
		if err != nil {
			return fail(env, err)
		}
		addrs, err := l.graph.Match(fs.Arg(1))
		if err != nil {
			return fail(env, err)
		}
		l.opts.Targets = addrs
		steps, err := pipeline.Plan(ctx, l.graph, l.opts)
		if err != nil {
			return fail(env, err)
		}
		for _, s := range steps {
			if !contains(addrs, s.Addr) {
				continue
			}
			fmt.Fprintf(env.stdout, "%s (declared at %s)\n", s.Addr, stageLocation(l.graph, s.Addr))
			if s.Key == "" {
				fmt.Fprintf(env.stdout, "  key: not known yet: %s\n", s.Reasons[0])
				continue
			}
			fmt.Fprintf(env.stdout, "  key: %s (%s)\n", s.Key, s.Action)
			fields, err := pipeline.FlattenRecord(s.Record)
			if err != nil {
				return fail(env, err)
			}
			for _, kv := range fields {
				fmt.Fprintf(env.stdout, "  %-32s %s\n", kv[0], kv[1])
			}
			if s.Action == pipeline.ActionRun {
				for _, r := range s.Reasons {
					fmt.Fprintf(env.stdout, "  would run: %s\n", r)
				}
			}
		}
		return 0
	}
	return c
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
