package speclang

import (
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"
)

// testKind is a stage kind for tests, shaped like the real ones in stages/.
type testKind struct {
	spec    hcldec.ObjectSpec
	outputs []string
	metrics []string
}

func (k testKind) BodySpec() hcldec.Spec { return k.spec }
func (k testKind) Outputs() []string     { return k.outputs }
func (k testKind) Metrics() []string     { return k.metrics }

type testKinds map[string]testKind

func (ks testKinds) Kind(name string) (Kind, bool) {
	k, ok := ks[name]
	return k, ok
}

func (ks testKinds) KindNames() []string {
	var names []string
	for n := range ks {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func attr(name string, ty cty.Type, required bool) *hcldec.AttrSpec {
	return &hcldec.AttrSpec{Name: name, Type: ty, Required: required}
}

// refOrNumber accepts an artifact reference (a metric) or a plain number.
func refOrNumber(name string) hcldec.Spec {
	return &hcldec.ValidateSpec{
		Wrapped: attr(name, cty.DynamicPseudoType, true),
		Func: func(v cty.Value) hcl.Diagnostics {
			if !v.IsKnown() || v.Type().Equals(RefType) || v.Type() == cty.Number {
				return nil
			}
			return hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Invalid row value",
				Detail: "A row value is a metric reference (stage.NAME.METRIC) or a number; this is a " + v.Type().FriendlyName() + "."}}
		},
	}
}

func newTestKinds() Kinds {
	num, numList := cty.Number, cty.List(cty.Number)
	return testKinds{
		"dataset": {
			spec: hcldec.ObjectSpec{
				"source": attr("source", cty.String, true), "valid": attr("valid", num, false),
				"limit": attr("limit", num, false), "balanced": attr("balanced", cty.Bool, false),
			},
			outputs: []string{"train", "valid", "test"},
		},
		"ae_pretrain": {
			spec: hcldec.ObjectSpec{
				"data": attr("data", RefType, true), "hidden": attr("hidden", numList, false),
				"dropout": attr("dropout", numList, false), "iters_per_layer": attr("iters_per_layer", num, false),
			},
			outputs: []string{"model", "codes", "history"}, metrics: []string{"recon"},
		},
		"gmmn_train": {
			spec: hcldec.ObjectSpec{
				"data": attr("data", RefType, true), "sigmas": attr("sigmas", numList, false), "iters": attr("iters", num, false),
			},
			outputs: []string{"model", "history"}, metrics: []string{"loss"},
		},
		"sample": {
			spec: hcldec.ObjectSpec{
				"model": attr("model", RefType, true), "decoder": attr("decoder", RefType, false), "n": attr("n", num, false),
			},
			outputs: []string{"samples"},
		},
		"parzen": {
			spec: hcldec.ObjectSpec{
				"samples": attr("samples", RefType, true), "valid": attr("valid", RefType, true), "test": attr("test", RefType, true),
			},
			outputs: []string{"metrics"}, metrics: []string{"mean", "stderr", "sigma"},
		},
		"report": {
			spec: hcldec.ObjectSpec{
				"rows": &hcldec.BlockTupleSpec{TypeName: "row", Nested: hcldec.ObjectSpec{
					"label":     &hcldec.BlockLabelSpec{Index: 0, Name: "label"},
					"value":     refOrNumber("value"),
					"paper":     attr("paper", num, false),
					"paper_err": attr("paper_err", num, false),
				}},
			},
			outputs: []string{"files"},
		},
	}
}
