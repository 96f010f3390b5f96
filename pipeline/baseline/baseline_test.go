package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		got := judge(&Entry{Name: "x", Value: c.base, Tol: c.tol}, c.now).Verdict
		if got != c.want {
			t.Errorf("case %d: %+v base %g now %g: %s, want %s", i, c.tol, c.base, c.now, got, c.want)
		}
	}
}

func nan() float64 { var z float64; return z / z }

func TestWriteLoadRoundTrip(t *testing.T) {
	p := filepath.Join(t.TempDir(), "b.hcl")
	now := map[string]float64{"ll[a].mean": 231.456789, "time.gmmn": 12.5, "gmmn.loss": 0.0123}
	if err := Write(p, now, nil); err != nil {
		t.Fatal(err)
	}
	f, diags := Load(p)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if e := f.Entries["ll[a].mean"]; e == nil || e.Value != 231.457 || e.Tol != DefaultTolerance("ll[a].mean") {
		t.Errorf("entry after round trip: %+v (value rounded to 6 significant digits)", e)
	}
	rows, diags := Compare(f, now)
	if diags.HasErrors() || len(rows) != 3 {
		t.Fatalf("compare: %v, %d rows", diags, len(rows))
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
