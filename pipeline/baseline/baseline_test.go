package baseline

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// Verdicts by hand: allowance = max(abs, rel*|base|).
func TestJudge(t *testing.T) {
	cases := []struct {
		tol       Tolerance
		base, now float64
		want      Verdict
	}{
		{Tolerance{Better: "higher", Abs: 5}, 100, 96, OK},         // -4 within 5
		{Tolerance{Better: "higher", Abs: 5}, 100, 94, Regressed},  // -6 beyond 5
		{Tolerance{Better: "higher", Abs: 5}, 100, 120, Improved},  // +20 is the good way
		{Tolerance{Better: "lower", Rel: 0.1}, 2, 2.19, OK},        // +0.19 within 0.2
		{Tolerance{Better: "lower", Rel: 0.1}, 2, 2.21, Regressed}, // +0.21 beyond 0.2
		{Tolerance{Better: "lower", Rel: 0.1}, 2, 1, Improved},
		{Tolerance{Better: "either", Rel: 0.5, Abs: 0.05}, 0.01, 0.055, OK}, // abs wins for tiny values
		{Tolerance{Better: "either", Rel: 0.5}, 10, 4, Regressed},
		{Tolerance{Better: "higher", Abs: 5}, 100, nan(), Regressed},
	}
	for i, c := range cases {
		got := judge(&Entry{Name: "x", Value: c.base, Tol: c.tol}, Figure{Value: c.now}).Verdict
		if got != c.want {
			t.Errorf("case %d: %+v base %g now %g: %s, want %s", i, c.tol, c.base, c.now, got, c.want)
		}
	}
}

func nan() float64 { var z float64; return z / z }

func TestWriteLoadRoundTrip(t *testing.T) {
	p := filepath.Join(t.TempDir(), "b.hcl")
	now := map[string]Figure{"ll[a].mean": {Value: 231.456789, Stderr: 2}, "time.gmmn": {Value: 12.5}, "gmmn.loss": {Value: 0.0123}}
	results := []Result{{Addr: "stage.gmmn", Key: "k1", Outputs: map[string]string{"model": "d1", "history": "d2"}}}
	if err := Write(p, "openblas Haswell split 2", now, results, nil); err != nil {
		t.Fatal(err)
	}
	f, diags := Load(p)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if e := f.Entries["ll[a].mean"]; e == nil || e.Value != 231.457 || e.Stderr != 2 || e.Tol != DefaultTolerance("ll[a].mean") {
		t.Errorf("entry after round trip: %+v (value rounded to 6 significant digits)", e)
	}
	if f.Fingerprint != "openblas Haswell split 2" {
		t.Errorf("fingerprint after round trip: %q", f.Fingerprint)
	}
	if r := f.Results["stage.gmmn"]; r == nil || r.Key != "k1" || r.Outputs["model"] != "d1" || r.Outputs["history"] != "d2" {
		t.Errorf("result after round trip: %+v", r)
	}
	rows, diags := Compare(f, now)
	if diags.HasErrors() || len(rows) != 3 {
		t.Fatalf("compare: %v, %d rows", diags, len(rows))
	}
	// Spread survives a save and a later -update (Write with old), the
	// center does not (it belongs to the spread runs of older code).
	f.SetSpread([]Run{{Figures: map[string]float64{"ll[a].mean": 230}}, {Figures: map[string]float64{"ll[a].mean": 232}}, {Figures: map[string]float64{"ll[a].mean": 234}}})
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	g, diags := Load(p)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if e := g.Entries["ll[a].mean"]; e.Runs != 3 || e.Spread != 2 || e.Reference() != 232 {
		t.Errorf("spread after save: runs %d spread %g reference %g, want 3, 2, 232", e.Runs, e.Spread, e.Reference())
	}
	if err := Write(p, "x", now, nil, g); err != nil {
		t.Fatal(err)
	}
	h, _ := Load(p)
	if e := h.Entries["ll[a].mean"]; e.Runs != 3 || e.Spread != 2 || e.Reference() != 231.457 {
		t.Errorf("after -update: runs %d spread %g reference %g, want 3, 2, the new value 231.457", e.Runs, e.Spread, e.Reference())
	}
}

