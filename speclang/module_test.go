package speclang

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// loadFiles loads files["spec.hcl"], reading module files from files too.
func loadFiles(t *testing.T, files map[string]string) (*Spec, hcl.Diagnostics) {
	t.Helper()
	read := func(path string) ([]byte, error) {
		src, ok := files[filepath.ToSlash(path)]
		if !ok {
			return nil, &fs.PathError{Op: "open", Path: path, Err: fs.ErrNotExist}
		}
		return []byte(src), nil
	}
	return Load("spec.hcl", []byte(files["spec.hcl"]), Options{Kinds: newTestKinds(), ReadFile: read})
}

func mustLoadFiles(t *testing.T, files map[string]string) *Spec {
	t.Helper()
	spec, diags := loadFiles(t, files)
	if diags.HasErrors() {
		var b strings.Builder
		_ = WriteDiagnostics(&b, spec.Files, diags)
		t.Fatalf("unexpected diagnostics:\n%s", b.String())
	}
	return spec
}

// trainModule trains a GMMN on var.data and samples from it.
const trainModule = `
variable "data" {}
variable "sigmas" {
  type    = list(number)
  default = [1]
}
locals {
  sigmas = [for s in var.sigmas : s * 2]
}
stage "gmmn_train" "g" {
  data   = var.data
  sigmas = local.sigmas
}
stage "sample" "s" {
  model = stage.g.model
}
output "samples" {
  value = stage.s.samples
}
output "loss" {
  value = stage.g.loss
}
`

func TestModuleUsedTwice(t *testing.T) {
	spec := mustLoadFiles(t, map[string]string{
		"modules/train.hcl": trainModule,
		"spec.hcl": `
pipeline "p" { seed = 1 }
dataset "d" { source = "mnist" }
module "a" {
  source = "./modules/train.hcl"
  data   = dataset.d.train
}
module "b" {
  source = "./modules/train.hcl"
  data   = dataset.d.test
  sigmas = [3]
}
stage "parzen" "ll" {
  samples = module.a.samples
  valid   = dataset.d.valid
  test    = module.b.samples
}
report "r" {
  row "loss" { value = module.b.loss }
}
`})
	want := []string{"dataset.d", "module.a.stage.g", "module.a.stage.s", "module.b.stage.g", "module.b.stage.s", "stage.ll", "report.r"}
	if got := addrs(spec); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("stages %v, want %v", got, want)
	}
	for _, st := range spec.Stages {
		wantKey := st.Addr
		if i := strings.Index(st.Addr, "stage."); strings.HasPrefix(st.Addr, "module.") {
			wantKey = st.Addr[i:]
		}
		if st.KeyAddr != wantKey {
			t.Errorf("%s: KeyAddr %q, want %q", st.Addr, st.KeyAddr, wantKey)
		}
	}
	ag, bg := spec.Stage("module.a.stage.g"), spec.Stage("module.b.stage.g")
	if r := mustRef(t, ag.Config.GetAttr("data")); r != (Ref{Stage: "dataset.d", Output: "train"}) {
		t.Errorf("module a's data is %v", r)
	}
	if r := mustRef(t, bg.Config.GetAttr("data")); r != (Ref{Stage: "dataset.d", Output: "test"}) {
		t.Errorf("module b's data is %v", r)
	}
	if got := bg.Config.GetAttr("sigmas"); !got.RawEquals(cty.ListVal([]cty.Value{cty.NumberIntVal(6)})) {
		t.Errorf("module b's sigmas %#v, want [6]", got)
	}
	if got := ag.Config.GetAttr("sigmas"); !got.RawEquals(cty.ListVal([]cty.Value{cty.NumberIntVal(2)})) {
		t.Errorf("module a's sigmas (the default) %#v, want [2]", got)
	}
	if got := refStrings(spec.Stage("module.a.stage.s").Inputs); fmt.Sprint(got) != "[module.a.stage.g.model]" {
		t.Errorf("module a's sample inputs %v", got)
	}
	if got := refStrings(spec.Stage("stage.ll").Inputs); fmt.Sprint(got) != "[dataset.d.valid module.a.stage.s.samples module.b.stage.s.samples]" {
		t.Errorf("stage.ll inputs %v", got)
	}
	if got := refStrings(spec.Stage("report.r").Inputs); fmt.Sprint(got) != "[module.b.stage.g.loss]" {
		t.Errorf("report inputs %v", got)
	}
	if spec.Stage("module.a.stage.g").DeclRange.Filename != "modules/train.hcl" {
		t.Errorf("a module stage is declared in %s", spec.Stage("module.a.stage.g").DeclRange.Filename)
	}
}

