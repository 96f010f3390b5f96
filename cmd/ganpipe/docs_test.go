package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/pipeline/baseline"
	"github.com/ganpipe/ganpipe/stages"
)

// repoRoot is where README.md and specs/ are, seen from this package.
const repoRoot = "../.."

// documentedCommand is one `ganpipe ...` line of the README or a spec header.
type documentedCommand struct {
	where string // file:line
	args  []string
}

// documentedCommands collects every concrete ganpipe command of the README
// (code blocks and inline code) and of the header comments of the specs
// (specs/*.hcl, examples/*.hcl). Synopses with placeholders (SPEC, FILE,
// [optional] parts) are not commands and are left out.
func documentedCommands(t *testing.T) []documentedCommand {
	t.Helper()
	var out []documentedCommand
	add := func(where, line string, minArgs int) {
		line = strings.TrimSpace(line)
		if i := strings.Index(line, " #"); i >= 0 { // a trailing shell comment
			line = strings.TrimSpace(line[:i])
		}
		args, ok := shellSplit(line)
		if !ok || len(args) < minArgs || (args[0] != "ganpipe" && args[0] != "bin/ganpipe") {
			return
		}
		for _, a := range args[1:] {
			if placeholder(a) {
				return
			}
		}
		out = append(out, documentedCommand{where: where, args: args[1:]})
	}
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	inline := regexp.MustCompile("`((?:bin/)?ganpipe [^`]+)`")
	fenced := false
	for i, line := range strings.Split(string(readme), "\n") {
		where := "README.md:" + strconv.Itoa(i+1)
		if strings.HasPrefix(line, "```") {
			fenced = !fenced
			continue
		}
		if fenced || strings.HasPrefix(line, "    ") {
			add(where, line, 2)
			continue
		}
		// Inline, `ganpipe validate` alone names a command in prose; with
		// arguments it is one to type.
		for _, m := range inline.FindAllStringSubmatch(line, -1) {
			add(where, m[1], 3)
		}
	}
	specFiles, _ := filepath.Glob(filepath.Join(repoRoot, "specs", "*.hcl"))
	examples, _ := filepath.Glob(filepath.Join(repoRoot, "examples", "*.hcl"))
	for _, p := range append(specFiles, examples...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(repoRoot, p)
		for i, line := range strings.Split(string(b), "\n") {
			if !strings.HasPrefix(line, "#") {
				break // the header ends at the first line of HCL
			}
			add(rel+":"+strconv.Itoa(i+1), strings.TrimLeft(line, "# "), 2)
		}
	}
	return out
}

// placeholder reports whether a word of a synopsis stands for something
// (SPEC, FILE.arrow, stage.x, [-j N], A|B) rather than being typed as is.
func placeholder(a string) bool {
	if strings.ContainsAny(a, "[]|<>") || strings.Contains(a, "...") {
		return true
	}
	word := strings.TrimLeft(a, "-")
	if _, v, ok := strings.Cut(word, "="); ok {
		word = v
	}
	word = strings.TrimSuffix(strings.TrimSuffix(word, ".arrow"), ".hcl")
	return len(word) > 0 && strings.ToUpper(word) == word && strings.ToLower(word) != word
}

// shellSplit splits a command line the way sh would for the simple quoting
// the docs use: words, "double" and 'single' quotes.
func shellSplit(s string) ([]string, bool) {
	var args []string
	var cur strings.Builder
	inWord := false
	var quote rune
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				args = append(args, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, false
	}
	if inWord {
		args = append(args, cur.String())
	}
	return args, true
}

