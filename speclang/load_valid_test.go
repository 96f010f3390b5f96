package speclang

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// loadValid loads testdata/valid/NAME and fails the test on any error.
func loadValid(t *testing.T, name string, opts Options) *Spec {
	t.Helper()
	path := "testdata/valid/" + name
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if opts.Kinds == nil {
		opts.Kinds = newTestKinds()
	}
	spec, diags := Load(path, src, opts)
	if diags.HasErrors() {
		var b strings.Builder
		_ = WriteDiagnostics(&b, spec.Files, diags)
		t.Fatalf("unexpected diagnostics:\n%s", b.String())
	}
	return spec
}

func addrs(s *Spec) []string {
	var out []string
	for _, st := range s.Stages {
		out = append(out, st.Addr)
	}
	return out
}

func refStrings(refs []Ref) []string {
	out := []string{}
	for _, r := range refs {
		out = append(out, r.String())
	}
	return out
}

func mustRef(t *testing.T, v cty.Value) Ref {
	t.Helper()
	r, ok := RefOf(v)
	if !ok {
		t.Fatalf("%#v is not a reference", v)
	}
	return r
}

func TestLoadDesignExample(t *testing.T) {
	s := loadValid(t, "gmmn_ae.hcl", Options{})
	if s.Pipeline.Name != "gmmn_ae" || s.Pipeline.Seed != 1 || !strings.HasPrefix(s.Pipeline.Description, "GMMN+AE on MNIST") {
		t.Errorf("pipeline = %+v", s.Pipeline)
	}
	// File order; for_each cells in key order ("data" < "gmmn_ae").
	want := []string{"dataset.mnist", "stage.ae", "stage.codes", "stage.codes_decoded", `stage.ll["data"]`, `stage.ll["gmmn_ae"]`, "report.table1"}
	if got := addrs(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("addresses = %q, want %q", got, want)
	}
	tests := []struct {
		addr, block, kind, name, key string
		inputs                       []string
	}{
		{"dataset.mnist", "dataset", "dataset", "mnist", "", []string{}},
		{"stage.ae", "stage", "ae_pretrain", "ae", "", []string{"dataset.mnist.train"}},
		{"stage.codes", "stage", "gmmn_train", "codes", "", []string{"stage.ae.codes"}},
		{"stage.codes_decoded", "stage", "sample", "codes_decoded", "", []string{"stage.ae.model", "stage.codes.model"}},
		{`stage.ll["data"]`, "stage", "parzen", "ll", "data", []string{"dataset.mnist.test", "dataset.mnist.train", "dataset.mnist.valid"}},
		{`stage.ll["gmmn_ae"]`, "stage", "parzen", "ll", "gmmn_ae", []string{"dataset.mnist.test", "dataset.mnist.valid", "stage.codes_decoded.samples"}},
		{"report.table1", "report", "report", "table1", "", []string{`stage.ll["data"].mean`, `stage.ll["gmmn_ae"].mean`}},
	}
	for _, tc := range tests {
		st := s.Stage(tc.addr)
		if st == nil {
			t.Errorf("%s missing", tc.addr)
			continue
		}
		if st.Block != tc.block || st.Kind != tc.kind || st.Name != tc.name || st.EachKey != tc.key {
			t.Errorf("%s: block/kind/name/key = %s/%s/%s/%s", tc.addr, st.Block, st.Kind, st.Name, st.EachKey)
		}
		if got := refStrings(st.Inputs); !reflect.DeepEqual(got, tc.inputs) {
			t.Errorf("%s: inputs = %q, want %q", tc.addr, got, tc.inputs)
		}
	}

	ds := s.Stage("dataset.mnist").Config
	if !ds.GetAttr("source").RawEquals(cty.StringVal("mnist")) || !ds.GetAttr("valid").RawEquals(cty.NumberIntVal(5000)) {
		t.Errorf("dataset config = %#v", ds)
	}
	if !ds.GetAttr("limit").IsNull() { // scale defaults to "paper": limit = null
		t.Errorf("limit = %#v, want null", ds.GetAttr("limit"))
	}
	ae := s.Stage("stage.ae").Config
	if !ae.GetAttr("hidden").RawEquals(cty.ListVal([]cty.Value{cty.NumberIntVal(1024), cty.NumberIntVal(32)})) {
		t.Errorf("hidden = %#v", ae.GetAttr("hidden"))
	}
	if r := mustRef(t, ae.GetAttr("data")); r != (Ref{Stage: "dataset.mnist", Output: "train"}) {
		t.Errorf("ae.data = %+v", r)
	}
	codes := s.Stage("stage.codes")
	if !codes.Config.GetAttr("iters").RawEquals(cty.NumberIntVal(40000)) {
		t.Errorf("iters = %#v, want local.iters = 40000", codes.Config.GetAttr("iters"))
	}
	wantRes := &Resources{CPUs: 2, Mem: "4G", Time: "1h", Partition: "cpu", Extra: []string{"--exclusive"}}
	if !reflect.DeepEqual(codes.Resources, wantRes) {
		t.Errorf("resources = %+v, want %+v", codes.Resources, wantRes)
	}
	if s.Stage("stage.ae").Resources != nil {
		t.Error("stage.ae has no resources block but got Resources")
	}
	// each.value carries the reference of the for_each map.
	ll := s.Stage(`stage.ll["gmmn_ae"]`).Config
	if r := mustRef(t, ll.GetAttr("samples")); r != (Ref{Stage: "stage.codes_decoded", Output: "samples"}) {
		t.Errorf("ll[gmmn_ae].samples = %+v", r)
	}
	rows := s.Stage("report.table1").Config.GetAttr("rows").AsValueSlice()
	if len(rows) != 2 || rows[0].GetAttr("label").AsString() != "GMMN+AE" || !rows[0].GetAttr("paper").RawEquals(cty.NumberIntVal(282)) {
		t.Fatalf("rows = %#v", rows)
	}
	if r := mustRef(t, rows[0].GetAttr("value")); r != (Ref{Stage: `stage.ll["gmmn_ae"]`, Output: "metrics", Field: "mean"}) {
		t.Errorf("row value = %+v", r)
	}
	if st := s.Stage("stage.codes"); st.DeclRange.Start.Line != 33 || st.DeclRange.Filename != "testdata/valid/gmmn_ae.hcl" {
		t.Errorf("DeclRange = %v, want line 33 of the spec", st.DeclRange)
	}
}

