package stages

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/speclang"
)

// attr declares one attribute of a stage kind's body, once. The body schema
// the decoder checks types with, the validation `ganpipe validate` does at
// load time, the value Run reads and the documentation (`ganpipe kinds`,
// docs/kinds.md) are all derived from it, so they cannot disagree.
//
// A default comes in one of two forms, and which one is a matter of the
// cache key, not of meaning: def is filled in by the decoder and so is part
// of every key; fallback is what Run reads for an attribute left null, and
// the key holds the null. Attributes keep the form they had when their keys
// were first written, so existing caches stay valid.
type attr struct {
	name     string
	typ      attrType
	required bool
	def      cty.Value // default filled in by the decoder (part of the cache key)
	fallback cty.Value // what Run reads for null (null stays in the key)
	null     string    // what null means, when it depends on other attributes
	rule     rule      // range of a number, or of every element of a list
	nonEmpty bool      // a list that must have at least one element
	values   []string  // the allowed strings, when the attribute is an enumeration
	check    func(string) error
	doc      string
	nested   []attr // the attributes of a repeatable labelled block (typ tBlocks)
	// added says the attribute came after its kind's keys were first
	// written: unset, it stays out of the cache key (info.KeyConfig), so
	// results computed before it existed stay valid.
	added bool
}

// attrType is an attribute's type in the spec language.
type attrType int

const (
	tRef      attrType = iota // an artifact reference, stage.x.output
	tInt                      // a whole number
	tNumber                   // any number
	tString                   // a string
	tBool                     // true or false
	tInts                     // a list of whole numbers
	tNumbers                  // a list of numbers
	tStrings                  // a list of strings
	tSchedule                 // a list of { from, lr, momentum } phases
	tAny                      // a number or a metric reference
	tRefMap                   // a map of artifact references
	tBlocks                   // a repeatable labelled block
)

// scheduleType is the spec type of a learning-rate / momentum schedule:
// [{ from = 0, lr = 2, momentum = 0.9 }, { from = 10000, lr = 0.2, momentum = 0.99 }].
var scheduleType = cty.List(cty.Object(map[string]cty.Type{
	"from": cty.Number, "lr": cty.Number, "momentum": cty.Number,
}))

func (t attrType) cty() cty.Type {
	switch t {
	case tRef:
		return speclang.RefType
	case tInt, tNumber:
		return cty.Number
	case tString:
		return cty.String
	case tBool:
		return cty.Bool
	case tInts, tNumbers:
		return cty.List(cty.Number)
	case tStrings:
		return cty.List(cty.String)
	case tSchedule:
		return scheduleType
	case tRefMap:
		return cty.Map(speclang.RefType)
	}
	return cty.DynamicPseudoType
}

func (t attrType) String() string {
	return [...]string{"reference", "whole number", "number", "string", "bool", "list of whole numbers",
		"list of numbers", "list of strings", "schedule", "number or metric reference", "map of references", "block"}[t]
}

// rule is the allowed range of a number. The zero rule allows any number;
// whole numbers are checked by their type (tInt, tInts).
type rule struct {
	lo, hi         float64
	hasLo, hasHi   bool
	loOpen, hiOpen bool
}

func (r rule) allows(f float64) bool {
	switch {
	case r.hasLo && (f < r.lo || r.loOpen && f == r.lo):
		return false
	case r.hasHi && (f > r.hi || r.hiOpen && f == r.hi):
		return false
	}
	return true
}

// String renders the range as a reader writes it: ">= 1", "in [0, 1)", "> 0".
func (r rule) String() string {
	lo, hi := "[", "]"
	if r.loOpen {
		lo = "("
	}
	if r.hiOpen {
		hi = ")"
	}
	switch {
	case r.hasLo && r.hasHi:
		return fmt.Sprintf("in %s%g, %g%s", lo, r.lo, r.hi, hi)
	case r.hasLo && r.loOpen:
		return fmt.Sprintf("> %g", r.lo)
	case r.hasLo:
		return fmt.Sprintf(">= %g", r.lo)
	case r.hasHi && r.hiOpen:
		return fmt.Sprintf("< %g", r.hi)
	case r.hasHi:
		return fmt.Sprintf("<= %g", r.hi)
	}
	return ""
}

// Constructors, so each kind's table reads as a list of declarations.

