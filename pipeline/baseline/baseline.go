// Package baseline compares a run's figures with a stored baseline: the
// regression check behind `ganpipe check`. A baseline is a small HCL file,
// committed beside the spec, with one block per figure:
//
//	metric "ll[gmmn_ae].mean" {
//	  value  = 231.4
//	  better = "higher"   # higher | lower | either
//	  abs    = 5          # allowed change against the better direction
//	  rel    = 0          # ... or as a fraction of |value|; the larger allowance wins
//	}
//
// A figure that moves the wrong way by more than its allowance is a
// regression; moving the right way is always fine (reported as "improved").
package baseline

import (
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclparse"

	"github.com/ganpipe/ganpipe/internal/atomicfile"
	"github.com/ganpipe/ganpipe/specs"
)

// Tolerance says which way is better and how far the other way is allowed.
type Tolerance struct {
	Better string  // higher, lower, either
	Abs    float64 // absolute allowance
	Rel    float64 // allowance as a fraction of |baseline value|
}

// Allowance is the change tolerated against the better direction.
func (t Tolerance) Allowance(base float64) float64 {
	return math.Max(t.Abs, t.Rel*math.Abs(base))
}

// DefaultTolerance gives the tolerance a figure gets when the baseline file
// does not set one, by the figure's name. These are the documented defaults
// (`ganpipe help check` prints them).
func DefaultTolerance(name string) Tolerance {
	last := name[strings.LastIndex(name, ".")+1:]
	switch {
	case strings.HasPrefix(name, "time."):
		// Timings are noisy on shared machines: only a 3x slowdown fails.
		return Tolerance{Better: "lower", Rel: 2.0, Abs: 1}
	case last == "mean": // Parzen log-likelihood, nats
		return Tolerance{Better: "higher", Abs: 5}
	case last == "stderr" || last == "std" || last == "sigma" || strings.HasPrefix(last, "valid_mean@"):
		return Tolerance{Better: "either", Rel: 0.5, Abs: 0.05}
	case last == "loss" || last == "mmd2" || last == "recon_bce":
		return Tolerance{Better: "lower", Rel: 0.10}
	default:
		return Tolerance{Better: "either", Rel: 0.10}
	}
}

// DefaultsDoc describes DefaultTolerance for help texts.
const DefaultsDoc = `default tolerances (a baseline entry may override better/abs/rel):
  time.<stage>             lower is better, fails above 3x the baseline (rel 2) and +1 s
  <stage>.mean             (Parzen nats) higher is better, abs 5
  <stage>.loss|mmd2|recon_bce  lower is better, rel 0.10
  stderr, std, sigma, valid_mean@*  either way, rel 0.5 (abs 0.05)
  anything else            either way, rel 0.10`

// Entry is one figure of a baseline.
type Entry struct {
	Name  string
	Value float64
	Tol   Tolerance
	Range hcl.Range // where the entry is declared
}

// File is a parsed baseline.
type File struct {
	Path    string
	Entries map[string]*Entry
	Files   map[string]*hcl.File // for rendering diagnostics
}

type fileSchema struct {
	Metrics []struct {
		Name   string   `hcl:"name,label"`
		Value  float64  `hcl:"value"`
		Better *string  `hcl:"better"`
		Abs    *float64 `hcl:"abs"`
		Rel    *float64 `hcl:"rel"`
	} `hcl:"metric,block"`
}

// Load reads a baseline file. Problems are diagnostics with file:line:col.
func Load(path string) (*File, hcl.Diagnostics) {
	p := hclparse.NewParser()
	f := &File{Path: path, Entries: map[string]*Entry{}, Files: p.Files()}
	src, err := os.ReadFile(path)
	if err != nil {
		return f, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cannot read baseline", Detail: err.Error()}}
	}
	hf, diags := p.ParseHCL(src, path)
	f.Files = p.Files()
	if diags.HasErrors() {
		return f, diags
	}
	var s fileSchema
	diags = append(diags, gohcl.DecodeBody(hf.Body, nil, &s)...)
	content, _ := hf.Body.Content(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "metric", LabelNames: []string{"name"}}}})
	for i, m := range s.Metrics {
		rng := hcl.Range{Filename: path}
		if content != nil && i < len(content.Blocks) {
			rng = content.Blocks[i].DefRange
		}
		if prev, dup := f.Entries[m.Name]; dup {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Duplicate metric",
				Detail: fmt.Sprintf("metric %q is already declared at %s.", m.Name, prev.Range), Subject: rng.Ptr()})
			continue
		}
		tol := DefaultTolerance(m.Name)
		if m.Better != nil {
			switch *m.Better {
			case "higher", "lower", "either":
				tol.Better = *m.Better
			default:
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid better",
					Detail: fmt.Sprintf("better must be \"higher\", \"lower\" or \"either\", not %q.", *m.Better), Subject: rng.Ptr()})
			}
		}
		if m.Abs != nil {
			tol.Abs = *m.Abs
		}
		if m.Rel != nil {
			tol.Rel = *m.Rel
		}
		if tol.Abs < 0 || tol.Rel < 0 {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Negative tolerance", Subject: rng.Ptr()})
		}
		f.Entries[m.Name] = &Entry{Name: m.Name, Value: m.Value, Tol: tol, Range: rng}
	}
	return f, diags
}