// TestVariablePrecedence checks Terraform's order: default < env <
// -var-file (in order) < -var (in order).
func TestVariablePrecedence(t *testing.T) {
	num := func(n int64) cty.Value { return cty.NumberIntVal(n) }
	tests := []struct {
		name string
		opts Options
		want map[string]cty.Value
	}{
		{"defaults", Options{}, map[string]cty.Value{
			"scale": cty.StringVal("paper"), "seed": num(7), "sigmas": cty.ListVal([]cty.Value{num(2), num(5), num(10)}),
			"free": num(3), "flag": cty.False,
		}},
		{"env over default", Options{Env: []string{"PATH=/bin", "GANPIPE_VAR_scale=ci", "GANPIPE_VAR_seed=11", "GANPIPE_VAR_flag=true", "GANPIPE_VAR_nosuch=1"}},
			map[string]cty.Value{"scale": cty.StringVal("ci"), "seed": num(11), "flag": cty.True}},
		{"var-file over env", Options{Env: []string{"GANPIPE_VAR_scale=paper", "GANPIPE_VAR_seed=11"}, VarFiles: []string{"testdata/vars/ci.vars"}},
			map[string]cty.Value{"scale": cty.StringVal("ci"), "seed": num(11), "sigmas": cty.ListVal([]cty.Value{num(1)})}},
		{"later var-file wins", Options{VarFiles: []string{"testdata/vars/ci.vars", "testdata/vars/tiny.vars"}},
			map[string]cty.Value{"scale": cty.StringVal("tiny"), "seed": num(99), "sigmas": cty.ListVal([]cty.Value{num(1)})}},
		{"-var over var-file, later -var wins", Options{VarFiles: []string{"testdata/vars/tiny.vars"}, Vars: []string{"scale=ci", "seed=5", "seed=6"}},
			map[string]cty.Value{"scale": cty.StringVal("ci"), "seed": num(6)}},
		{"-var parses non-strings as HCL", Options{Vars: []string{"sigmas=[1, 2]", `opts={lr = 0.5, tags = {a = "b"}}`, "anything=[true]", "seed=2*3"}},
			map[string]cty.Value{
				"sigmas": cty.ListVal([]cty.Value{num(1), num(2)}),
				"opts": cty.ObjectVal(map[string]cty.Value{"lr": cty.NumberFloatVal(0.5),
					"tags": cty.MapVal(map[string]cty.Value{"a": cty.StringVal("b")})}),
				"anything": cty.TupleVal([]cty.Value{cty.True}),
				"seed":     num(6),
			}},
		{"-var keeps strings and untyped variables raw", Options{Vars: []string{"label=[1, 2]"}, Env: []string{"GANPIPE_VAR_free= [true] "}},
			map[string]cty.Value{"label": cty.StringVal("[1, 2]"), "free": cty.StringVal(" [true] ")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := loadValid(t, "variables.hcl", tc.opts)
			for name, want := range tc.want {
				if got := s.Variables[name]; !got.RawEquals(want) {
					t.Errorf("var.%s = %#v, want %#v", name, got, want)
				}
			}
			seed, _ := s.Variables["seed"].AsBigFloat().Int64()
			if s.Pipeline.Seed != seed {
				t.Errorf("pipeline seed = %d, want var.seed = %d", s.Pipeline.Seed, seed)
			}
		})
	}
}