// The allowance by hand: max(abs, rel*|reference|, z*sigma), sigma the
// spread when measured over >= 3 runs, else the baseline run's stderr
// (never the new run's: a noisy broken run must not widen its tolerance).
func TestAllowanceFromSpreadAndStderr(t *testing.T) {
	tol := Tolerance{Better: "higher", Abs: 1, Z: 5}
	cases := []struct {
		name  string
		e     Entry
		now   Figure
		allow float64
		want  Verdict
	}{
		{"spread decides", Entry{Value: 100, Center: 98, hasCenter: true, Spread: 2, Runs: 12, Stderr: 6, Tol: tol}, Figure{Value: 89}, 10, OK},                  // 98-89 = 9 < 5*2
		{"spread decides, beyond", Entry{Value: 100, Center: 98, hasCenter: true, Spread: 2, Runs: 12, Stderr: 6, Tol: tol}, Figure{Value: 87.9}, 10, Regressed}, // 10.1 > 10
		{"too few runs: stderr", Entry{Value: 100, Center: 98, hasCenter: true, Spread: 2, Runs: 2, Stderr: 6, Tol: tol}, Figure{Value: 71}, 30, OK},             // reference is the value, 29 < 5*6
		{"the new run's stderr is not used", Entry{Value: 100, Tol: tol}, Figure{Value: 90, Stderr: 50}, 1, Regressed},
		{"no sigma: floor", Entry{Value: 100, Tol: tol}, Figure{Value: 98.5}, 1, Regressed},
		{"rel floor", Entry{Value: 100, Tol: Tolerance{Better: "lower", Rel: 0.5, Z: 5}}, Figure{Value: 149}, 50, OK},
	}
	for _, c := range cases {
		c.e.Name = "x"
		r := judge(&c.e, c.now)
		// 1e-12: the hand allowances are exact up to one product's rounding.
		if !numtest.Close(t, r.Allowance, c.allow, 1e-12, "hand allowance") || r.Verdict != c.want {
			t.Errorf("%s: verdict %s, want %s", c.name, r.Verdict, c.want)
		}
	}
}

// Center and sample standard deviation by hand: 1, 2, 3, 6 has mean 3 and
// sum of squares 4+1+0+9 = 14, over n-1 = 3: sqrt(14/3). NaN runs and
// timings are left out.
func TestSetSpread(t *testing.T) {
	f := &File{Entries: map[string]*Entry{"a": {Name: "a", Value: 1}, "time.a": {Name: "time.a", Value: 3}}}
	var runs []Run
	for _, v := range []float64{1, 2, 3, 6, math.NaN()} {
		runs = append(runs, Run{Figures: map[string]float64{"a": v, "time.a": v}})
	}
	f.SetSpread(runs)
	e := f.Entries["a"]
	if e.Runs != 4 || e.Reference() != 3 {
		t.Errorf("runs %d center %g, want 4, 3", e.Runs, e.Reference())
	}
	numtest.Close(t, e.Spread, math.Sqrt(14.0/3), 1e-15, "hand value; the division and sqrt round once each")
	if f.Entries["time.a"].Runs != 0 {
		t.Errorf("timings got a spread")
	}
}

// Equal keys must mean equal bytes; other keys are not compared.
func TestCompareDigests(t *testing.T) {
	base := &File{Results: map[string]*Result{
		"stage.a": {Addr: "stage.a", Key: "k1", Outputs: map[string]string{"model": "d1"}},
		"stage.b": {Addr: "stage.b", Key: "k2", Outputs: map[string]string{"model": "d2"}},
	}}
	now := []Result{
		{Addr: "stage.a", Key: "k1", Outputs: map[string]string{"model": "d1"}},
		{Addr: "stage.b", Key: "other", Outputs: map[string]string{"model": "dx"}},
		{Addr: "stage.c", Key: "k3", Outputs: map[string]string{"model": "d3"}},
	}
	d := CompareDigests(base, now)
	if d.Compared != 1 || d.Total != 3 || len(d.Different) != 0 {
		t.Errorf("got %+v, want 1 of 3 compared, none different", d)
	}
	now[0].Outputs["model"] = "changed"
	d = CompareDigests(base, now)
	if len(d.Different) != 1 || !strings.Contains(d.Different[0], "stage.a model") {
		t.Errorf("a changed digest under the same key: %+v", d)
	}
}

func TestLoadErrorsCarryLocations(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"metric \"a\" {\n  value = 1\n  better = \"up\"\n}\n":              `b.hcl:1,1-11: Invalid better`,
		"metric \"a\" {\n  value = 1\n}\nmetric \"a\" {\n  value = 2\n}\n": `b.hcl:4,1-11: Duplicate metric`,
		"metric \"a\" {\n  valu = 1\n}\n":                                  `b.hcl:2,3-7: Unsupported argument`,
	}
	for src, want := range cases {
		p := filepath.Join(dir, "b.hcl")
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		_, diags := Load(p)
		var got []string
		for _, d := range diags {
			got = append(got, strings.TrimPrefix(d.Subject.String(), dir+"/")+": "+d.Summary)
		}
		if !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("%q: diagnostics %q, want %q", src, got, want)
		}
	}
}

// TestLoadTooDeep: a baseline nested past specs.MaxNesting is refused with
// a located diagnostic, not parsed into a stack overflow.
func TestLoadTooDeep(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deep.baseline.hcl")
	n := 100000
	os.WriteFile(path, []byte("x = "+strings.Repeat("(", n)+"1"+strings.Repeat(")", n)+"\n"), 0o644)
	_, diags := Load(path)
	if len(diags) != 1 || diags[0].Summary != "Too deeply nested" || diags[0].Subject == nil || diags[0].Subject.Start.Line != 1 {
		t.Fatalf("diagnostics = %v, want one located \"Too deeply nested\"", diags)
	}
}

