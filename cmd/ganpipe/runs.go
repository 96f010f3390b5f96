package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	ctyjson "github.com/zclconf/go-cty/cty/json"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/internal/atomicfile"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/runlog"
	"github.com/ganpipe/ganpipe/reports"
)

// startRecord begins the record of a run: everything known before it starts.
func startRecord(l *loaded, specPath string, args []string, start time.Time) *runlog.Record {
	rec := &runlog.Record{
		ID: runlog.NewID(start), Pipeline: l.spec.Pipeline.Name, Spec: specPath,
		Started: start.UTC(), Args: args, Vars: map[string]string{},
	}
	if b, err := os.ReadFile(specPath); err == nil {
		h := sha256.Sum256(b)
		rec.SpecSHA = hex.EncodeToString(h[:])
	}
	rec.Host, _ = os.Hostname()
	for name, v := range l.spec.Variables {
		b, err := ctyjson.Marshal(v, v.Type())
		if err != nil {
			b = []byte(v.GoString())
		}
		rec.Vars[name] = string(b)
	}
	return rec
}

// finishRecord completes and stores the record, and points
// OUT/<pipeline>/latest at this run's reports when it published any.
func finishRecord(ctx context.Context, env *cmdEnv, l *loaded, rec *runlog.Record, res *pipeline.Result, start time.Time) error {
	rec.Wall = time.Since(start).Seconds()
	rec.Failed = res.Failed()
	rec.Metrics = map[string]float64{}
	var errs []error
	for _, s := range res.Stages {
		st := runlog.Stage{Addr: s.Addr, Key: s.Key, Status: string(s.Status)}
		if s.Status == pipeline.StatusRan {
			st.Took = s.Took.Seconds()
		}
		rec.Stages = append(rec.Stages, st)
		if s.Key == "" || (s.Status != pipeline.StatusRan && s.Status != pipeline.StatusCached) {
			continue
		}
		if err := stageFigures(ctx, l, s.Addr, s.Key, rec.Metrics); err != nil {
			errs = append(errs, err)
		}
	}
	pipeDir := filepath.Join(l.opts.Env.OutDir, rec.Pipeline)
	if _, err := os.Stat(filepath.Join(pipeDir, rec.ID)); err == nil {
		rec.Reports = filepath.Join(pipeDir, rec.ID)
		if err := pointLatest(pipeDir, rec.ID); err != nil {
			errs = append(errs, err)
		}
	}
	if err := runlog.Write(l.fs.Dir(), rec); err != nil {
		errs = append(errs, err)
	}
	// The record beside the reports, so a copied run directory still says
	// which spec, variables and keys its tables came from, and an index
	// page to open in a browser.
	if rec.Reports != "" {
		if err := writeRunPage(rec); err != nil {
			errs = append(errs, err)
		}
		if b, err := json.MarshalIndent(rec, "", "  "); err != nil {
			errs = append(errs, err)
		} else if err := atomicfile.Write(filepath.Join(rec.Reports, "run.json"), append(b, '\n'), 0o644); err != nil {
			errs = append(errs, err)
		}
	}
	where := ""
	if rec.Reports != "" {
		where = fmt.Sprintf("; reports in %s (also %s)", rec.Reports, filepath.Join(pipeDir, "latest"))
	}
	fmt.Fprintf(env.stdout, "run %s recorded%s\n", rec.ID, where)
	return errors.Join(errs...)
}

// writeRunPage writes index.html into the run's report directory.
func writeRunPage(rec *runlog.Record) error {
	p := &reports.RunPage{
		ID: rec.ID, Pipeline: rec.Pipeline, Spec: rec.Spec, Settings: settings(rec),
		Started: rec.Started.Local().Format("2006-01-02 15:04:05 MST"),
		Wall:    (time.Duration(rec.Wall*1e3) * time.Millisecond).String(),
	}
	for _, n := range sortedKeys(rec.Vars) {
		p.Vars = append(p.Vars, [2]string{n, rec.Vars[n]})
	}
	for _, s := range rec.Stages {
		took := ""
		if s.Took > 0 {
			took = (time.Duration(s.Took*1e3) * time.Millisecond).String()
		}
		p.Stages = append(p.Stages, reports.RunStage{Addr: s.Addr, Status: s.Status, Took: took, Key: s.Key[:min(12, len(s.Key))]})
	}
	for _, n := range sortedKeys(rec.Metrics) {
		p.Metrics = append(p.Metrics, [2]string{n, strconv.FormatFloat(rec.Metrics[n], 'g', 6, 64)})
	}
	ents, err := os.ReadDir(rec.Reports)
	if err != nil {
		return err
	}
	var pages, other []string
	for _, e := range ents {
		switch n := e.Name(); {
		case n == "index.html" || n == "run.json" || strings.HasPrefix(n, "."):
		case strings.HasSuffix(n, ".html"):
			pages = append(pages, n)
		default:
			other = append(other, n)
		}
	}
	p.Links = append(pages, other...)
	var buf bytes.Buffer
	if err := p.WriteHTML(&buf); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(rec.Reports, "index.html"), buf.Bytes(), 0o644)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// stageFigures adds one stage's compute time and metrics to figs, under the