func TestLocalsAndForEach(t *testing.T) {
	s := loadValid(t, "locals_foreach.hcl", Options{})
	want := []string{"dataset.mnist", `stage.ae["32"]`, `stage.ae["8"]`, `stage.g["32"]`, `stage.g["8"]`, "stage.s", "report.curves"}
	if got := addrs(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("addresses = %q, want %q", got, want)
	}
	// local.iters = local.base * 3 = 300, plus length(each.key): "32" -> 302, "8" -> 301.
	for key, iters := range map[string]int64{"32": 302, "8": 301} {
		c := s.Stage(`stage.ae["` + key + `"]`).Config
		if !c.GetAttr("iters_per_layer").RawEquals(cty.NumberIntVal(iters)) {
			t.Errorf("ae[%s].iters_per_layer = %#v, want %d", key, c.GetAttr("iters_per_layer"), iters)
		}
		hidden := c.GetAttr("hidden").AsValueSlice()
		if n, _ := hidden[1].AsBigFloat().Int64(); n != mustAtoi(t, key) {
			t.Errorf("ae[%s].hidden[1] = %d, want each.value", key, n)
		}
	}
	// A dynamic index (stage.ae[each.key]) resolves per cell.
	if got := refStrings(s.Stage(`stage.g["8"]`).Inputs); !reflect.DeepEqual(got, []string{`stage.ae["8"].codes`}) {
		t.Errorf(`g["8"] inputs = %q`, got)
	}
	// Through a local: decoder = local.encoder = stage.ae["32"].codes.
	if got := refStrings(s.Stage("stage.s").Inputs); !reflect.DeepEqual(got, []string{`stage.ae["32"].codes`, `stage.g["8"].model`}) {
		t.Errorf("s inputs = %q", got)
	}
	if n := s.Stage("stage.s").Config.GetAttr("n"); !n.RawEquals(cty.NumberIntVal(2)) {
		t.Errorf("n = %#v, want 2", n)
	}
	if got := refStrings(s.Stage("report.curves").Inputs); !reflect.DeepEqual(got, []string{`stage.ae["8"].recon`}) {
		t.Errorf("report inputs = %q", got)
	}
	if r := s.Stage("report.curves").Inputs[0]; r.Output != "metrics" || r.Field != "recon" {
		t.Errorf("metric ref = %+v", r)
	}
}

func mustAtoi(t *testing.T, s string) int64 {
	v, err := cty.ParseNumberVal(s)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := v.AsBigFloat().Int64()
	return n
}

