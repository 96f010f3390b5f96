package stages

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/models"
	"github.com/ganpipe/ganpipe/specs"
)

// info holds the declarative part every kind shares; kinds embed it and add Run.
type info struct {
	name, version string
	body          hcldec.ObjectSpec
	outputs       []string
	metrics       []string
}

func (i info) Name() string          { return i.name }
func (i info) Version() string       { return i.version }
func (i info) BodySpec() hcldec.Spec { return i.body }
func (i info) Outputs() []string     { return i.outputs }
func (i info) Metrics() []string     { return i.metrics }

// Attribute spec helpers, so each kind's schema reads as a table.

func ref(name string, required bool) *hcldec.AttrSpec {
	return &hcldec.AttrSpec{Name: name, Type: specs.RefType, Required: required}
}

func num(name string, required bool) *hcldec.AttrSpec {
	return &hcldec.AttrSpec{Name: name, Type: cty.Number, Required: required}
}

func str(name string, required bool) *hcldec.AttrSpec {
	return &hcldec.AttrSpec{Name: name, Type: cty.String, Required: required}
}

func boolean(name string) *hcldec.AttrSpec {
	return &hcldec.AttrSpec{Name: name, Type: cty.Bool}
}

func nums(name string, required bool) *hcldec.AttrSpec {
	return &hcldec.AttrSpec{Name: name, Type: cty.List(cty.Number), Required: required}
}

// withDefault gives an attribute a default value.
func withDefault(s *hcldec.AttrSpec, v cty.Value) hcldec.Spec {
	return &hcldec.DefaultSpec{Primary: s, Default: &hcldec.LiteralSpec{Value: v}}
}

// checked wraps a string attribute's spec so that loading the spec (and so
// `ganpipe validate`) rejects a value check refuses, pointing at the
// attribute, instead of the stage failing only when it runs. Unknown and
// null values pass; check sees the value the stage will.
func checked(s hcldec.Spec, check func(string) error) hcldec.Spec {
	return &hcldec.ValidateSpec{Wrapped: s, Func: func(v cty.Value) hcl.Diagnostics {
		if !v.IsKnown() || v.IsNull() || !v.Type().Equals(cty.String) {
			return nil
		}
		if err := check(v.AsString()); err != nil {
			return hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Unsupported value",
				Detail: strings.TrimPrefix(err.Error(), "models: ") + "."}}
		}
		return nil
	}}
}

// The value checks of the models' named options, for checked.
func checkActivation(v string) error { return models.Activation(v).Valid() }
func checkInit(v string) error       { return models.Init(v).Valid() }
func checkDropout(v string) error    { return models.DropoutMode(v).Valid() }
func checkMMDLoss(v string) error    { return models.MMDLoss(v).Valid() }
func checkGANLoss(v string) error    { return models.LossKind(v).Valid() }
func checkDivergence(v string) error { return models.Divergence(v).Valid() }
func checkOptimizer(v string) error  { return models.OptimizerKind(v).Valid() }
