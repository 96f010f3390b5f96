package speclang

import (
	"fmt"
	"reflect"

	"github.com/zclconf/go-cty/cty"
)

// Ref points at an artifact (or one figure of a metrics artifact) produced by
// another stage. References are values in the spec language (capsules), so they
// flow through for_each maps and collections like any other value.
type Ref struct {
	Stage  string // address of the producer: dataset.mnist, stage.ae, stage.ll["gmmn_ae"]
	Output string // output artifact name: train, codes, metrics, ...
	Field  string // metric name when the reference selects one figure, else ""
}

// String renders the reference the way it is written in a spec.
func (r Ref) String() string {
	s := r.Stage + "." + r.Output
	if r.Field != "" {
		s = r.Stage + "." + r.Field
	}
	return s
}

// RefType is the cty type of artifact references.
var RefType = cty.CapsuleWithOps("artifact", reflect.TypeOf(Ref{}), &cty.CapsuleOps{
	GoString:     func(v interface{}) string { return fmt.Sprintf("specs.RefVal(%#v)", *v.(*Ref)) },
	TypeGoString: func(reflect.Type) string { return "specs.RefType" },
	Equals: func(a, b interface{}) cty.Value {
		return cty.BoolVal(*a.(*Ref) == *b.(*Ref))
	},
	RawEquals: func(a, b interface{}) bool { return *a.(*Ref) == *b.(*Ref) },
})

// RefVal wraps a reference as a cty value.
func RefVal(r Ref) cty.Value { return cty.CapsuleVal(RefType, &r) }

// RefOf unwraps a reference value; ok is false for any other value.
func RefOf(v cty.Value) (Ref, bool) {
	if v.IsNull() || !v.IsKnown() || !v.Type().Equals(RefType) {
		return Ref{}, false
	}
	return *v.EncapsulatedValue().(*Ref), true
}
