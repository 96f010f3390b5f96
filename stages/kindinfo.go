package stages

import (
	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

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
