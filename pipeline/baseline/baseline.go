// Package baseline compares a run's figures with a stored baseline: the
// regression check behind `ganpipe check`. A baseline is a small HCL file,
// committed beside the spec, written by `ganpipe check -update` and
// `ganpipe spread`:
//
//	fingerprint = "openblas Haswell split 2"   # the BLAS the values were made with
//
//	metric "ll[gmmn_ae].mean" {
//	  value  = 104.61   # this baseline's own run
//	  center = 101.2    # mean over the spread runs (other seeds, BLAS kernels)
//	  spread = 3.1      # their sample standard deviation
//	  runs   = 12       # how many
//	  stderr = 6.1      # the baseline run's own standard error of the figure
//	  better = "higher" # higher | lower | either
//	  z      = 5        # allowance in units of the figure's sigma
//	  abs    = 0        # floors: the allowance is at least abs, and rel * |reference|
//	  rel    = 0
//	}
//
//	result "stage.ae" {
//	  key     = "3f1c..."                    # cache key of this baseline's run
//	  outputs = { model = "sha256 digest" }  # digests of its outputs
//	}
//
// A figure regresses when it moves the wrong way by more than its allowance,
// max(abs, rel*|reference|, z*sigma), where the reference is the center of
// the spread runs (the value when none were measured) and sigma is the
// figure's measured spread across runs, or, without one, the standard
// error the baseline run's figure carried (a Parzen mean has one). The
// baseline's, not the new run's: a broken run must not widen its own
// tolerance by being noisy. The spread is what separates a
// regression from noise: the same code on another CPU's BLAS kernels, or
// with another seed, trains to other numbers.
//
// A figure can be undefined (NaN: mode_coverage's reverse KL when no sample
// is of high quality). Its entry says `undefined = true` instead of a value,
// and is reported only by default: whether a collapsed CI-scale model has
// one high-quality sample or none is not a regression, but another CPU's
// BLAS kernels decide it, so a baseline that simply left the figure out
// would fail on the machine where it is defined ("missing from baseline").
// A run's undefined figure without an entry is skipped, as older baselines
// expect.
//
// Digests are the determinism check: a stage of this run whose cache key
// equals the baseline's (same code, inputs and BLAS fingerprint) must
// produce byte-identical outputs. On another fingerprint no key matches and
// only the statistical comparison applies.
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
	"github.com/ganpipe/ganpipe/speclang"
)

// DefaultZ is the allowance in units of a figure's sigma. The spread of
// the CI baselines is measured over 7 runs (three seeds x two OpenBLAS
// kernel sets, and the pure-Go BLAS), so a new run's distance from their
// center, over their sample standard deviation, follows Student's t with 6
// degrees of freedom scaled by sqrt(1 + 1/7): 8 sigma is exceeded by a
// correct program with probability 1.5e-4 per figure and direction, about
// 3% per CI run over the ~200 gated figures if they were independent (they
// are strongly correlated: fewer). An untrained model still fails by far
// (make check-catches; docs/ci-checks.md).
const DefaultZ = 8

// minSpreadRuns is the fewest runs a spread is trusted from.
const minSpreadRuns = 3

// Tolerance says which way is better, how far the other way is allowed,
// and whether the figure can fail the check at all.
type Tolerance struct {
	Better string  // higher, lower, either
	Abs    float64 // absolute floor of the allowance
	Rel    float64 // floor as a fraction of |reference|
	Z      float64 // allowance in units of sigma
	// Report marks a diagnostic: listed with its verdict, never failing
	// the check (a Parzen stderr or a GAN's final losses say nothing the
	// quality figures beside them do not, and each gated figure is one
	// more chance of a false alarm).
	Report bool
}

// diagnostics are figures reported but not gated by default.
var diagnostics = map[string]bool{
	"stderr": true, "std": true, "sigma": true, "is_std": true, "mmd2_floor": true, "nn_dist": true,
	"d_loss": true, "g_loss": true, "diverged_at": true, "mi_loss": true, "mi_cat": true, "mi_cont": true,
	"train_accuracy": true, "total": true,
}