func refAttr(name, doc string) attr   { return attr{name: name, typ: tRef, doc: doc} }
func wholeAttr(name, doc string) attr { return attr{name: name, typ: tInt, doc: doc} }
func numAttr(name, doc string) attr   { return attr{name: name, typ: tNumber, doc: doc} }
func strAttr(name, doc string) attr   { return attr{name: name, typ: tString, doc: doc} }
func boolAttr(name, doc string) attr  { return attr{name: name, typ: tBool, doc: doc} }
func wholesAttr(name, doc string) attr {
	return attr{name: name, typ: tInts, doc: doc}
}
func numsAttr(name, doc string) attr { return attr{name: name, typ: tNumbers, doc: doc} }
func strsAttr(name, doc string) attr { return attr{name: name, typ: tStrings, doc: doc} }
func enumAttr(name, def, doc string, values ...string) attr {
	return strAttr(name, doc).dflt(def).oneOf(values...)
}

// oneOf restricts a string to the listed values.
func (a attr) oneOf(values ...string) attr { a.values = values; return a }
func blocksAttr(name, doc string, nested ...attr) attr {
	return attr{name: name, typ: tBlocks, doc: doc, nested: nested}
}

// req marks the attribute required.
func (a attr) req() attr { a.required = true; return a }

// dflt sets the default the decoder fills in (part of the cache key).
func (a attr) dflt(v any) attr { a.def = ctyOf(v); return a }

// or sets the value Run reads when the attribute is null (not in the key).
func (a attr) or(v any) attr { a.fallback = ctyOf(v); return a }

// nullMeans documents a null whose meaning depends on other attributes.
func (a attr) nullMeans(s string) attr { a.null = s; return a }

func (a attr) atLeast(lo float64) attr { a.rule.lo, a.rule.hasLo = lo, true; return a }
func (a attr) above(lo float64) attr {
	a.rule.lo, a.rule.hasLo, a.rule.loOpen = lo, true, true
	return a
}
func (a attr) atMost(hi float64) attr { a.rule.hi, a.rule.hasHi = hi, true; return a }
func (a attr) below(hi float64) attr {
	a.rule.hi, a.rule.hasHi, a.rule.hiOpen = hi, true, true
	return a
}

// probability: a number in [0, 1).
func (a attr) fraction() attr { return a.atLeast(0).below(1) }

// addedLater marks an attribute that enters the cache key only when set.
func (a attr) addedLater() attr { a.added = true; return a }

func (a attr) notEmpty() attr                      { a.nonEmpty = true; return a }
func (a attr) checkedBy(f func(string) error) attr { a.check = f; return a }

// ctyOf turns a Go default into the cty value the decoder would produce.
// Whole numbers become NumberIntVal and others NumberFloatVal: both render
// the same in the canonical JSON of the cache key.
func ctyOf(v any) cty.Value {
	switch x := v.(type) {
	case cty.Value:
		return x
	case int:
		return cty.NumberIntVal(int64(x))
	case float64:
		return cty.NumberFloatVal(x)
	case string:
		return cty.StringVal(x)
	case bool:
		return cty.BoolVal(x)
	case []int:
		vs := make([]cty.Value, len(x))
		for i, n := range x {
			vs[i] = cty.NumberIntVal(int64(n))
		}
		return cty.ListVal(vs)
	}
	panic(fmt.Sprintf("stages: no cty form for default %#v", v))
}

// bodySpec derives the decoder's schema from the declarations.
func bodySpec(attrs []attr) hcldec.ObjectSpec {
	spec := hcldec.ObjectSpec{}
	for _, a := range attrs {
		spec[a.name] = a.spec()
	}
	return spec
}

func (a attr) spec() hcldec.Spec {
	if a.typ == tBlocks {
		// A tuple, not a list: rows may differ in type (one value a
		// metric reference, another a number).
		nested := bodySpec(a.nested)
		nested["label"] = &hcldec.BlockLabelSpec{Index: 0, Name: "label"}
		return &hcldec.BlockTupleSpec{TypeName: a.name, Nested: nested}
	}
	var s hcldec.Spec = &hcldec.AttrSpec{Name: a.name, Type: a.typ.cty(), Required: a.required}
	if a.def != cty.NilVal {
		s = &hcldec.DefaultSpec{Primary: s, Default: &hcldec.LiteralSpec{Value: a.def}}
	}
	if a.validates() {
		s = &hcldec.ValidateSpec{Wrapped: s, Func: a.validate}
	}
	return s
}

func (a attr) validates() bool {
	return a.typ == tInt || a.typ == tInts || a.typ == tSchedule || a.rule != (rule{}) || a.nonEmpty || a.values != nil || a.check != nil
}

// validate checks a decoded value against the declaration. Unknown values
// (unset variables under `validate`) and nulls pass; the decoder gives the
// diagnostics the attribute's range.
func (a attr) validate(v cty.Value) hcl.Diagnostics {
	if msg := a.problem(v); msg != "" {
		return hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Invalid value for " + a.name, Detail: msg}}
	}
	return nil
}