// names check's baselines use.
func stageFigures(ctx context.Context, l *loaded, addr, key string, figs map[string]float64) error {
	m, err := l.opts.Store.Get(ctx, key)
	if err != nil {
		return fmt.Errorf("%s: %w", addr, err)
	}
	name := figureName(addr)
	figs["time."+name] = m.Duration
	obj, ok := m.Outputs["metrics"]
	if !ok {
		return nil
	}
	p, err := l.opts.Store.Path(ctx, obj)
	if err != nil {
		return fmt.Errorf("%s: %w", addr, err)
	}
	ms, err := artifact.ReadMetrics(p)
	if err != nil {
		return fmt.Errorf("%s: %w", addr, err)
	}
	for _, r := range ms.Rows {
		// JSON has no NaN or Inf: an undefined figure (mode_coverage's
		// reverse KL with no high-quality sample) stays out of the record.
		if math.IsNaN(r.Value) || math.IsInf(r.Value, 0) {
			continue
		}
		figs[name+"."+r.Name] = r.Value
	}
	return nil
}

// pointLatest makes dir/latest a symlink to dir/id, replaced atomically
// (a new link renamed over the old) so a reader never finds it missing.
func pointLatest(dir, id string) error {
	tmp := filepath.Join(dir, ".latest-"+id)
	_ = os.Remove(tmp)
	if err := os.Symlink(id, tmp); err != nil {
		return err
	}
	latest := filepath.Join(dir, "latest")
	if err := os.Rename(tmp, latest); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("pointing %s at %s: %w", latest, id, err)
	}
	return nil
}

func runsCmd() *command {
	c := &command{name: "runs", usage: "[-cache DIR] [-json] [PIPELINE]", summary: "list recorded runs: id, time, variables, stages, wall time"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs := newFlagSet(env, c)
		cacheDir := fs.String("cache", "", "cache directory (default $GANPIPE_CACHE or .ganpipe/cache)")
		asJSON := fs.Bool("json", false, "print the full records as JSON")
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		if fs.NArg() > 1 {
			return argCountError(fs, c)
		}
		store, err := openStore(env, *cacheDir)
		if err != nil {
			return fail(env, err)
		}
		recs, err := runlog.List(store.Dir())
		if err != nil {
			fmt.Fprintf(env.stderr, "ganpipe runs: %v\n", err)
		}
		if fs.NArg() == 1 {
			var keep []*runlog.Record
			for _, r := range recs {
				if r.Pipeline == fs.Arg(0) {
					keep = append(keep, r)
				}
			}
			recs = keep
		}
		if *asJSON {
			if recs == nil {
				recs = []*runlog.Record{}
			}
			return writeJSON(env, recs)
		}
		if len(recs) == 0 {
			fmt.Fprintln(env.stdout, "no runs recorded")
			return 0
		}
		tw := tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "RUN\tSTARTED\tPIPELINE\tSTAGES\tWALL\tSETTINGS")
		for _, r := range recs {
			counts := map[string]int{}
			for _, s := range r.Stages {
				counts[s.Status]++
			}
			stages := fmt.Sprintf("%d computed, %d cached", counts[string(pipeline.StatusRan)], counts[string(pipeline.StatusCached)])
			if r.Failed {
				stages += ", FAILED"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Started.Local().Format("2006-01-02 15:04"), r.Pipeline,
				stages, (time.Duration(r.Wall*1e3) * time.Millisecond).Round(100*time.Millisecond), settings(r))
		}
		_ = tw.Flush()
		return 0
	}
	return c
}

// settings renders the flags that chose a run's variables and stages.
func settings(r *runlog.Record) string {
	var out []string
	for i := 0; i < len(r.Args); i++ {
		a := strings.TrimLeft(r.Args[i], "-")
		name, _, hasValue := strings.Cut(a, "=")
		switch name {
		case "var", "var-file", "target", "force":
			if hasValue {
				out = append(out, "-"+a)
			} else if i+1 < len(r.Args) {
				out = append(out, "-"+name+" "+r.Args[i+1])
				i++
			}
		}
	}
	return strings.Join(out, " ")
}

