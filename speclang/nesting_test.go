package speclang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNestingLimit: a spec nested 100,000 levels deep, in any of the ways
// HCL's recursive parser descends, is refused with one located diagnostic
// instead of overflowing the stack (which killed the process: a Go stack
// overflow cannot be recovered). Just under the limit it still loads.
func TestNestingLimit(t *testing.T) {
	// 100,000 is the case that overflowed the stack; the other forms use
	// a smaller excess to keep the test fast (lexing is what costs).
	const huge, deep = 100000, 3 * MaxNesting
	head := "pipeline \"p\" {\n  seed = 1\n}\nlocals {\n  x = "
	cases := []struct {
		name      string
		src       string
		line, col int
	}{
		// The diagnostic points at the opening that goes past MaxNesting.
		{"parentheses", head + strings.Repeat("(", huge) + "1" + strings.Repeat(")", huge) + "\n}\n", 5, 6 + MaxNesting},
		{"brackets", head + strings.Repeat("[", huge) + "1" + strings.Repeat("]", huge) + "\n}\n", 5, 6 + MaxNesting},
		// "x = {": the locals block's brace is level 1.
		{"objects", head + strings.Repeat("{a = ", deep) + "1" + strings.Repeat("}", deep) + "\n}\n", 5, 7 + 5*(MaxNesting-1)},
		{"interpolations", head + strings.Repeat(`"${`, deep) + "1" + strings.Repeat(`}"`, deep) + "\n}\n", 5, 8 + 3*(MaxNesting-1)},
		{"prefix minus", head + strings.Repeat("- ", deep) + "1\n}\n", 5, 7 + 2*(MaxNesting-1)},
		{"blocks", "pipeline \"p\" {\n  seed = 1\n}\n" + strings.Repeat("a {\n", deep) + strings.Repeat("}\n", deep), 4 + MaxNesting, 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := Load("deep.hcl", []byte(tc.src), Options{Kinds: newTestKinds()})
			if len(diags) != 1 || diags[0].Summary != "Too deeply nested" || diags[0].Subject == nil {
				t.Fatalf("diagnostics = %v, want one located \"Too deeply nested\"", diags)
			}
			if s := diags[0].Subject; s.Filename != "deep.hcl" || s.Start.Line != tc.line || s.Start.Column != tc.col {
				t.Errorf("diagnostic at %s:%d:%d, want deep.hcl:%d:%d", s.Filename, s.Start.Line, s.Start.Column, tc.line, tc.col)
			}
		})
	}
	t.Run("under the limit", func(t *testing.T) {
		n := MaxNesting - 1 // the locals block's brace is one level
		src := head + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "\n}\n"
		if _, diags := Load("ok.hcl", []byte(src), Options{Kinds: newTestKinds()}); diags.HasErrors() {
			t.Errorf("nesting %d levels: %v", MaxNesting, diags)
		}
	})
	t.Run("var value", func(t *testing.T) {
		src := "pipeline \"p\" {\n  seed = 1\n}\nvariable \"v\" {\n  type = list(number)\n}\n"
		val := strings.Repeat("[", deep) + strings.Repeat("]", deep)
		_, diags := Load("v.hcl", []byte(src), Options{Kinds: newTestKinds(), Vars: []string{"v=" + val}})
		if !diags.HasErrors() || !strings.Contains(diags.Error(), "nested deeper than") {
			t.Errorf("diagnostics = %v, want a too-deep value", diags)
		}
	})
	t.Run("var file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "deep.vars")
		os.WriteFile(path, []byte("v = "+strings.Repeat("[", deep)+strings.Repeat("]", deep)+"\n"), 0o644)
		src := "pipeline \"p\" {\n  seed = 1\n}\nvariable \"v\" {\n  type = list(number)\n}\n"
		_, diags := Load("v.hcl", []byte(src), Options{Kinds: newTestKinds(), VarFiles: []string{path}})
		if len(diags) == 0 || diags[0].Summary != "Too deeply nested" || diags[0].Subject == nil || diags[0].Subject.Filename != path {
			t.Errorf("diagnostics = %v, want a located too-deep var file", diags)
		}
	})
}