// TestAllowUnset: validate type-checks without values. An unset variable is
// unknown; a for_each over it has no cells yet, but its body is checked.
func TestAllowUnset(t *testing.T) {
	src := []byte(`
pipeline "p" {}
variable "keys" { type = set(string) }
variable "n" { type = number }
dataset "d" {
  source = "mnist"
  limit  = var.n * 2
}
stage "gmmn_train" "g" {
  for_each = var.keys
  data     = dataset.d.train
  iters    = each.key
}
`)
	spec, diags := Load("u.hcl", src, Options{Kinds: newTestKinds(), AllowUnset: true})
	if diags.HasErrors() {
		t.Fatalf("diags: %v", diags)
	}
	if got := addrs(spec); !reflect.DeepEqual(got, []string{"dataset.d"}) {
		t.Errorf("addresses = %q", got)
	}
	if l := spec.Stage("dataset.d").Config.GetAttr("limit"); l.IsKnown() || !l.Type().Equals(cty.Number) {
		t.Errorf("limit = %#v, want unknown number", l)
	}
	// Without AllowUnset both variables are errors.
	_, diags = Load("u.hcl", src, Options{Kinds: newTestKinds()})
	if n := len(errorsOnly(diags)); n != 2 {
		t.Errorf("without AllowUnset: %d errors, want 2: %v", n, diags)
	}
	// A type error in the body of an unknown for_each is still found.
	bad := strings.Replace(string(src), "each.key", "[each.key]", 1)
	_, diags = Load("u.hcl", []byte(bad), Options{Kinds: newTestKinds(), AllowUnset: true})
	if errs := errorsOnly(diags); len(errs) != 1 || errs[0].Subject.Start.Line != 12 {
		t.Errorf("want one error on line 12, got %v", diags)
	}
}

func errorsOnly(diags hcl.Diagnostics) hcl.Diagnostics {
	var out hcl.Diagnostics
	for _, d := range diags {
		if d.Severity == hcl.DiagError {
			out = append(out, d)
		}
	}
	return out
}

func TestWriteDiagnostics(t *testing.T) {
	src := []byte("pipeline \"p\" {}\ndataset \"d\" {\n  source = \"mnist\"\n  limt = 3\n}\n" +
		"stage \"gmmn_train\" \"g\" {\n  for_each = toset([\"a\", \"b\"])\n  data = dataset.d.train\n  iters = each.key\n}\n")
	spec, diags := Load("w.hcl", src, Options{Kinds: newTestKinds(), Vars: []string{"x=1"}})
	var b strings.Builder
	if err := WriteDiagnostics(&b, spec.Files, diags); err != nil {
		t.Fatal(err)
	}
	// Expected text written by hand from the source above: the -var error
	// (no subject) first, then by position. Cells "a" and "b" fail alike:
	// the same message at the same place is reported once, for the first.
	want := `Error: Value for undeclared variable
  The option -var "x=1" sets a variable "x", but the spec declares no such variable.

w.hcl:4:3: Error: Unsupported argument
    4 |   limt = 3
      |   ^^^^
  An argument named "limt" is not expected here. Did you mean "limit"?

w.hcl:9:11: Error: Incorrect attribute value type
    9 |   iters = each.key
      |           ^^^^^^^^
  Inappropriate value for attribute "iters": a number is required.
  with each.key as "a"
`
	if got := b.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestSpecSurvivesErrors: a spec with errors still comes back with its file
// and the stages that decoded, so the CLI can render and the user can read.
func TestSpecSurvivesErrors(t *testing.T) {
	spec, diags := Load("e.hcl", []byte("pipeline \"p\" {\n"), Options{Kinds: newTestKinds()})
	if !diags.HasErrors() || spec == nil || spec.Files["e.hcl"] == nil {
		t.Fatalf("spec=%v diags=%v", spec, diags)
	}
	spec, diags = Load("e.hcl", []byte(`pipeline "p" {}`), Options{})
	if !diags.HasErrors() || spec == nil {
		t.Fatal("missing Kinds must be a diagnostic, not a panic")
	}
}
