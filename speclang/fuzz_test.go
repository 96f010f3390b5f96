package speclang

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad: Load never panics, whatever the source, and its diagnostics can
// always be rendered. Seeds are every spec under testdata.
func FuzzLoad(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*/*.hcl")
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, false)
		f.Add(src, true)
	}
	kinds := newTestKinds()
	// Module calls read a fixed file, never the disk.
	module := []byte("variable \"x\" {\n  default = 1\n}\nstage \"sample\" \"s\" {\n  model = var.x\n}\noutput \"o\" {\n  value = stage.s.samples\n}\n")
	f.Add([]byte("pipeline \"p\" {}\nmodule \"m\" {\n  source = \"./m.hcl\"\n  x = 2\n}\n"), false)
	read := func(string) ([]byte, error) { return module, nil }
	f.Fuzz(func(t *testing.T, src []byte, allowUnset bool) {
		spec, diags := Load("fuzz.hcl", src, Options{Kinds: kinds, AllowUnset: allowUnset, Vars: []string{"scale=ci"}, ReadFile: read})
		if spec == nil {
			t.Fatal("nil spec")
		}
		if err := WriteDiagnostics(io.Discard, spec.Files, diags); err != nil {
			t.Fatal(err)
		}
		for _, st := range spec.Stages {
			_ = refsIn(st.Config)
		}
	})
}
