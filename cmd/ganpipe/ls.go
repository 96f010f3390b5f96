package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/ganpipe/ganpipe/pipeline/cache"
)

func lsCmd() *command {
	c := &command{name: "ls", usage: "[-cache DIR]", summary: "list cached results"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs := newFlagSet(env, c)
		cacheDir := fs.String("cache", "", "cache directory (default $GANPIPE_CACHE or .ganpipe/cache)")
		asJSON := fs.Bool("json", false, "print the manifests as JSON (key, addr, outputs, duration, host, finished)")
		digests := fs.Bool("digests", false, "print each output's digest instead of sizes and times, sorted by stage (to compare caches)")
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		store, err := openStore(env, *cacheDir)
		if err != nil {
			return fail(env, err)
		}
		ms, err := store.Manifests(ctx)
		if err != nil {
			return fail(env, err)
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].Finished.Before(ms[j].Finished) })
		if *asJSON {
			return lsJSON(env, ms)
		}
		if *digests {
			printDigests(env, ms)
			return 0
		}
		var total int64
		for _, m := range ms {
			var size int64
			var outs []string
			for name, o := range m.Outputs {
				size += o.Size
				outs = append(outs, name)
			}
			sort.Strings(outs)
			total += size
			fmt.Fprintf(env.stdout, "%s  %-28s %9s  %8.1fs  %s  %s\n", m.Key[:12], m.Addr, humanBytes(size),
				m.Duration, m.Finished.Local().Format("2006-01-02 15:04"), strings.Join(outs, ","))
		}
		fmt.Fprintf(env.stdout, "%d results, %s\n", len(ms), humanBytes(total))
		return 0
	}
	return c
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%dB", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f%ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

// printDigests prints stage, key and output digests in a stable order, so
// two caches filled by different runs can be compared with cmp.
func printDigests(env *cmdEnv, ms []*cache.Manifest) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].Addr+ms[i].Key < ms[j].Addr+ms[j].Key })
	for _, m := range ms {
		outs := make([]string, 0, len(m.Outputs))
		for name := range m.Outputs {
			outs = append(outs, name)
		}
		sort.Strings(outs)
		for _, name := range outs {
			fmt.Fprintf(env.stdout, "%s %s %s %s\n", m.Addr, m.Key, name, m.Outputs[name].Digest)
		}
	}
}

// lsJSON prints the manifests without their key records (explain shows
// those), oldest first.
func lsJSON(env *cmdEnv, ms []*cache.Manifest) int {
	out := make([]cache.Manifest, 0, len(ms))
	for _, m := range ms {
		c := *m
		c.Record = nil
		out = append(out, c)
	}
	return writeJSON(env, out)
}
