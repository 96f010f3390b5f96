package stages

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/models/ae"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/gmmn"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/speclang"
)

// TestEnumsMatchModels: every value a kind lists as allowed is one the
// model accepts, and a value outside the lists is one the model refuses,
// so the declarations cannot promise what the models do not do.
func TestEnumsMatchModels(t *testing.T) {
	cases := []struct {
		name   string
		values []string
		valid  func(string) error
	}{
		{"activations", activations, func(s string) error { return nn.Activation(s).Valid() }},
		{"inits", inits, func(s string) error { return nn.Init(s).Valid() }},
		{"dropoutModes", dropoutModes, func(s string) error { return ae.DropoutMode(s).Valid() }},
		{"mmdLosses", mmdLosses, func(s string) error { return gmmn.MMDLoss(s).Valid() }},
		{"ganLosses", ganLosses, func(s string) error { return gan.LossKind(s).Valid() }},
		{"optimizers", optimizers, func(s string) error { return nn.OptimizerKind(s).Valid() }},
		{"divergences", divergences, func(s string) error { return gan.Divergence(s).Valid() }},
		{"ganArchs", ganArchs, func(s string) error { return gan.GANArch(s).Valid() }},
		{"dNorms", dNorms, func(s string) error { return gan.DiscriminatorNorm(s).Valid() }},
		{"ganNoises", ganNoises, func(s string) error { return gan.GANNoise(s).Valid() }},
		{"dActs", dActs, func(s string) error { return gan.DiscriminatorActivation(s).Valid() }},
	}
	for _, c := range cases {
		for _, v := range c.values {
			if err := c.valid(v); err != nil {
				t.Errorf("%s lists %q, which the model refuses: %v", c.name, v, err)
			}
		}
		if c.valid("no-such-value") == nil {
			t.Errorf("%s: the model accepts anything, so the list cannot be checked", c.name)
		}
	}
}

// TestDeclarations: every declared default and fallback passes its own
// rule, every kind has a summary and every attribute a description, and no
// attribute has both a default and a fallback.
func TestDeclarations(t *testing.T) {
	var check func(kind string, attrs []attr)
	check = func(kind string, attrs []attr) {
		seen := map[string]bool{}
		for _, a := range attrs {
			if seen[a.name] {
				t.Errorf("%s.%s declared twice", kind, a.name)
			}
			seen[a.name] = true
			if a.doc == "" {
				t.Errorf("%s.%s has no description", kind, a.name)
			}
			if a.added && (a.def != cty.NilVal || a.fallback != cty.NilVal) {
				t.Errorf("%s.%s is added later but has a default: it would enter every key (use nullMeans)", kind, a.name)
			}
			if a.def != cty.NilVal && a.fallback != cty.NilVal {
				t.Errorf("%s.%s has both a default and a fallback", kind, a.name)
			}
			for _, v := range []cty.Value{a.def, a.fallback} {
				if v == cty.NilVal {
					continue
				}
				if p := a.problem(v); p != "" {
					t.Errorf("%s.%s: its own default %s fails its rule: %s", kind, a.name, render(v), p)
				}
				if !v.Type().Equals(a.typ.cty()) {
					t.Errorf("%s.%s: default of type %s, declared %s", kind, a.name, v.Type().FriendlyName(), a.typ.cty().FriendlyName())
				}
			}
			if a.typ == tBlocks {
				check(kind+"."+a.name, a.nested)
			}
		}
	}
	for _, d := range declarations() {
		if d.summary == "" {
			t.Errorf("kind %s has no summary", d.name)
		}
		check(d.name, d.attrs)
	}
	if len(declarations()) != len(allKinds()) {
		t.Errorf("%d kinds documented of %d registered", len(declarations()), len(allKinds()))
	}
}

// TestConfigReadsOnlyDeclaredNames: a Run that reads a name its kind does
// not declare gets an error naming it (a typo would otherwise read zero).
func TestConfigReadsOnlyDeclaredNames(t *testing.T) {
	c := newConfig(newGMMNTrainKind().attrs, cty.ObjectVal(map[string]cty.Value{"noise": cty.NumberIntVal(10)}))
	if got := c.int("noise"); got != 10 || c.err() != nil {
		t.Fatalf("noise = %d, err %v", got, c.err())
	}
	c.int("noize")
	if err := c.err(); err == nil || !strings.Contains(err.Error(), "noize: not a declared attribute") {
		t.Errorf("reading an undeclared name: %v", err)
	}
}

// TestShippedSpecsLoad: every spec under specs/ loads against the real
// registry, at its default (paper) scale and, where it has one, with its
// CI variables, and builds a graph: a spec a user is told to run must not
// fail to load.
func TestShippedSpecsLoad(t *testing.T) {
	reg, err := Registry()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../specs/*.hcl")
	if len(paths) < 7 {
		t.Fatalf("found %d specs under ../specs", len(paths))
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".hcl")
		settings := map[string][]string{"default": nil}
		if vf := filepath.Join("../specs/ci", name+".vars"); fileExists(vf) {
			settings["ci"] = []string{vf}
		}
		for label, varFiles := range settings {
			sp, diags := speclang.Load(p, src, speclang.Options{Kinds: reg, VarFiles: varFiles})
			if diags.HasErrors() {
				var b bytes.Buffer
				_ = speclang.WriteDiagnostics(&b, sp.Files, diags)
				t.Errorf("%s (%s vars): %s", p, label, b.String())
				continue
			}
			g, err := pipeline.NewGraph(sp)
			if err != nil {
				t.Errorf("%s (%s vars): graph: %v", p, label, err)
				continue
			}
			if len(g.Order()) == 0 {
				t.Errorf("%s (%s vars): no stages", p, label)
			}
		}
	}
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// TestKindsDocIsCurrent: docs/kinds.md is what the declarations render
// (regenerate with `make docs`).
func TestKindsDocIsCurrent(t *testing.T) {
	var b bytes.Buffer
	WriteKindsMarkdown(&b)
	got, err := os.ReadFile("../docs/kinds.md")
	if err != nil {
		t.Fatalf("%v (make docs writes it)", err)
	}
	if !bytes.Equal(got, b.Bytes()) {
		t.Errorf("docs/kinds.md is out of date: run `make docs`")
	}
}

// TestAddedAttributesStayOutOfKeys: an attribute added to a kind after its
// keys were written leaves the key config untouched while unset (so a ring
// dataset keeps its key), and enters it once set.
func TestAddedAttributesStayOutOfKeys(t *testing.T) {
	k := newDatasetKind()
	null := cty.NullVal(cty.Number)
	unset := cty.ObjectVal(map[string]cty.Value{"source": cty.StringVal("ring"), "n": null, "valid": null,
		"limit": null, "limit_eval": null, "balanced": cty.NullVal(cty.Bool), "test": null,
		"modes": null, "radius": null, "side": null, "spacing": null, "std": null})
	got := k.KeyConfig(unset)
	for _, name := range []string{"modes", "radius", "side", "spacing", "std"} {
		if got.Type().HasAttribute(name) {
			t.Errorf("unset %s is in the key config", name)
		}
	}
	for _, name := range []string{"source", "n", "valid", "balanced"} {
		if !got.Type().HasAttribute(name) {
			t.Errorf("%s (there since the first keys) left the key config", name)
		}
	}
	set := unset.AsValueMap()
	set["std"] = cty.NumberFloatVal(0.02)
	if got := k.KeyConfig(cty.ObjectVal(set)); !got.Type().HasAttribute("std") || got.GetAttr("std").AsBigFloat().String() != "0.02" {
		t.Errorf("a set std is not in the key config: %#v", got)
	}
}
