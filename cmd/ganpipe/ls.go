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
		ms, bad, err := store.Scan(ctx)
		if err != nil {
			return fail(env, err)
		}
		// A damaged manifest is reported, not fatal: the run that needs
		// it recomputes the stage.
		for _, b := range bad {
			fmt.Fprintf(env.stderr, "ganpipe: unreadable manifest actions/%s.json (%s), its stage will be recomputed: %v\n", b.Key, humanBytes(b.Size), b.Err)
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
		left, err := store.Leftovers(ctx)
		if err != nil {
			return fail(env, err)
		}
		printLeftovers(env, left)
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

// printLeftovers lists what is not a result but takes space: in-progress
// checkpoints (what a rerun resumes from), temp files (of running or killed
// processes) and quarantined files (gc removes the last two when stale).
func printLeftovers(env *cmdEnv, l *cache.Leftovers) {
	var ckSize int64
	for _, c := range l.Checkpoints {
		ckSize += c.Size
		where := "unreadable"
		if c.Header.Total > 0 {
			where = fmt.Sprintf("%s / %s (%s)", thousands(c.Header.Step), thousands(c.Header.Total), c.Header.Phase)
		}
		fmt.Fprintf(env.stdout, "%s  %-28s %9s  checkpoint at %s, saved %s\n", c.Key[:min(12, len(c.Key))], c.Owner.Addr,
			humanBytes(c.Size), where, c.Header.Saved.Local().Format("2006-01-02 15:04:05"))
	}
	if len(l.Checkpoints) > 0 {
		fmt.Fprintf(env.stdout, "%d in-progress checkpoints, %s\n", len(l.Checkpoints), humanBytes(ckSize))
	}
	for _, group := range []struct {
		what  string
		items []cache.Garbage
	}{{"temp files", l.Temp}, {"quarantined files", l.Quarantined}} {
		if len(group.items) == 0 {
			continue
		}
		var size int64
		for _, g := range group.items {
			size += g.Size
			fmt.Fprintf(env.stdout, "  %s  %s\n", g.Name, humanBytes(g.Size))
		}
		fmt.Fprintf(env.stdout, "%d %s, %s (gc removes those no live process uses)\n", len(group.items), group.what, humanBytes(size))
	}
}

// thousands writes n with comma separators: 23,400.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
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