func TestModuleForEachAndNesting(t *testing.T) {
	spec := mustLoadFiles(t, map[string]string{
		"modules/train.hcl": trainModule,
		"modules/outer.hcl": `
variable "data" {}
module "inner" {
  source = "./train.hcl"
  data   = var.data
}
output "samples" { value = module.inner.samples }
`,
		"spec.hcl": `
pipeline "p" { seed = 1 }
dataset "d" { source = "mnist" }
module "sweep" {
  for_each = { x = 1, y = 2 }
  source   = "./modules/train.hcl"
  data     = dataset.d.train
  sigmas   = [each.value]
}
module "nest" {
  source = "./modules/outer.hcl"
  data   = dataset.d.train
}
stage "parzen" "ll" {
  for_each = module.sweep
  samples  = each.value.samples
  valid    = module.nest.samples
  test     = module.sweep["y"].samples
}
`})
	got := map[string]string{}
	for _, st := range spec.Stages {
		got[st.Addr] = st.KeyAddr
	}
	want := map[string]string{
		"dataset.d":                        "dataset.d",
		`module.sweep["x"].stage.g`:        `stage.g["x"]`,
		`module.sweep["x"].stage.s`:        `stage.s["x"]`,
		`module.sweep["y"].stage.g`:        `stage.g["y"]`,
		`module.sweep["y"].stage.s`:        `stage.s["y"]`,
		`module.nest.module.inner.stage.g`: "stage.g",
		`module.nest.module.inner.stage.s`: "stage.s",
		`stage.ll["x"]`:                    `stage.ll["x"]`,
		`stage.ll["y"]`:                    `stage.ll["y"]`,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("addresses -> key addresses\n got %v\nwant %v", got, want)
	}
	if got := spec.Stage(`module.sweep["y"].stage.g`).Config.GetAttr("sigmas"); !got.RawEquals(cty.ListVal([]cty.Value{cty.NumberIntVal(4)})) {
		t.Errorf("sweep y's sigmas %#v, want [4]", got)
	}
	if got := refStrings(spec.Stage(`stage.ll["x"]`).Inputs); fmt.Sprint(got) != `[module.nest.module.inner.stage.s.samples module.sweep["x"].stage.s.samples module.sweep["y"].stage.s.samples]` {
		t.Errorf(`stage.ll["x"] inputs %v`, got)
	}
}

// diagWant is one expected diagnostic: where it points and what its
// summary and detail say, in order.
type diagWant struct {
	file      string
	line, col int
	parts     []string
}