// DefaultTolerance gives the tolerance a figure gets when the baseline file
// does not set one, by the figure's name. These are the documented defaults
// (`ganpipe help check` prints them). The abs/rel floors matter for figures
// without a measured spread, and for figures a collapsed CI-scale model
// pins (a recall of 0 in every run has a spread of 0); with a spread,
// z * spread usually decides.
func DefaultTolerance(name string) Tolerance {
	last := name[strings.LastIndex(name, ".")+1:]
	switch {
	case strings.HasPrefix(name, "time."):
		// Timings are noisy on shared machines: only a 3x slowdown fails.
		return Tolerance{Better: "lower", Rel: 2.0, Abs: 1}
	case diagnostics[last] || strings.HasPrefix(last, "valid_mean@"):
		return Tolerance{Better: "either", Rel: 0.5, Abs: 0.05, Z: DefaultZ, Report: true}
	case last == "mean": // Parzen log-likelihood, nats
		return Tolerance{Better: "higher", Abs: 5, Z: DefaultZ}
	case last == "loss" || last == "mmd2" || last == "recon_bce" || last == "fid" || last == "kl" || last == "reverse_kl":
		return Tolerance{Better: "lower", Rel: 0.10, Z: DefaultZ}
	case last == "precision" || last == "recall" || strings.HasSuffix(last, "accuracy") || last == "purity" ||
		last == "matched" || last == "high_quality":
		// Proportions: 0.02 absolute, the binomial standard error of a
		// proportion near 0.5 over ~600 samples.
		return Tolerance{Better: "higher", Abs: 0.02, Z: DefaultZ}
	case last == "is" || last == "modes":
		return Tolerance{Better: "higher", Rel: 0.05, Z: DefaultZ}
	case last == "diverged": // 0 or 1: a run that starts diverging fails
		return Tolerance{Better: "lower", Abs: 0.5, Z: DefaultZ}
	default:
		return Tolerance{Better: "either", Rel: 0.10, Z: DefaultZ}
	}
}

// DefaultsDoc describes DefaultTolerance for help texts.
const DefaultsDoc = `allowance = max(abs, rel * |reference|, z * sigma); sigma is the figure's
spread over the baseline's spread runs (ganpipe spread), else the baseline
run's standard error; the reference is the spread runs' center, else the value.
default tolerances (a baseline entry may override better/abs/rel/z/report):
  time.<stage>             lower is better, fails above 3x the baseline (rel 2) and +1 s
  <stage>.mean             (Parzen nats) higher is better, abs 5, z 8
  loss, mmd2, recon_bce, fid, kl, reverse_kl   lower is better, rel 0.10, z 8
  precision, recall, *accuracy, purity, matched, high_quality   higher, abs 0.02, z 8
  is, modes                higher is better, rel 0.05, z 8
  diverged                 lower is better, abs 0.5 (0 -> 1 fails), z 8
  stderr, std, sigma, is_std, GAN losses, ...   reported only (report = true)
  anything else            either way, rel 0.10, z 8
an undefined figure (NaN) is recorded as undefined = true and reported only.
A result whose cache key equals the baseline's must have the same digests.`

// Figure is one measured number with its own standard error (0: none).
type Figure struct {
	Value, Stderr float64
}

// Entry is one figure of a baseline.
type Entry struct {
	Name      string
	Value     float64 // the baseline run's figure
	Center    float64 // mean over the spread runs (HasSpread)
	Spread    float64 // sample standard deviation over the spread runs
	Stderr    float64 // the baseline run's own standard error of the figure (0: none)
	Runs      int     // number of spread runs; 0: none measured
	Tol       Tolerance
	Range     hcl.Range // where the entry is declared
	hasCenter bool
}

// HasSpread reports whether the entry carries a spread measured over
// enough runs to be its sigma.
func (e *Entry) HasSpread() bool { return e.Runs >= minSpreadRuns }

// Reference is what a new figure is compared with.
func (e *Entry) Reference() float64 {
	if e.hasCenter && e.HasSpread() {
		return e.Center
	}
	return e.Value
}

// Sigma is the figure's uncertainty: the measured spread, else the
// baseline run's standard error; the string says which.
func (e *Entry) Sigma() (float64, string) {
	if e.HasSpread() {
		return e.Spread, fmt.Sprintf("spread/%d", e.Runs)
	}
	if e.Stderr > 0 {
		return e.Stderr, "stderr"
	}
	return 0, ""
}

// Allowance is the change tolerated against the better direction.
func (e *Entry) Allowance() float64 {
	s, _ := e.Sigma()
	return math.Max(math.Max(e.Tol.Abs, e.Tol.Rel*math.Abs(e.Reference())), e.Tol.Z*s)
}

// Result is one stage's cache key and output digests.
type Result struct {
	Addr    string
	Key     string
	Outputs map[string]string // output name -> digest
	Range   hcl.Range
}

