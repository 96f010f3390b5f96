package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ganpipe/ganpipe/pipeline/baseline"
	"github.com/ganpipe/ganpipe/speclang"
)

// spreadCmd records in a baseline how much each figure moves when nothing
// is wrong: across seeds and BLAS kernel sets. Its input is the figures of
// other runs of the same spec, each written by `check -update` to its own
// file (scripts/ci-spread.sh runs the settings).
func spreadCmd() *command {
	c := &command{name: "spread", usage: "[flags] -baseline FILE RUN.hcl...",
		summary: "record each figure's spread over other runs (seeds, BLAS kernels) in a baseline"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs := newFlagSet(env, c)
		basePath := fs.String("baseline", "", "baseline file to update (its values and results are kept)")
		table := fs.String("table", "", "also write the spread table (Markdown) to this file")
		defaults := fs.Bool("defaults", false, "reset every figure's tolerance to the documented default (ganpipe help check) first")
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		if fs.NArg() < 1 || *basePath == "" {
			return usageError(fs, c, "want -baseline FILE and at least one RUN.hcl")
		}
		base, diags := baseline.Load(*basePath)
		if diags.HasErrors() {
			_ = speclang.WriteDiagnostics(env.stderr, base.Files, diags)
			return 2
		}
		var runs []baseline.Run
		for _, p := range fs.Args() {
			r, diags := baseline.Load(p)
			if diags.HasErrors() {
				_ = speclang.WriteDiagnostics(env.stderr, r.Files, diags)
				return 2
			}
			figs := map[string]float64{}
			for n, e := range r.Entries {
				figs[n] = e.Value
			}
			runs = append(runs, baseline.Run{Label: runLabel(p, r.Fingerprint), Figures: figs})
		}
		if *defaults {
			base.ResetTolerances()
		}
		base.SetSpread(runs)
		if err := base.Save(); err != nil {
			return fail(env, err)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "Runs (%d):\n\n", len(runs))
		for _, r := range runs {
			fmt.Fprintf(&b, "- %s\n", r.Label)
		}
		b.WriteString("\n")
		baseline.WriteSpreadTable(&b, base, runs)
		if *table != "" {
			if err := os.WriteFile(*table, []byte(b.String()), 0o644); err != nil {
				return fail(env, err)
			}
		}
		fmt.Fprint(env.stdout, b.String())
		fmt.Fprintf(env.stdout, "\nbaseline %s: spread of %d figures over %d runs recorded\n", *basePath, len(base.Entries), len(runs))
		return 0
	}
	return c
}

// runLabel names a spread run by its folder (scripts/ci-spread.sh writes
// figs/<setting>-<seed>/<spec>.hcl) and its BLAS fingerprint.
func runLabel(path, fingerprint string) string {
	return fmt.Sprintf("%s (%s)", filepath.Base(filepath.Dir(path)), fingerprint)
}
