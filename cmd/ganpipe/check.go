package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/baseline"
	"github.com/ganpipe/ganpipe/pipeline/progress"
	"github.com/ganpipe/ganpipe/speclang"
)

func checkCmd() *command {
	c := &command{name: "check", usage: "[flags] -baseline FILE SPEC",
		summary: "CI regression check: run a spec, compare its metrics and timings with a baseline"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs := newFlagSet(env, c)
		var f specFlags
		var sel selectFlags
		f.register(fs)
		sel.register(fs)
		basePath := fs.String("baseline", "", "baseline file (HCL), committed beside the spec")
		update := fs.Bool("update", false, "rewrite the baseline with this run's figures (keeping tolerances)")
		asJSON := fs.Bool("json", false, "print the comparison as JSON instead of the table")
		timings := fs.String("timings", "gate", "gate: a stage slower than its time.* tolerance fails the check; report: it is listed, and only the other figures can fail")
		fs.Usage = func() {
			fmt.Fprintf(env.stdout, "usage: ganpipe check %s\n\n%s\nExit 0: every figure holds; 1: a regression; 2: an error.\n\n%s\n\nflags:\n",
				c.usage, c.summary, baseline.DefaultsDoc)
			fs.SetOutput(env.stdout)
			fs.PrintDefaults()
			fs.SetOutput(env.stderr)
		}
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		if fs.NArg() != 1 || *basePath == "" {
			return usageError(fs, c, "want -baseline FILE and one SPEC")
		}
		if *timings != "gate" && *timings != "report" {
			fmt.Fprintf(env.stderr, "ganpipe check: -timings must be gate or report, not %q\n", *timings)
			return 2
		}
		var base *baseline.File
		if !*update {
			b, diags := baseline.Load(*basePath)
			if diags.HasErrors() {
				_ = speclang.WriteDiagnostics(env.stderr, b.Files, diags)
				return 2
			}
			base = b
		}
		start := time.Now()
		l, err := f.load(ctx, env, fs.Arg(0), false)
		if err != nil {
			fail(env, err)
			return 2
		}
		end, err := l.live(ctx, "check "+fs.Arg(0))
		if err != nil {
			fail(env, err)
			return 2
		}
		defer end()
		sel.apply(l.opts)
		l.opts.Reporter = progress.New(env.stderr)
		res, err := pipeline.Run(ctx, l.graph, l.opts)
		if err != nil {
			fail(env, err)
			return 2
		}
		printSummary(env, l.graph, res, time.Since(start))
		if res.Failed() {
			return 2
		}
		now, results, err := collectFigures(ctx, l, res)
		if err != nil {
			fail(env, err)
			return 2
		}
		if *update {
			old, _ := baseline.Load(*basePath) // keep tolerances of an existing file
			if len(old.Entries) == 0 {
				old = nil
			}
			if err := baseline.Write(*basePath, blas.Fingerprint(), now, results, old); err != nil {
				fail(env, err)
				return 2
			}
			fmt.Fprintf(env.stdout, "baseline %s updated: %d figures\n", *basePath, len(now))
			return 0
		}
		rows, diags := baseline.Compare(base, now)
		det := baseline.CompareDigests(base, results)
		// On a shared machine a stage's wall time says as much about its
		// neighbours as about the code (speed is the benchmarks' business),
		// so CI lists slow stages without failing on them.
		var slow []string
		if *timings == "report" {
			for i, r := range rows {
				if r.Verdict == baseline.Regressed && strings.HasPrefix(r.Name, "time.") {
					rows[i].Verdict = notGated
					slow = append(slow, r.Name)
				}
			}
		}
		if *asJSON {
			return checkJSON(env, rows, diags, det)
		}
		fmt.Fprintf(env.stdout, "\ncheck %s against %s\n", fs.Arg(0), *basePath)
		writeDeterminism(env.stdout, base.Fingerprint, blas.Fingerprint(), det)
		baseline.WriteTable(env.stdout, rows)
		if diags.HasErrors() {
			_ = speclang.WriteDiagnostics(env.stderr, base.Files, diags)
			return 2
		}
		if len(slow) > 0 {
			fmt.Fprintf(env.stdout, "\nslower than the baseline allows, not gated (-timings=report): %s\n", strings.Join(slow, ", "))
		}
		var bad []string
		for _, r := range rows {
			if r.Verdict == baseline.Regressed {
				bad = append(bad, r.Name)
			}
		}
		if len(det.Different) > 0 {
			fmt.Fprintf(env.stdout, "\nNOT DETERMINISTIC: %d output(s) differ from the baseline's under the same cache key:\n  %s\n",
				len(det.Different), strings.Join(det.Different, "\n  "))
			bad = append(bad, "digests")
		}
		if len(bad) > 0 {
			fmt.Fprintf(env.stdout, "\nREGRESSION in %d figure(s): %s\n", len(bad), strings.Join(bad, ", "))
			return 1
		}
		if len(slow) > 0 {
			fmt.Fprintf(env.stdout, "\nall %d other figures hold\n", len(rows)-len(slow))
			return 0
		}
		fmt.Fprintf(env.stdout, "\nall %d figures hold\n", len(rows))
		return 0
	}
	return c
}

