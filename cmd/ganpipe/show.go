package main

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/pipeline"
)

func showCmd() *command {
	c := &command{name: "show", usage: "[flags] FILE.arrow | SPEC stage.x.output", summary: "describe an artifact: schema, metadata, head, summary statistics"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		var asJSON *bool
		fs, f, ok, code := c.parseSpec(env, args, func(n int) bool { return n == 1 || n == 2 }, func(fs *flag.FlagSet) {
			asJSON = fs.Bool("json", false, "print the summary as JSON")
		})
		if !ok {
			return code
		}
		path := fs.Arg(0)
		if fs.NArg() == 2 {
			p, err := artifactPath(ctx, env, f, fs.Arg(0), fs.Arg(1))
			if err != nil {
				return fail(env, err)
			}
			path = p
		}
		if _, err := os.Stat(path); err != nil {
			return fail(env, err)
		}
		sum, err := artifact.Describe(path)
		if err != nil {
			return fail(env, err)
		}
		if *asJSON {
			return showJSON(env, sum)
		}
		if err := sum.Format(env.stdout); err != nil {
			return fail(env, err)
		}
		return 0
	}
	return c
}

// artifactPath finds the cached file behind stage.x.output (or
// dataset.x.split) of a spec. The stage must be cached.
func artifactPath(ctx context.Context, env *cmdEnv, f *specFlags, specPath, ref string) (string, error) {
	i := strings.LastIndex(ref, ".")
	if i < 0 {
		return "", fmt.Errorf("%q is not stage.NAME.OUTPUT", ref)
	}
	addr, output := ref[:i], ref[i+1:]
	l, err := f.load(ctx, env, specPath, false)
	if err != nil {
		return "", err
	}
	if l.graph.Stage(addr) == nil {
		_, err := l.graph.Match(addr)
		if err == nil {
			err = fmt.Errorf("%s has for_each cells; name one, e.g. %s[\"key\"].%s", addr, addr, output)
		}
		return "", err
	}
	l.opts.Targets = []string{addr}
	steps, err := pipeline.Plan(ctx, l.graph, l.opts)
	if err != nil {
		return "", err
	}
	for _, s := range steps {
		if s.Addr != addr {
			continue
		}
		if s.Action != pipeline.ActionCached {
			return "", fmt.Errorf("%s is not in the cache (%s); run the spec first", addr, s.Reasons[0])
		}
		m, err := l.opts.Store.Get(ctx, s.Key)
		if err != nil {
			return "", err
		}
		obj, ok := m.Outputs[output]
		if !ok {
			var names []string
			for n := range m.Outputs {
				names = append(names, n)
			}
			return "", fmt.Errorf("%s has no output %q (outputs: %s)", addr, output, strings.Join(names, ", "))
		}
		return l.opts.Store.Path(ctx, obj)
	}
	return "", fmt.Errorf("%s not planned", addr)
}

// showJSON prints a summary as JSON. A column without finite values has
// infinite or NaN statistics, which JSON cannot hold: they print as null.
func showJSON(env *cmdEnv, sum *artifact.Summary) int {
	type stat struct {
		artifact.Stat
		Min  *float64 `json:"min"`
		Mean *float64 `json:"mean"`
		Max  *float64 `json:"max"`
	}
	finite := func(v float64) *float64 {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil
		}
		return &v
	}
	out := struct {
		*artifact.Summary
		Stats []stat `json:"stats"`
	}{Summary: sum, Stats: []stat{}}
	for _, st := range sum.Stats {
		out.Stats = append(out.Stats, stat{Stat: st, Min: finite(st.Min), Mean: finite(st.Mean), Max: finite(st.Max)})
	}
	return writeJSON(env, out)
}