func diffCmd() *command {
	c := &command{name: "diff", usage: "[-cache DIR] [-json] RUN RUN", summary: "compare two runs: changed variables, metrics side by side, stages with other keys"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs := newFlagSet(env, c)
		cacheDir := fs.String("cache", "", "cache directory (default $GANPIPE_CACHE or .ganpipe/cache)")
		asJSON := fs.Bool("json", false, "print JSON")
		all := fs.Bool("all", false, "also list the variables and metrics that did not change")
		fs.Usage = func() {
			fmt.Fprintf(env.stdout, "usage: ganpipe diff %s\n\n%s\n\nA RUN is an id from `ganpipe runs`, a unique prefix of one, latest, or latest~N.\n\nflags:\n", c.usage, c.summary)
			fs.SetOutput(env.stdout)
			fs.PrintDefaults()
			fs.SetOutput(env.stderr)
		}
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		if fs.NArg() != 2 {
			return argCountError(fs, c)
		}
		store, err := openStore(env, *cacheDir)
		if err != nil {
			return fail(env, err)
		}
		recs, err := runlog.List(store.Dir())
		if err != nil {
			fmt.Fprintf(env.stderr, "ganpipe diff: %v\n", err)
		}
		a, err := runlog.Find(recs, fs.Arg(0))
		if err != nil {
			return fail(env, err)
		}
		b, err := runlog.Find(recs, fs.Arg(1))
		if err != nil {
			return fail(env, err)
		}
		d := diffRuns(a, b, *all)
		if *asJSON {
			return writeJSON(env, d)
		}
		printDiff(env, d)
		return 0
	}
	return c
}

// runDiff is what `ganpipe diff` reports.
type runDiff struct {
	A, B      string
	Pipelines [2]string    `json:"pipelines"`
	Vars      []varDiff    `json:"variables"`
	Metrics   []metricDiff `json:"metrics"`
	// Stages whose cache keys differ: what the changed variables reached.
	Stages []string `json:"stages_with_other_keys"`
}

type varDiff struct {
	Name string `json:"name"`
	A    string `json:"a"` // JSON value, "" when the run has no such variable
	B    string `json:"b"`
}

type metricDiff struct {
	Name string   `json:"name"`
	A    *float64 `json:"a"` // nil when the run has no such figure
	B    *float64 `json:"b"`
}

func diffRuns(a, b *runlog.Record, all bool) *runDiff {
	d := &runDiff{A: a.ID, B: b.ID, Pipelines: [2]string{a.Pipeline, b.Pipeline}}
	for _, n := range unionKeys(a.Vars, b.Vars) {
		if all || a.Vars[n] != b.Vars[n] {
			d.Vars = append(d.Vars, varDiff{Name: n, A: a.Vars[n], B: b.Vars[n]})
		}
	}
	names := unionKeys(a.Metrics, b.Metrics)
	// Quality figures first, compute times after: the times differ every
	// run and would bury what changed.
	sort.SliceStable(names, func(i, j int) bool {
		return !strings.HasPrefix(names[i], "time.") && strings.HasPrefix(names[j], "time.")
	})
	for _, n := range names {
		va, okA := a.Metrics[n]
		vb, okB := b.Metrics[n]
		if !all && okA && okB && va == vb {
			continue
		}
		m := metricDiff{Name: n}
		if okA {
			m.A = &va
		}
		if okB {
			m.B = &vb
		}
		d.Metrics = append(d.Metrics, m)
	}
	keyA := map[string]string{}
	for _, s := range a.Stages {
		keyA[s.Addr] = s.Key
	}
	for _, s := range b.Stages {
		if k, ok := keyA[s.Addr]; ok && k != s.Key {
			d.Stages = append(d.Stages, s.Addr)
		}
	}
	return d
}

func unionKeys[V any](a, b map[string]V) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range []map[string]V{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

func printDiff(env *cmdEnv, d *runDiff) {
	tw := tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\t%s\t%s\t\n", d.A, d.B)
	if d.Pipelines[0] != d.Pipelines[1] {
		fmt.Fprintf(tw, "pipeline\t%s\t%s\t\n", d.Pipelines[0], d.Pipelines[1])
	}
	_ = tw.Flush()
	show := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	tw = tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', 0)
	if len(d.Vars) == 0 {
		fmt.Fprintln(tw, "\nvariables: the same")
	} else {
		fmt.Fprintln(tw, "\nVARIABLE\tA\tB\t")
		for _, v := range d.Vars {
			fmt.Fprintf(tw, "%s\t%s\t%s\t\n", v.Name, show(v.A), show(v.B))
		}
	}
	_ = tw.Flush()
	tw = tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	if len(d.Metrics) == 0 {
		fmt.Fprintln(env.stdout, "\nmetrics: the same")
	} else {
		fmt.Fprintln(env.stdout)
		fmt.Fprintln(tw, "METRIC\tA\tB\tB-A\t")
		num := func(p *float64) string {
			if p == nil {
				return "-"
			}
			return fmt.Sprintf("%.6g", *p)
		}
		for _, m := range d.Metrics {
			delta := "-"
			if m.A != nil && m.B != nil && !math.IsNaN(*m.A) && !math.IsNaN(*m.B) {
				delta = fmt.Sprintf("%+.4g", *m.B-*m.A)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", m.Name, num(m.A), num(m.B), delta)
		}
	}
	_ = tw.Flush()
	if len(d.Stages) > 0 {
		fmt.Fprintf(env.stdout, "\nstages with other cache keys: %s\n", strings.Join(d.Stages, ", "))
	}
}
