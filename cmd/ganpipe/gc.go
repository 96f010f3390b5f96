package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/cache"
)

func gcCmd() *command {
	c := &command{name: "gc", usage: "[flags] SPEC...", summary: "remove cached results no given spec reaches"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		var dry *bool
		var kr keepRunsFlags
		fs, f, ok, code := c.parseSpec(env, args, func(n int) bool { return n > 0 }, func(fs *flag.FlagSet) {
			dry = fs.Bool("dry-run", false, "list what would be removed, change nothing")
			kr.register(fs)
		})
		if !ok {
			return code
		}
		reach := cache.Reach{Keys: map[string]bool{}, Pending: map[cache.CheckpointOwner]bool{}}
		var l *loaded
		for _, path := range fs.Args() {
			var err error
			l, err = f.load(ctx, env, path, false)
			if err != nil {
				return fail(env, err)
			}
			// Reachable, not Plan: it verifies no object, so a corrupt one
			// does not make gc drop the valid results downstream of it,
			// and a dry run moves nothing to corrupt/.
			steps, err := pipeline.Reachable(ctx, l.graph, l.opts)
			if err != nil {
				return fail(env, err)
			}
			name := l.graph.Spec.Pipeline.Name
			for _, s := range steps {
				if s.Key != "" {
					reach.Keys[s.Key] = true
					continue
				}
				// The key waits on an input whose manifest is missing or
				// damaged. Recomputing that input reproduces its bytes, and
				// so most likely this stage's last key: keep its last
				// result rather than throw away work that will be reused.
				reach.Pending[cache.CheckpointOwner{Pipeline: name, Addr: s.Addr}] = true
				if k, err := l.fs.Latest(ctx, name, s.Addr); err == nil {
					reach.Keys[k] = true
				}
			}
		}
		if n, err := kr.addKept(l.fs.Dir(), time.Now(), reach.Keys); err != nil {
			return fail(env, err)
		} else if n > 0 {
			fmt.Fprintf(env.stdout, "keeping what %d recorded run(s) reached\n", n)
		}
		rep, err := l.fs.GC(ctx, reach, *dry)
		if rep == nil {
			return fail(env, err)
		}
		counts := map[string]int{}
		for _, g := range rep.Removed {
			counts[g.What]++
			fmt.Fprintf(env.stdout, "%-12s %s%s  %s\n", g.What, short(g), addrSuffix(g.Addr), humanBytes(g.Size))
		}
		for _, g := range rep.Spared {
			fmt.Fprintf(env.stdout, "in use       %s %s%s  %s\n", g.What, short(g), addrSuffix(g.Addr), humanBytes(g.Size))
		}
		for _, r := range rep.Live {
			fmt.Fprintf(env.stdout, "live         pid %d on %s since %s: %s\n", r.PID, r.Host, r.Started.Local().Format(time.TimeOnly), r.Command)
		}
		verb := "removed"
		if *dry {
			verb = "would remove"
		}
		fmt.Fprintf(env.stdout, "%s %d results and %d objects, %d temp, %d checkpoints, %d quarantined, %d other (%s); kept %d results",
			verb, counts["result"], counts["object"], counts["temp"], counts["checkpoint"], counts["quarantined"],
			counts["manifest"]+counts["stamp"]+counts["registration"], humanBytes(rep.Freed()), rep.Kept)
		if len(rep.Spared) > 0 {
			fmt.Fprintf(env.stdout, ", spared %d in use by %d running process(es)", len(rep.Spared), len(rep.Live))
		}
		fmt.Fprintln(env.stdout)
		if err != nil {
			return fail(env, err)
		}
		return 0
	}
	return c
}

// short abbreviates a key or digest for a listing line.
func short(g cache.Garbage) string {
	switch g.What {
	case "result":
		return g.Name[:min(12, len(g.Name))]
	}
	return g.Name
}

func addrSuffix(addr string) string {
	if addr == "" {
		return ""
	}
	return "  " + addr
}
