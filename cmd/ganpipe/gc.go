package main

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"time"

	"github.com/ganpipe/ganpipe/pipeline"
)

func gcCmd() *command {
	c := &command{name: "gc", usage: "[flags] SPEC...", summary: "remove cached results no given spec reaches"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		var dry *bool
		var kr keepRunsFlags
		fs, f, ok, code := c.parseSpec(env, args, func(n int) bool { return n > 0 }, func(fs *flag.FlagSet) {
			dry = fs.Bool("dry-run", false, "list what would be removed, remove nothing")
			kr.register(fs)
		})
		if !ok {
			return code
		}
		keep := map[string]bool{}
		var l *loaded
		for _, path := range fs.Args() {
			var err error
			l, err = f.load(ctx, env, path, false)
			if err != nil {
				return fail(env, err)
			}
			steps, err := pipeline.Plan(ctx, l.graph, l.opts)
			if err != nil {
				return fail(env, err)
			}
			for _, s := range steps {
				if s.Action == pipeline.ActionCached {
					keep[s.Key] = true
				}
			}
		}
		if n, err := kr.addKept(l.cacheDir, time.Now(), keep); err != nil {
			return fail(env, err)
		} else if n > 0 {
			fmt.Fprintf(env.stdout, "keeping what %d recorded run(s) reached\n", n)
		}
		store := l.opts.Store
		ms, err := store.Manifests(ctx)
		if err != nil {
			return fail(env, err)
		}
		keepObj := map[string]bool{}
		var dropKeys []string
		for _, m := range ms {
			if keep[m.Key] {
				for _, o := range m.Outputs {
					keepObj[o.Digest] = true
				}
				continue
			}
			dropKeys = append(dropKeys, m.Key)
			fmt.Fprintf(env.stdout, "result %s  %s\n", m.Key[:12], m.Addr)
		}
		objs, err := store.Objects(ctx)
		if err != nil {
			return fail(env, err)
		}
		var dropObjs []string
		var freed int64
		for _, o := range objs {
			if !keepObj[o.Digest] {
				dropObjs = append(dropObjs, o.Digest)
				freed += o.Size
				fmt.Fprintf(env.stdout, "object %s  %s\n", o.Digest, humanBytes(o.Size))
			}
		}
		sort.Strings(dropKeys)
		verb := "removed"
		if *dry {
			verb = "would remove"
		} else if err := store.Remove(ctx, dropKeys, dropObjs); err != nil {
			return fail(env, err)
		}
		fmt.Fprintf(env.stdout, "%s %d results and %d objects (%s); kept %d results\n", verb, len(dropKeys), len(dropObjs), humanBytes(freed), len(keep))
		return 0
	}
	return c
}