// A reported-only figure past its allowance is listed as moved and does
// not fail; the defaults report diagnostics and gate quality figures.
func TestReportOnly(t *testing.T) {
	e := &Entry{Name: "ll.std", Value: 10, Tol: DefaultTolerance("ll.std")}
	if r := judge(e, Figure{Value: 100}); r.Verdict != Moved {
		t.Errorf("a diagnostic 10x off: %s, want %s", r.Verdict, Moved)
	}
	for name, report := range map[string]bool{"ll.stderr": true, "gan.d_loss": true, "ll[gan].mean": false, "fid.fid": false, "pr.recall": false, "gan.diverged": false} {
		if got := DefaultTolerance(name).Report; got != report {
			t.Errorf("%s: report %v, want %v", name, got, report)
		}
	}
	if tol := DefaultTolerance("pr.recall"); tol.Better != "higher" || tol.Abs != 0.02 {
		t.Errorf("recall: %+v, want higher with a 0.02 floor (a collapsed CI model pins it at 0)", tol)
	}
}

// TestUndefinedFigures: a NaN figure (mode_coverage's reverse KL with no
// high-quality sample) is written as `undefined = true`, reported only, and
// read back as NaN; a later run that defines it is judged against it
// (moved, not a "missing from baseline" error), one that leaves it
// undefined is ok; an undefined figure with no entry is skipped, as the
// baselines written before this had none; an entry with both a value and
// undefined, or neither, is an error at its block.
func TestUndefinedFigures(t *testing.T) {
	p := filepath.Join(t.TempDir(), "b.hcl")
	const rkl = "cov[ring GAN s1].reverse_kl"
	if err := Write(p, "fp", map[string]Figure{rkl: {Value: nan()}, "cov[ring GAN s1].modes": {Value: 0}}, nil, nil); err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile(p)
	if !strings.Contains(string(src), "undefined = true") || strings.Contains(string(src), "NaN") {
		t.Fatalf("baseline written for a NaN figure:\n%s", src)
	}
	f, diags := Load(p)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	e := f.Entries[rkl]
	if e == nil || !math.IsNaN(e.Value) || !e.Tol.Report {
		t.Fatalf("entry read back: %+v, want NaN and reported only", e)
	}
	for _, c := range []struct {
		now  float64
		want Verdict
	}{{nan(), OK}, {0.7, Moved}} {
		rows, diags := Compare(f, map[string]Figure{rkl: {Value: c.now}, "cov[ring GAN s1].modes": {Value: 0}})
		if diags.HasErrors() {
			t.Fatalf("now %g: %v", c.now, diags)
		}
		for _, r := range rows {
			if r.Name == rkl && r.Verdict != c.want {
				t.Errorf("now %g: %s, want %s", c.now, r.Verdict, c.want)
			}
		}
	}
	// Defined in the baseline, undefined now: a gated figure regresses.
	g := &File{Path: p, Entries: map[string]*Entry{rkl: {Name: rkl, Value: 1.2, Tol: DefaultTolerance(rkl)}}}
	if rows, diags := Compare(g, map[string]Figure{rkl: {Value: nan()}}); diags.HasErrors() || len(rows) != 1 || rows[0].Verdict != Regressed {
		t.Errorf("defined 1.2 -> undefined: rows %+v, diags %v; want one REGRESSED row", rows, diags)
	}
	// No entry, undefined now: skipped.
	if rows, diags := Compare(&File{Path: p, Entries: map[string]*Entry{}}, map[string]Figure{rkl: {Value: nan()}}); diags.HasErrors() || len(rows) != 0 {
		t.Errorf("undefined figure without an entry: rows %+v, diags %v; want neither", rows, diags)
	}
	// Re-recording over an entry that was undefined keeps the figure reported only.
	if err := Write(p, "fp", map[string]Figure{rkl: {Value: 0.5}}, nil, f); err != nil {
		t.Fatal(err)
	}
	if h, _ := Load(p); h.Entries[rkl] == nil || h.Entries[rkl].Value != 0.5 || !h.Entries[rkl].Tol.Report {
		t.Errorf("re-recorded over an undefined entry: %+v, want 0.5 and reported only", h.Entries[rkl])
	}
	// Written by hand without `report`: still reported only.
	q := filepath.Join(t.TempDir(), "hand.hcl")
	os.WriteFile(q, []byte("fingerprint = \"fp\"\n\nmetric \"x.reverse_kl\" {\n  undefined = true\n}\n"), 0o644)
	if h, diags := Load(q); diags.HasErrors() || !h.Entries["x.reverse_kl"].Tol.Report {
		t.Errorf("hand-written undefined entry: diags %v, want it reported only", diags)
	}
	for _, body := range []string{"value = 1\n  undefined = true", "better = \"lower\""} {
		q := filepath.Join(t.TempDir(), "bad.hcl")
		os.WriteFile(q, []byte("fingerprint = \"fp\"\n\nmetric \"x.reverse_kl\" {\n  "+body+"\n}\n"), 0o644)
		_, diags := Load(q)
		if !diags.HasErrors() || diags[0].Subject == nil || diags[0].Subject.Start.Line != 3 {
			t.Errorf("metric with %q: diags %v, want an error at line 3", body, diags)
		}
	}
}