func (a attr) problem(v cty.Value) string {
	if !v.IsKnown() || v.IsNull() {
		return ""
	}
	switch a.typ {
	case tInt, tNumber:
		return a.numberProblem("", v)
	case tInts, tNumbers:
		if !v.CanIterateElements() {
			return ""
		}
		if a.nonEmpty && v.LengthInt() == 0 {
			return fmt.Sprintf("%s must not be empty: it needs %s.", a.name, a.want())
		}
		for i, it := 0, v.ElementIterator(); it.Next(); i++ {
			_, e := it.Element()
			if p := a.numberProblem(fmt.Sprintf("[%d]", i), e); p != "" {
				return p
			}
		}
	case tSchedule:
		return scheduleProblem(a.name, v)
	case tString:
		if !v.Type().Equals(cty.String) {
			return ""
		}
		s := v.AsString()
		if a.values != nil && !slices.Contains(a.values, s) {
			return fmt.Sprintf("%s must be one of %s; got %q%s.", a.name, quoteList(a.values), s, suggestion(s, a.values))
		}
		if a.check != nil {
			if err := a.check(s); err != nil {
				return strings.TrimPrefix(err.Error(), "models: ") + "."
			}
		}
	}
	return ""
}

func (a attr) numberProblem(index string, v cty.Value) string {
	if !v.IsKnown() || v.IsNull() || !v.Type().Equals(cty.Number) {
		return ""
	}
	f := v.AsBigFloat()
	whole := a.typ == tInt || a.typ == tInts
	if whole && !f.IsInt() {
		return fmt.Sprintf("%s%s must be %s; got %s.", a.name, index, a.want(), f.Text('g', 10))
	}
	if whole {
		if i, acc := f.Int64(); acc != big.Exact || i > math.MaxInt32 || i < math.MinInt32 {
			return fmt.Sprintf("%s%s is out of range: %s.", a.name, index, f.Text('g', 10))
		}
	}
	x, _ := f.Float64()
	if !a.rule.allows(x) {
		return fmt.Sprintf("%s%s must be %s; got %s.", a.name, index, a.want(), f.Text('g', 10))
	}
	return ""
}

// want describes the allowed values: "a whole number >= 1".
func (a attr) want() string {
	var s string
	switch a.typ {
	case tInt, tInts:
		s = "a whole number"
	case tNumber, tNumbers:
		s = "a number"
	default:
		return a.typ.String()
	}
	if r := a.rule.String(); r != "" {
		s += " " + r
	}
	if a.typ == tInts || a.typ == tNumbers {
		s = "elements: " + s
	}
	return s
}

func quoteList(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = fmt.Sprintf("%q", v)
	}
	return strings.Join(q, ", ")
}

func suggestion(s string, vs []string) string {
	if m := speclang.Suggest(s, vs); m != "" {
		return fmt.Sprintf(" (did you mean %q?)", m)
	}
	return ""
}

// attrIndex maps names to declarations, nested blocks included under
// "block.attr", for config lookups.
func attrIndex(attrs []attr) map[string]attr {
	m := map[string]attr{}
	for _, a := range attrs {
		m[a.name] = a
	}
	return m
}

// sortedAttrs returns the declarations in the order docs list them:
// required first, then by name.
func sortedAttrs(attrs []attr) []attr {
	out := append([]attr(nil), attrs...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].required != out[j].required {
			return out[i].required
		}
		return out[i].name < out[j].name
	})
	return out
}

// scheduleProblem checks a schedule: phases from whole iterations >= 0, one
// of them at 0, learning rates >= 0 and momenta in [0, 1).
func scheduleProblem(name string, v cty.Value) string {
	if !v.CanIterateElements() {
		return ""
	}
	if v.LengthInt() == 0 {
		return name + " must have at least one phase, the first from = 0."
	}
	zero := false
	for i, it := 0, v.ElementIterator(); it.Next(); i++ {
		_, e := it.Element()
		if !e.IsKnown() || e.IsNull() {
			return ""
		}
		at := func(field string) string { return fmt.Sprintf("%s[%d].%s", name, i, field) }
		for _, a := range []attr{
			attr{name: at("from"), typ: tInt}.atLeast(0),
			attr{name: at("lr"), typ: tNumber}.atLeast(0),
			attr{name: at("momentum"), typ: tNumber}.fraction(),
		} {
			if p := a.numberProblem("", e.GetAttr(a.name[strings.LastIndex(a.name, ".")+1:])); p != "" {
				return p
			}
		}
		if f := e.GetAttr("from"); f.IsKnown() && !f.IsNull() && f.AsBigFloat().Sign() == 0 {
			zero = true
		}
	}
	if !zero {
		return name + " must have a phase from = 0."
	}
	return ""
}