// File is a parsed baseline.
type File struct {
	Path        string
	Fingerprint string // BLAS fingerprint the values and digests were made with
	Entries     map[string]*Entry
	Results     map[string]*Result   // by stage address
	Files       map[string]*hcl.File // for rendering diagnostics
}

type fileSchema struct {
	Fingerprint *string `hcl:"fingerprint"`
	Metrics     []struct {
		Name      string   `hcl:"name,label"`
		Value     *float64 `hcl:"value"`
		Undefined *bool    `hcl:"undefined"`
		Center    *float64 `hcl:"center"`
		Spread    *float64 `hcl:"spread"`
		Stderr    *float64 `hcl:"stderr"`
		Runs      *int     `hcl:"runs"`
		Better    *string  `hcl:"better"`
		Abs       *float64 `hcl:"abs"`
		Rel       *float64 `hcl:"rel"`
		Z         *float64 `hcl:"z"`
		Report    *bool    `hcl:"report"`
	} `hcl:"metric,block"`
	Results []struct {
		Addr    string            `hcl:"addr,label"`
		Key     string            `hcl:"key"`
		Outputs map[string]string `hcl:"outputs"`
	} `hcl:"result,block"`
}

// Load reads a baseline file. Problems are diagnostics with file:line:col.
func Load(path string) (*File, hcl.Diagnostics) {
	p := hclparse.NewParser()
	f := &File{Path: path, Entries: map[string]*Entry{}, Results: map[string]*Result{}, Files: p.Files()}
	src, err := os.ReadFile(path)
	if err != nil {
		return f, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cannot read baseline", Detail: err.Error()}}
	}
	if diags := speclang.CheckNesting(src, path, false); diags.HasErrors() {
		p.AddFile(path, &hcl.File{Body: hcl.EmptyBody(), Bytes: src})
		f.Files = p.Files()
		return f, diags
	}
	hf, diags := p.ParseHCL(src, path)
	f.Files = p.Files()
	if diags.HasErrors() {
		return f, diags
	}
	var s fileSchema
	diags = append(diags, gohcl.DecodeBody(hf.Body, nil, &s)...)
	if s.Fingerprint != nil {
		f.Fingerprint = *s.Fingerprint
	}
	content, _ := hf.Body.Content(&hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{{Name: "fingerprint"}},
		Blocks: []hcl.BlockHeaderSchema{
			{Type: "metric", LabelNames: []string{"name"}},
			{Type: "result", LabelNames: []string{"addr"}},
		}})
	ranges := map[string][]hcl.Range{}
	if content != nil {
		for _, b := range content.Blocks {
			ranges[b.Type] = append(ranges[b.Type], b.DefRange)
		}
	}
	at := func(typ string, i int) hcl.Range {
		if i < len(ranges[typ]) {
			return ranges[typ][i]
		}
		return hcl.Range{Filename: path}
	}
	for i, m := range s.Metrics {
		rng := at("metric", i)
		if prev, dup := f.Entries[m.Name]; dup {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Duplicate metric",
				Detail: fmt.Sprintf("metric %q is already declared at %s.", m.Name, prev.Range), Subject: rng.Ptr()})
			continue
		}
		e := &Entry{Name: m.Name, Tol: DefaultTolerance(m.Name), Range: rng}
		switch undefined := m.Undefined != nil && *m.Undefined; {
		case undefined && m.Value != nil, !undefined && m.Value == nil:
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid metric value",
				Detail: "a metric has either a value or undefined = true (the baseline run's figure was NaN), not both or neither.", Subject: rng.Ptr()})
		case undefined:
			e.Value, e.Tol.Report = math.NaN(), true
		default:
			e.Value = *m.Value
		}
		if m.Better != nil {
			switch *m.Better {
			case "higher", "lower", "either":
				e.Tol.Better = *m.Better
			default:
				diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid better",
					Detail: fmt.Sprintf("better must be \"higher\", \"lower\" or \"either\", not %q.", *m.Better), Subject: rng.Ptr()})
			}
		}
		setIf(&e.Tol.Abs, m.Abs)
		setIf(&e.Tol.Rel, m.Rel)
		setIf(&e.Tol.Z, m.Z)
		setIf(&e.Tol.Report, m.Report)
		setIf(&e.Spread, m.Spread)
		setIf(&e.Stderr, m.Stderr)
		if m.Center != nil {
			e.Center, e.hasCenter = *m.Center, true
		}
		if m.Runs != nil {
			e.Runs = *m.Runs
		}
		if e.Tol.Abs < 0 || e.Tol.Rel < 0 || e.Tol.Z < 0 || e.Spread < 0 || e.Stderr < 0 || e.Runs < 0 {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Negative tolerance",
				Detail: "abs, rel, z, spread, stderr and runs must be zero or more.", Subject: rng.Ptr()})
		}
		f.Entries[m.Name] = e
	}
	for i, r := range s.Results {
		rng := at("result", i)
		if prev, dup := f.Results[r.Addr]; dup {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Duplicate result",
				Detail: fmt.Sprintf("result %q is already declared at %s.", r.Addr, prev.Range), Subject: rng.Ptr()})
			continue
		}
		f.Results[r.Addr] = &Result{Addr: r.Addr, Key: r.Key, Outputs: r.Outputs, Range: rng}
	}
	return f, diags
}