func checkDiags(t *testing.T, spec *Spec, diags hcl.Diagnostics, want ...diagWant) {
	t.Helper()
	used := make([]bool, len(diags))
	for _, w := range want {
		e := expectedDiag{file: w.file, line: w.line, col: w.col, substr: strings.Join(w.parts, " ... ")}
		found := false
		for i, d := range diags {
			if !used[i] && e.matches(d, "spec.hcl") {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("no error at %s:%d:%d containing %q", w.file, w.line, w.col, e.substr)
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
}

const callHeader = `pipeline "p" { seed = 1 }
dataset "d" { source = "mnist" }
`

func TestModuleMissingSourceFile(t *testing.T) {
	spec, diags := loadFiles(t, map[string]string{"spec.hcl": callHeader + `module "m" {
  source = "./modules/nope.hcl"
}
`})
	checkDiags(t, spec, diags, diagWant{"spec.hcl", 4, 12, []string{"Cannot read module file", `Module "m": reading modules/nope.hcl`, "file does not exist"}})
}

func TestModuleUnknownAndMissingInput(t *testing.T) {
	spec, diags := loadFiles(t, map[string]string{
		"modules/train.hcl": trainModule,
		"spec.hcl": callHeader + `module "m" {
  source = "./modules/train.hcl"
  dta    = dataset.d.train
}
`})
	checkDiags(t, spec, diags,
		// The unknown input: at the call's attribute, naming the module file.
		diagWant{"spec.hcl", 5, 3, []string{"Unsupported module input", `Module "m" (modules/train.hcl) has no variable named "dta". Did you mean "data"?`, `called at spec.hcl:3,1`}},
		// The missing one: at the call, naming the variable's declaration.
		diagWant{"spec.hcl", 3, 1, []string{"Missing module input", `variable "data", declared without a default at modules/train.hcl:2,1`, `called at spec.hcl:3,1`}},
	)
}

func TestModuleErrorInsideNamesBothPlaces(t *testing.T) {
	spec, diags := loadFiles(t, map[string]string{
		"modules/bad.hcl": `variable "data" {}
stage "gmmn_train" "g" {
  data  = var.data
  iters = var.itres
}
dataset "x" { source = "mnist" }
`,
		"spec.hcl": callHeader + `module "a" {
  source = "./modules/bad.hcl"
  data   = dataset.d.train
}
module "b" {
  source = "./modules/bad.hcl"
  data   = dataset.d.test
}
`})
	undeclared := func(call string) diagWant {
		return diagWant{"modules/bad.hcl", 4, 11, []string{"Reference to undeclared variable", `"itres"`, `In module "` + call + `" (modules/bad.hcl), called at spec.hcl:`}}
	}
	notHere := func(call string) diagWant {
		return diagWant{"modules/bad.hcl", 6, 1, []string{"Dataset block in a module", `In module "` + call + `"`}}
	}
	checkDiags(t, spec, diags, undeclared("a"), undeclared("b"), notHere("a"), notHere("b"))
}

func TestModuleCycle(t *testing.T) {
	spec, diags := loadFiles(t, map[string]string{
		"modules/a.hcl": `module "b" { source = "./b.hcl" }`,
		"modules/b.hcl": `module "a" { source = "./a.hcl" }`,
		"spec.hcl":      callHeader + `module "top" { source = "./modules/a.hcl" }`,
	})
	checkDiags(t, spec, diags, diagWant{"modules/b.hcl", 1, 23, []string{
		"Module cycle", "spec.hcl -> modules/a.hcl -> modules/b.hcl -> modules/a.hcl: modules/a.hcl is already being loaded",
		`In module "b" (modules/b.hcl), called at modules/a.hcl:1,1`,
		`In module "top" (modules/a.hcl), called at spec.hcl:3,1`}})
}

func TestModuleDepthLimit(t *testing.T) {
	files := map[string]string{"spec.hcl": callHeader + `module "m0" { source = "./modules/m0.hcl" }`}
	for i := 0; i <= MaxModuleDepth; i++ {
		files[fmt.Sprintf("modules/m%d.hcl", i)] = fmt.Sprintf(`module "m%d" { source = "./m%d.hcl" }`, i+1, i+1)
	}
	files[fmt.Sprintf("modules/m%d.hcl", MaxModuleDepth)] = `stage "sample" "s" { model = var.nope }`
	spec, diags := loadFiles(t, files)
	deepest := fmt.Sprintf("modules/m%d.hcl", MaxModuleDepth-1)
	checkDiags(t, spec, diags, diagWant{deepest, 1, 24, []string{"Modules nested too deeply", fmt.Sprintf("module level %d", MaxModuleDepth+1), fmt.Sprintf("at most %d levels", MaxModuleDepth)}})

	// One level less loads.
	files[fmt.Sprintf("modules/m%d.hcl", MaxModuleDepth-1)] = `output "x" { value = 1 }`
	mustLoadFiles(t, files)
}

func TestModuleReferences(t *testing.T) {
	spec, diags := loadFiles(t, map[string]string{
		"modules/train.hcl": trainModule,
		"spec.hcl": callHeader + `module "m" {
  for_each = toset(["a"])
  source   = "./modules/train.hcl"
  data     = dataset.d.train
}
stage "sample" "x" { model = module.n.samples }
stage "sample" "y" { model = module.m.samples }
`})
	checkDiags(t, spec, diags,
		diagWant{"spec.hcl", 8, 30, []string{"Reference to undeclared module", `"n"`, `Did you mean "m"?`}},
		diagWant{"spec.hcl", 9, 30, []string{"Missing instance key", `module.m["KEY"].samples`}},
	)
}

func TestModuleSyntaxErrorOncePerCall(t *testing.T) {
	spec, diags := loadFiles(t, map[string]string{
		"modules/broken.hcl": "stage \"sample\" \"s\" {\n  model = \n}\n",
		"spec.hcl": callHeader + `module "a" { source = "./modules/broken.hcl" }
module "b" { source = "./modules/broken.hcl" }
`})
	syntax := func(call string) diagWant {
		return diagWant{"modules/broken.hcl", 2, 11, []string{"Invalid expression", `In module "` + call + `"`}}
	}
	checkDiags(t, spec, diags, syntax("a"), syntax("b"))
}

func TestModuleEachWithoutForEach(t *testing.T) {
	spec, diags := loadFiles(t, map[string]string{
		"modules/train.hcl": trainModule,
		"spec.hcl": callHeader + `module "m" {
  source = "./modules/train.hcl"
  data   = each.value
}
`})
	checkDiags(t, spec, diags, diagWant{"spec.hcl", 5, 12, []string{"each is not available here", "here we are in a module block without for_each"}})
}