// notGated marks a timing past its tolerance under -timings=report.
const notGated baseline.Verdict = "slower, not gated"

// collectFigures gathers every metric of every stage the run touched, and
// each stage's compute time, under names like ll[gmmn_ae].mean and
// time.gmmn, with each stage's key and output digests.
func collectFigures(ctx context.Context, l *loaded, res *pipeline.Result) (map[string]baseline.Figure, []baseline.Result, error) {
	now := map[string]baseline.Figure{}
	var results []baseline.Result
	for _, s := range res.Stages {
		m, err := l.opts.Store.Get(ctx, s.Key)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", s.Addr, err)
		}
		r := baseline.Result{Addr: s.Addr, Key: s.Key, Outputs: map[string]string{}}
		for name, o := range m.Outputs {
			r.Outputs[name] = o.Digest
		}
		results = append(results, r)
		name := figureName(s.Addr)
		now["time."+name] = baseline.Figure{Value: m.Duration}
		obj, ok := m.Outputs["metrics"]
		if !ok {
			continue
		}
		p, err := l.opts.Store.Path(ctx, obj)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", s.Addr, err)
		}
		ms, err := artifact.ReadMetrics(p)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", s.Addr, err)
		}
		for _, r := range ms.Rows {
			// An undefined figure (NaN: mode_coverage's reverse KL with no
			// high-quality sample) is kept: the baseline records it as
			// undefined, so a machine whose kernels define it is judged
			// against that rather than failing as "missing". An infinite
			// one has no entry form and is left out; the artifacts'
			// digests still pin it.
			if math.IsInf(r.Value, 0) {
				continue
			}
			now[name+"."+r.Name] = baseline.Figure{Value: r.Value, Stderr: r.Stderr}
		}
	}
	return now, results, nil
}

// writeDeterminism says which comparison applies: on the baseline's BLAS
// fingerprint, results with the baseline's key must be byte-identical; on
// another one, no key matches and only the statistics compare.
func writeDeterminism(w io.Writer, baseFP, nowFP string, d baseline.Determinism) {
	switch {
	case d.Compared > 0:
		fmt.Fprintf(w, "BLAS %q as in the baseline: %d of %d results share its key and are compared byte for byte", nowFP, d.Compared, d.Total)
		if len(d.Different) == 0 {
			fmt.Fprintf(w, " (all identical)")
		}
		fmt.Fprintln(w, "; figures compared statistically")
	case baseFP != nowFP:
		fmt.Fprintf(w, "BLAS %q, baseline made with %q: digests not comparable, figures compared statistically only\n", nowFP, baseFP)
	default:
		fmt.Fprintf(w, "BLAS %q as in the baseline, but no result shares its key (other variables or code): figures compared statistically only\n", nowFP)
	}
}

// figureName shortens a stage address for tables: stage.ll["x"] -> ll[x],
// module.eval.stage.fid -> module.eval.fid, module.eval["k"].stage.fid ->
// module.eval[k].fid.
func figureName(addr string) string {
	m := moduleStepsRe.FindString(addr)
	addr = m + strings.TrimPrefix(addr[len(m):], "stage.")
	return strings.NewReplacer(`["`, "[", `"]`, "]").Replace(addr)
}

// moduleStepsRe matches the module calls in front of an address:
// module.a.module.b["k"]. (a for_each key is a quoted Go string).
var moduleStepsRe = regexp.MustCompile(`^(module\.[A-Za-z_][A-Za-z0-9_-]*(\["(?:[^"\\]|\\.)*"\])?\.)*`)