func setIf[T any](dst *T, v *T) {
	if v != nil {
		*dst = *v
	}
}

// Verdict of one figure.
type Verdict string

const (
	OK        Verdict = "ok"
	Improved  Verdict = "improved"
	Regressed Verdict = "REGRESSED"
	// Moved is a reported-only figure past its allowance: listed, not failing.
	Moved Verdict = "moved (reported only)"
)

// Row is one line of a check's table.
type Row struct {
	Name      string
	Base      float64 // the reference compared with
	Now       float64
	Allowance float64
	Sigma     string // "5 x spread/12" or "5 x stderr" when z*sigma decided the allowance
	Tol       Tolerance
	Verdict   Verdict
}

// Compare checks every measured figure against the baseline. Figures
// missing from the baseline, and baseline entries the run did not produce,
// are diagnostics (the baseline needs -update), not silent passes.
func Compare(base *File, now map[string]Figure) ([]Row, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	var rows []Row
	names := sortedKeys(now)
	for _, n := range names {
		e, ok := base.Entries[n]
		if !ok && math.IsNaN(now[n].Value) {
			continue // undefined here and not recorded: nothing to judge
		}
		if !ok {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Metric missing from baseline",
				Detail:  fmt.Sprintf("The run produced %q (= %g) but %s has no entry for it; run with -update to record it.", n, now[n].Value, base.Path),
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

func judge(e *Entry, now Figure) Row {
	ref := e.Reference()
	sigma, src := e.Sigma()
	r := Row{Name: e.Name, Base: ref, Now: now.Value, Tol: e.Tol, Allowance: e.Allowance(), Verdict: OK}
	if sigma > 0 && r.Allowance == e.Tol.Z*sigma {
		r.Sigma = fmt.Sprintf("%g x %s", e.Tol.Z, src) // say so only when sigma decides
	}
	d := now.Value - ref
	switch {
	case math.IsNaN(now.Value) != math.IsNaN(ref):
		r.Verdict = Regressed
	case math.IsNaN(now.Value): // NaN in both: as expected
	case e.Tol.Better == "higher" && d < -r.Allowance, e.Tol.Better == "lower" && d > r.Allowance,
		e.Tol.Better == "either" && math.Abs(d) > r.Allowance:
		r.Verdict = Regressed
	case e.Tol.Better == "higher" && d > r.Allowance, e.Tol.Better == "lower" && d < -r.Allowance:
		r.Verdict = Improved
	}
	if e.Tol.Report && r.Verdict == Regressed {
		r.Verdict = Moved
	}
	return r
}

// Determinism is the outcome of comparing a run's digests with the
// baseline's: Compared results shared the baseline's cache key, and
// Different lists the outputs among them whose bytes differ.
type Determinism struct {
	Compared, Total int
	Different       []string // "stage.x output: baseline D1, now D2"
}

// CompareDigests checks every result of the run whose key equals the
// baseline's for the same stage: equal keys mean the same code, inputs and
// BLAS fingerprint, so the bytes must be equal too.
func CompareDigests(base *File, now []Result) Determinism {
	var d Determinism
	d.Total = len(now)
	for _, r := range now {
		b, ok := base.Results[r.Addr]
		if !ok || b.Key != r.Key {
			continue
		}
		d.Compared++
		for _, name := range sortedKeys(r.Outputs) {
			if want := b.Outputs[name]; want != r.Outputs[name] {
				d.Different = append(d.Different, fmt.Sprintf("%s %s: baseline %.12s, now %.12s", r.Addr, name, want, r.Outputs[name]))
			}
		}
	}
	return d
}

// WriteTable prints the check table.
func WriteTable(w io.Writer, rows []Row) {
	width := len("metric")
	for _, r := range rows {
		width = max(width, len(r.Name))
	}
	fmt.Fprintf(w, "%-*s  %12s  %12s  %-30s  %s\n", width, "metric", "reference", "now", "tolerance", "verdict")
	for _, r := range rows {
		tol := fmt.Sprintf("%s, ±%.4g", r.Tol.Better, r.Allowance)
		if math.IsNaN(r.Base) {
			tol = r.Tol.Better + ", baseline undefined"
		}
		if r.Sigma != "" {
			tol += " (" + r.Sigma + ")"
		}
		fmt.Fprintf(w, "%-*s  %12.5g  %12.5g  %-30s  %s\n", width, r.Name, r.Base, r.Now, tol, r.Verdict)
	}
}

// Write stores a run's figures and results as a baseline file. It keeps
// the tolerances and the measured spread of an existing baseline (old may
// be nil), but not its center: the center belongs to the spread runs of
// the code that made them, and ganpipe spread measures it again. Defaults
// are written explicitly so a reader sees them.
func Write(path, fingerprint string, now map[string]Figure, results []Result, old *File) error {
	f := &File{Path: path, Fingerprint: fingerprint, Entries: map[string]*Entry{}, Results: map[string]*Result{}}
	for n, fig := range now {
		e := &Entry{Name: n, Value: round(fig.Value), Tol: DefaultTolerance(n)}
		if math.IsNaN(fig.Value) {
			e.Tol.Report = true // see the package comment on undefined figures
		}
		if fig.Stderr > 0 && !math.IsNaN(fig.Stderr) && !math.IsInf(fig.Stderr, 0) {
			e.Stderr = round(fig.Stderr)
		}
		if old != nil {
			if o, ok := old.Entries[n]; ok {
				e.Tol, e.Spread, e.Runs = o.Tol, o.Spread, o.Runs
				if math.IsNaN(fig.Value) || math.IsNaN(o.Value) {
					e.Tol.Report = true // defined in one run and not in the other: fragile
				}
			}
		}
		f.Entries[n] = e
	}
	for i := range results {
		f.Results[results[i].Addr] = &results[i]
	}
	return f.Save()
}

// Save writes the baseline back to its path, atomically.
func (f *File) Save() error {
	var b strings.Builder
	b.WriteString("# ganpipe check baseline, written by `ganpipe check -update` (value, result)\n")
	b.WriteString("# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:\n")
	b.WriteString("# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).\n")
	fmt.Fprintf(&b, "\nfingerprint = %q\n", f.Fingerprint)
	for _, n := range sortedKeys(f.Entries) {
		writeEntry(&b, f.Entries[n])
	}
	for _, addr := range sortedKeys(f.Results) {
		r := f.Results[addr]
		fmt.Fprintf(&b, "\nresult %s {\n  key = %q\n  outputs = {\n", strconv.Quote(addr), r.Key)
		for _, name := range sortedKeys(r.Outputs) {
			fmt.Fprintf(&b, "    %s = %q\n", strconv.Quote(name), r.Outputs[name])
		}
		b.WriteString("  }\n}\n")
	}
	return atomicfile.Write(f.Path, []byte(b.String()), 0o644)
}

func writeEntry(b *strings.Builder, e *Entry) {
	if math.IsNaN(e.Value) {
		fmt.Fprintf(b, "\nmetric %s {\n  undefined = true\n", strconv.Quote(e.Name))
	} else {
		fmt.Fprintf(b, "\nmetric %s {\n  value  = %s\n", strconv.Quote(e.Name), num(e.Value))
	}
	if e.hasCenter {
		fmt.Fprintf(b, "  center = %s\n", num(round(e.Center)))
	}
	if e.Runs > 0 {
		fmt.Fprintf(b, "  spread = %s\n  runs   = %d\n", num(round(e.Spread)), e.Runs)
	}
	if e.Stderr > 0 {
		fmt.Fprintf(b, "  stderr = %s\n", num(e.Stderr))
	}
	fmt.Fprintf(b, "  better = %q\n  z      = %s\n  abs    = %s\n  rel    = %s\n", e.Tol.Better, num(e.Tol.Z), num(e.Tol.Abs), num(e.Tol.Rel))
	if e.Tol.Report {
		b.WriteString("  report = true\n")
	}
	b.WriteString("}\n")
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
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
	if s := speclang.Suggest(name, candidates); s != "" {
		return fmt.Sprintf("; did you mean %q?", s)
	}
	return ""
}