// TestDocumentedCommands runs every command of the README and the spec
// headers as written, flags after the spec included. Commands on the first
// spec (examples/first.hcl, seconds of work) run for real, in the order the
// README gives them. Commands that would train a paper-scale model run as
// `plan` with the same flags instead: plan takes every flag run takes and
// goes through the same flag parsing, variable validation, spec loading and
// data location, and computes every key it can. A `check` also loads its
// baseline; a -cache of a shared Slurm directory becomes a temporary one.
func TestDocumentedCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the first spec and plans every documented spec")
	}
	cmds := documentedCommands(t)
	if len(cmds) < 20 {
		t.Fatalf("found only %d documented commands; is the extraction broken?", len(cmds))
	}
	root, err := filepath.Abs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	// A scratch working directory that sees the repository's specs: the
	// commands write out/, the cache and exported files here.
	work := t.TempDir()
	for _, d := range []string{"specs", "examples"} {
		if err := os.Symlink(filepath.Join(root, d), filepath.Join(work, d)); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(work)
	environ := append(slices.Clone(os.Environ()), "CI=true")
	getenv := func(k string) string {
		switch k {
		case "GANPIPE_CACHE":
			return filepath.Join(work, "cache")
		case "CI":
			return "true"
		}
		return os.Getenv(k)
	}
	for _, c := range cmds {
		args := slices.Clone(c.args)
		verb := args[0]
		first := slices.Contains(args, "examples/first.hcl") || verb == "runs" || verb == "diff" || verb == "ls"
		if !first {
			args = planInstead(t, c.where, args)
		}
		var stdout, stderr bytes.Buffer
		env := &cmdEnv{stdout: &stdout, stderr: &stderr, environ: environ, getenv: getenv}
		code := runMain(context.Background(), env, args)
		if code != 0 {
			t.Errorf("%s: ganpipe %s (run as ganpipe %s): exit %d\n%s%s", c.where, strings.Join(c.args, " "),
				strings.Join(args, " "), code, stdout.String(), stderr.String())
			continue
		}
		t.Logf("%s: ganpipe %s: ok", c.where, strings.Join(args, " "))
	}
}

// planInstead turns a command that would compute (run, check) into plan
// with the same spec flags, so documenting a 40-minute run costs the test a
// second; other commands stay as they are.
func planInstead(t *testing.T, where string, args []string) []string {
	t.Helper()
	switch args[0] {
	case "run":
		args[0] = "plan"
	case "check":
		out := []string{"plan"}
		for i := 1; i < len(args); i++ {
			name, _, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
			switch {
			case name == "baseline":
				path := ""
				if hasValue {
					path = args[i][strings.Index(args[i], "=")+1:]
				} else if i+1 < len(args) {
					i++
					path = args[i]
				}
				if _, diags := baseline.Load(path); diags.HasErrors() {
					t.Errorf("%s: baseline %s: %s", where, path, diags.Error())
				}
			case name == "update" || name == "json" || name == "timings" && hasValue:
			case name == "timings":
				i++
			default:
				out = append(out, args[i])
			}
		}
		args = out
	}
	// A shared Slurm cache (/shared/...) does not exist here.
	for i := 0; i+1 < len(args); i++ {
		if (args[i] == "-cache" || args[i] == "--cache") && strings.HasPrefix(args[i+1], "/shared") {
			args[i+1] = "slurm-cache"
		}
	}
	return args
}

// TestReadmeKinds checks the README's table of stage kinds against the
// registry: every kind listed once, with the outputs and the summary it
// declares.
func TestReadmeKinds(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n## Stage kinds\n")
	if !ok {
		t.Fatal("README has no Stage kinds section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	row := regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\| ([^|]*) \\| (.*) \\|$")
	documented := map[string][]string{}
	summary := map[string]string{}
	for _, m := range row.FindAllStringSubmatch(section, -1) {
		summary[m[1]] = strings.ReplaceAll(m[3], `\|`, "|")
		outs := strings.Split(m[2], ",")
		for i := range outs {
			outs[i] = strings.TrimSpace(outs[i])
		}
		slices.Sort(outs)
		if _, dup := documented[m[1]]; dup {
			t.Errorf("kind %s listed twice", m[1])
		}
		documented[m[1]] = outs
	}
	reg, err := stages.Registry()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range reg.KindNames() {
		want := slices.Clone(reg[name].Outputs())
		slices.Sort(want)
		got, ok := documented[name]
		switch {
		case !ok:
			t.Errorf("kind %s (outputs %s) is missing from the README", name, strings.Join(want, ", "))
		case !slices.Equal(got, want):
			t.Errorf("README lists %s's outputs as %s; it declares %s", name, strings.Join(got, ", "), strings.Join(want, ", "))
		}
		delete(documented, name)
	}
	for name := range documented {
		t.Errorf("README lists kind %s, which is not registered", name)
	}
	for _, k := range stages.KindSummaries() {
		if got, ok := summary[k[0]]; ok && got != k[1] {
			t.Errorf("README describes %s as %q; its declaration says %q", k[0], got, k[1])
		}
	}
}
