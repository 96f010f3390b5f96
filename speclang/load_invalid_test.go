package speclang

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

// expectedDiag is one "# ERROR: ..." line of an invalid spec.
type expectedDiag struct {
	file      string // suffix of the subject's file name; "" means the spec itself
	line, col int    // 0, 0 for a diagnostic without a subject ("# ERROR: - ...")
	substr    string // must occur in "Summary: Detail"; " ... " separates parts that must occur in order
	srcLine   int    // where the expectation is written, for failure messages
}

// invalidCase is what the comment directives of one invalid spec ask for.
type invalidCase struct {
	want []expectedDiag
	opts Options
}

var (
	errorRe = regexp.MustCompile(`^#\s*ERROR:\s*(?:(-)|(?:([^\s:]+):)?(\d+):(\d+))\s+(.+?)\s*$`)
	dirRe   = regexp.MustCompile(`^#\s*(VAR|ENV|VARFILE|ALLOW_UNSET)\b:?\s*(.*?)\s*$`)
)

// parseDirectives reads the expectation comments of an invalid spec:
//
//	# ERROR: 12:3 substring          an error starting at line 12, column 3
//	# ERROR: 12:3 part1 ... part2    the parts in this order, anything between
//	# ERROR: x.vars:1:1 substring    the same, in another file (a -var-file)
//	# ERROR: - substring             an error without a source range (-var)
//	# VAR: name=value                passed as Options.Vars
//	# ENV: GANPIPE_VAR_name=value    passed as Options.Env
//	# VARFILE: testdata/vars/x.vars  passed as Options.VarFiles
//	# ALLOW_UNSET                    sets Options.AllowUnset
func parseDirectives(t *testing.T, src string) invalidCase {
	var c invalidCase
	c.opts.Kinds = newTestKinds()
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if m := errorRe.FindStringSubmatch(line); m != nil {
			d := expectedDiag{file: m[2], substr: m[5], srcLine: i + 1}
			if m[1] == "" {
				fmt.Sscan(m[3], &d.line)
				fmt.Sscan(m[4], &d.col)
			}
			c.want = append(c.want, d)
			continue
		}
		if strings.HasPrefix(line, "# ERROR") {
			t.Fatalf("line %d: malformed ERROR directive %q", i+1, line)
		}
		if m := dirRe.FindStringSubmatch(line); m != nil {
			switch m[1] {
			case "VAR":
				c.opts.Vars = append(c.opts.Vars, m[2])
			case "ENV":
				c.opts.Env = append(c.opts.Env, m[2])
			case "VARFILE":
				c.opts.VarFiles = append(c.opts.VarFiles, m[2])
			case "ALLOW_UNSET":
				c.opts.AllowUnset = true
			}
		}
	}
	return c
}

func (e expectedDiag) matches(d *hcl.Diagnostic, specFile string) bool {
	if d.Severity != hcl.DiagError {
		return false
	}
	msg := d.Summary + ": " + d.Detail
	for _, part := range strings.Split(e.substr, " ... ") {
		i := strings.Index(msg, part)
		if i < 0 {
			return false
		}
		msg = msg[i+len(part):]
	}
	if e.line == 0 {
		return d.Subject == nil
	}
	if d.Subject == nil || d.Subject.Start.Line != e.line || d.Subject.Start.Column != e.col {
		return false
	}
	if e.file == "" {
		return d.Subject.Filename == specFile
	}
	return strings.HasSuffix(d.Subject.Filename, e.file)
}

// TestInvalidSpecs loads every testdata/invalid/*.hcl and checks that the
// errors it declares inline are reported at the declared positions, and that
// no other error is.
func TestInvalidSpecs(t *testing.T) {
	files, err := filepath.Glob("testdata/invalid/*.hcl")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 {
		t.Fatalf("found %d invalid specs, want at least 30", len(files))
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			c := parseDirectives(t, string(src))
			if len(c.want) == 0 {
				t.Fatal("an invalid spec must declare at least one # ERROR")
			}
			spec, diags := Load(path, src, c.opts)
			if spec == nil || spec.Files[path] == nil {
				t.Fatal("Load must return a Spec holding the parsed file")
			}
			used := make([]bool, len(diags))
			for _, w := range c.want {
				found := false
				for i, d := range diags {
					if !used[i] && w.matches(d, path) {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("line %d expects an error at %d:%d containing %q; not reported", w.srcLine, w.line, w.col, w.substr)
				}
			}
			for i, d := range diags {
				if !used[i] && d.Severity == hcl.DiagError {
					t.Errorf("unexpected error: %s", diagString(d))
				}
			}
			if t.Failed() {
				var b strings.Builder
				_ = WriteDiagnostics(&b, spec.Files, diags)
				t.Logf("all diagnostics:\n%s", b.String())
			}
		})
	}
}

func diagString(d *hcl.Diagnostic) string {
	pos := "-"
	if d.Subject != nil {
		pos = fmt.Sprintf("%s:%d:%d", d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column)
	}
	return fmt.Sprintf("%s %s: %s", pos, d.Summary, d.Detail)
}