// Verdict of one figure.
type Verdict string

const (
	OK        Verdict = "ok"
	Improved  Verdict = "improved"
	Regressed Verdict = "REGRESSED"
)

// Row is one line of a check's table.
type Row struct {
	Name      string
	Base, Now float64
	Tol       Tolerance
	Verdict   Verdict
}

// Compare checks every measured figure against the baseline. Figures
// missing from the baseline, and baseline entries the run did not produce,
// are diagnostics (the baseline needs -update), not silent passes.
func Compare(base *File, now map[string]float64) ([]Row, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	var rows []Row
	names := make([]string, 0, len(now))
	for n := range now {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		e, ok := base.Entries[n]
		if !ok {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Metric missing from baseline",
				Detail:  fmt.Sprintf("The run produced %q (= %g) but %s has no entry for it; run with -update to record it.", n, now[n], base.Path),
				Subject: &hcl.Range{Filename: base.Path, Start: hcl.InitialPos, End: hcl.InitialPos}})
			continue
		}
		rows = append(rows, judge(e, now[n]))
	}
	var unknown []*Entry
	for n, e := range base.Entries {
		if _, ok := now[n]; !ok {
			unknown = append(unknown, e)
		}
	}
	sort.Slice(unknown, func(i, j int) bool { return unknown[i].Name < unknown[j].Name })
	for _, e := range unknown {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown metric",
			Detail:  fmt.Sprintf("The baseline names %q, which this run did not produce%s.", e.Name, suggest(e.Name, names)),
			Subject: e.Range.Ptr()})
	}
	return rows, diags
}

func judge(e *Entry, now float64) Row {
	r := Row{Name: e.Name, Base: e.Value, Now: now, Tol: e.Tol, Verdict: OK}
	allow := e.Tol.Allowance(e.Value)
	d := now - e.Value
	switch {
	case math.IsNaN(now):
		r.Verdict = Regressed
	case e.Tol.Better == "higher" && d < -allow, e.Tol.Better == "lower" && d > allow,
		e.Tol.Better == "either" && math.Abs(d) > allow:
		r.Verdict = Regressed
	case e.Tol.Better == "higher" && d > allow, e.Tol.Better == "lower" && d < -allow:
		r.Verdict = Improved
	}
	return r
}

// WriteTable prints the check table.
func WriteTable(w io.Writer, rows []Row) {
	width := len("metric")
	for _, r := range rows {
		width = max(width, len(r.Name))
	}
	fmt.Fprintf(w, "%-*s  %12s  %12s  %-22s  %s\n", width, "metric", "baseline", "now", "tolerance", "verdict")
	for _, r := range rows {
		tol := fmt.Sprintf("%s, ±%.4g", r.Tol.Better, r.Tol.Allowance(r.Base))
		fmt.Fprintf(w, "%-*s  %12.5g  %12.5g  %-22s  %s\n", width, r.Name, r.Base, r.Now, tol, r.Verdict)
	}
}

// Write stores figures as a baseline file, keeping the tolerances of an
// existing baseline (old may be nil) and writing the defaults explicitly so
// a reader sees them.
func Write(path string, now map[string]float64, old *File) error {
	var b strings.Builder
	b.WriteString("# ganpipe check baseline, written by -update. Edit tolerances freely:\n")
	b.WriteString("# better = higher | lower | either; allowance = max(abs, rel * |value|).\n")
	names := make([]string, 0, len(now))
	for n := range now {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		tol := DefaultTolerance(n)
		if old != nil {
			if e, ok := old.Entries[n]; ok {
				tol = e.Tol
			}
		}
		fmt.Fprintf(&b, "\nmetric %s {\n  value  = %s\n  better = %q\n  abs    = %s\n  rel    = %s\n}\n",
			strconv.Quote(n), num(round(now[n])), tol.Better, num(tol.Abs), num(tol.Rel))
	}
	return atomicfile.Write(path, []byte(b.String()), 0o644)
}

func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// round keeps 6 significant digits so baselines stay readable.
func round(v float64) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	p := math.Pow(10, 5-math.Floor(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}

func suggest(name string, candidates []string) string {
	if s := specs.Suggest(name, candidates); s != "" {
		return fmt.Sprintf("; did you mean %q?", s)
	}
	return ""
}
