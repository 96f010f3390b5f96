package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/internal/atomicfile"
	"github.com/ganpipe/ganpipe/speclang"
)

func fmtCmd() *command {
	c := &command{name: "fmt", usage: "[-check] [-stdout] FILE.hcl...", summary: "rewrite specs, and the module files they call, in the canonical HCL layout (terraform fmt's)"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs := newFlagSet(env, c)
		check := fs.Bool("check", false, "change nothing; list the files that are not formatted and exit 1 if any")
		toStdout := fs.Bool("stdout", false, "print the formatted text instead of rewriting the files")
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		if fs.NArg() == 0 {
			return argCountError(fs, c)
		}
		code := 0
		// The files of module blocks' sources join the list, once each.
		paths := append([]string(nil), fs.Args()...)
		seen := map[string]bool{}
		for i := 0; i < len(paths); i++ {
			path := paths[i]
			if seen[filepath.Clean(path)] {
				continue
			}
			seen[filepath.Clean(path)] = true
			src, err := os.ReadFile(path)
			if err != nil {
				fmt.Fprintf(env.stderr, "ganpipe fmt: %v\n", err)
				code = 1
				continue
			}
			// Only well-formed files are rewritten: hclwrite formats token
			// by token and would happily "format" a broken file.
			_, diags := hclwrite.ParseConfig(src, path, hcl.InitialPos)
			if diags.HasErrors() {
				_ = speclang.WriteDiagnostics(env.stderr, map[string]*hcl.File{path: {Bytes: src}}, diags)
				code = 1
				continue
			}
			paths = append(paths, moduleSources(path, src)...)
			out := hclwrite.Format(src)
			switch {
			case *toStdout:
				_, _ = env.stdout.Write(out)
			case bytes.Equal(out, src):
			case *check:
				fmt.Fprintln(env.stdout, path)
				code = 1
			default:
				info, err := os.Stat(path)
				if err != nil {
					return fail(env, err)
				}
				if err := atomicfile.Write(path, out, info.Mode().Perm()); err != nil {
					return fail(env, err)
				}
				fmt.Fprintln(env.stdout, path)
			}
		}
		return code
	}
	return c
}

// moduleSources lists the files the module blocks of a spec (or module file)
// call: their literal local source paths, joined to the file's directory.
// Anything unusable is left to validate to report.
func moduleSources(path string, src []byte) []string {
	f, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos)
	if diags.HasErrors() {
		return nil
	}
	body, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return nil
	}
	var out []string
	for _, b := range body.Blocks {
		a := b.Body.Attributes["source"]
		if b.Type != "module" || a == nil {
			continue
		}
		v, diags := a.Expr.Value(nil)
		if diags.HasErrors() || !v.IsKnown() || v.IsNull() || !v.Type().Equals(cty.String) {
			continue
		}
		s := v.AsString()
		if strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") {
			out = append(out, filepath.Join(filepath.Dir(path), filepath.FromSlash(s)))
		}
	}
	return out
}
