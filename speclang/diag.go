package speclang

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// WriteDiagnostics renders diags the way compilers do, one per paragraph:
//
//	spec.hcl:16:10: Error: Unknown output
//	   16 |   data = dataset.mnist.trian
//	      |          ^^^^^^^^^^^^^^^^^^^
//	  dataset.mnist (kind dataset) has no output "trian". Did you mean "train"? ...
//	  with each.key as "gmmn_ae"
//
// files supplies the source for snippets (Spec.Files); a diagnostic whose
// file is missing, or that has no subject (a -var problem), is printed
// without a snippet. No colour and no wrapping, so the output is stable in
// tests and CI logs. (hcl.NewDiagnosticTextWriter prints no file:line:col
// and, without colour, no marker under the source, hence our own writer.)
func WriteDiagnostics(w io.Writer, files map[string]*hcl.File, diags hcl.Diagnostics) error {
	var b strings.Builder
	for i, d := range diags {
		if i > 0 {
			b.WriteByte('\n')
		}
		writeDiagnostic(&b, files, d)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing diagnostics: %w", err)
	}
	return nil
}

func writeDiagnostic(b *strings.Builder, files map[string]*hcl.File, d *hcl.Diagnostic) {
	sev := "Error"
	if d.Severity == hcl.DiagWarning {
		sev = "Warning"
	}
	if d.Subject != nil {
		fmt.Fprintf(b, "%s:%d:%d: ", d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column)
	}
	fmt.Fprintf(b, "%s: %s\n", sev, d.Summary)
	if d.Subject != nil {
		if f := files[d.Subject.Filename]; f != nil {
			writeSnippet(b, f.Bytes, *d.Subject)
		}
	}
	if d.Detail != "" {
		for _, line := range strings.Split(d.Detail, "\n") {
			if line == "" {
				b.WriteByte('\n')
				continue
			}
			fmt.Fprintf(b, "  %s\n", line)
		}
	}
	writeValues(b, d)
}

// writeSnippet prints the first source line of rng and a caret marker under
// the part of it that rng covers.
func writeSnippet(b *strings.Builder, src []byte, rng hcl.Range) {
	lines := strings.Split(string(src), "\n")
	if rng.Start.Line < 1 || rng.Start.Line > len(lines) {
		return
	}
	line := strings.TrimRight(lines[rng.Start.Line-1], "\r")
	runes := []rune(line)
	startCol := rng.Start.Column
	if startCol < 1 {
		startCol = 1
	}
	endCol := len(runes) + 1
	if rng.End.Line == rng.Start.Line && rng.End.Column > startCol {
		endCol = rng.End.Column
	}
	if endCol > len(runes)+1 {
		endCol = len(runes) + 1
	}
	var marker strings.Builder
	for i := 0; i < startCol-1 && i < len(runes); i++ {
		if runes[i] == '\t' {
			marker.WriteByte('\t') // keep alignment under tabs
		} else {
			marker.WriteByte(' ')
		}
	}
	marker.WriteString(strings.Repeat("^", max(1, endCol-startCol)))
	num := fmt.Sprintf("%5d", rng.Start.Line)
	fmt.Fprintf(b, "%s | %s\n", num, line)
	fmt.Fprintf(b, "%s | %s\n", strings.Repeat(" ", len(num)), marker.String())
}

// writeValues prints the values of each.*, var.* and local.* that the
// failing expression used, as HCL's own writer does: when a body is decoded
// once per for_each cell, this says which cell failed.
func writeValues(b *strings.Builder, d *hcl.Diagnostic) {
	if d.Expression == nil || d.EvalContext == nil {
		return
	}
	seen := map[string]bool{}
	for _, t := range d.Expression.Variables() {
		switch t.RootName() {
		case "each", "var", "local":
		default:
			continue
		}
		v, diags := t.TraverseAbs(d.EvalContext)
		if diags.HasErrors() || !v.IsWhollyKnown() || v.IsNull() || !v.Type().IsPrimitiveType() {
			continue
		}
		name := t.RootName() + traversalTail(t)
		if seen[name] {
			continue
		}
		seen[name] = true
		var vs string
		switch v.Type() {
		case cty.String:
			vs = fmt.Sprintf("%q", v.AsString())
		case cty.Number:
			vs = v.AsBigFloat().Text('g', -1)
		default:
			vs = fmt.Sprint(v.True())
		}
		fmt.Fprintf(b, "  with %s as %s\n", name, vs)
	}
}

// Suggest returns the candidate closest to given when it is close enough to
// be a plausible typo (the same threshold hclsyntax uses), else "".
func Suggest(given string, candidates []string) string {
	best, bestDist := "", 3
	for _, c := range candidates {
		if d := levenshtein(given, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// didYouMean formats a suggestion as a sentence to append to a detail, or "".
func didYouMean(given string, candidates []string) string {
	if s := Suggest(given, candidates); s != "" {
		return fmt.Sprintf(" Did you mean %q?", s)
	}
	return ""
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// quoteList renders names as "a", "b" and "c" for diagnostic details.
func quoteList(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// tidy drops exact duplicates (a body decoded once per for_each cell reports
// the same problem once per cell) and orders diagnostics by position, so the
// user reads them top to bottom. Diagnostics without a subject come first:
// they are about the command line, which is read before the file.
func tidy(diags hcl.Diagnostics) hcl.Diagnostics {
	type key struct {
		sev             hcl.DiagnosticSeverity
		summary, detail string
		rng             hcl.Range
	}
	seen := map[key]bool{}
	var out hcl.Diagnostics
	for _, d := range diags {
		k := key{sev: d.Severity, summary: d.Summary, detail: d.Detail}
		if d.Subject != nil {
			k.rng = *d.Subject
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, d)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Subject, out[j].Subject
		switch {
		case a == nil || b == nil:
			return a == nil && b != nil
		case a.Filename != b.Filename:
			return a.Filename < b.Filename
		case a.Start.Line != b.Start.Line:
			return a.Start.Line < b.Start.Line
		default:
			return a.Start.Column < b.Start.Column
		}
	})
	return out
}

func errorDiag(summary, detail string, subject *hcl.Range) *hcl.Diagnostic {
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: detail, Subject: subject}
}

// rangeString is file:line,col as HCL prints declaration sites.
func rangeString(r hcl.Range) string {
	return fmt.Sprintf("%s:%d,%d", r.Filename, r.Start.Line, r.Start.Column)
}
