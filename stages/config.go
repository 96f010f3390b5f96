package stages

import (
	"fmt"
	"math"
	"math/big"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/speclang"
)

// config reads a decoded stage body through the kind's declarations. The
// decoder has already checked types, ranges and allowed values and filled in
// the defaults (attrs.go); a null attribute reads as its declared fallback,
// else as the zero value. Reading a name the kind does not declare is a
// programming error, reported like a bad attribute so a test meets it.
type config struct {
	v     cty.Value
	attrs map[string]attr
	errs  []error
}

func newConfig(attrs []attr, v cty.Value) *config { return &config{v: v, attrs: attrIndex(attrs)} }

// get returns the attribute's value: cty.NilVal when the body has no such
// attribute, a null when it is unset and has no fallback.
func (c *config) get(name string) cty.Value {
	a, ok := c.attrs[name]
	if !ok {
		c.fail(name, "not a declared attribute of this kind (stages: read of an undeclared name)")
		return cty.NilVal
	}
	if c.v.IsNull() || !c.v.Type().IsObjectType() || !c.v.Type().HasAttribute(name) {
		return cty.NilVal
	}
	v := c.v.GetAttr(name)
	if v.IsNull() && a.fallback != cty.NilVal {
		return a.fallback
	}
	return v
}

// set reports whether the spec gives the attribute a value (a declared
// default counts; a fallback does not).
func (c *config) set(name string) bool {
	if _, ok := c.attrs[name]; !ok || c.v.IsNull() || !c.v.Type().IsObjectType() || !c.v.Type().HasAttribute(name) {
		return false
	}
	return !c.v.GetAttr(name).IsNull()
}

// blocks returns a config for each of a repeatable block's instances.
func (c *config) blocks(name string) []*config {
	var out []*config
	for _, v := range elements(c.get(name)) {
		out = append(out, newConfig(c.attrs[name].nested, v))
	}
	return out
}

// label is a block's label (blocks of a blocksAttr).
func (c *config) label() string {
	if c.v.IsNull() || !c.v.Type().IsObjectType() || !c.v.Type().HasAttribute("label") {
		return ""
	}
	return c.v.GetAttr("label").AsString()
}

// elements returns the elements of a list, tuple or map value (none for
// null or absent).
func elements(v cty.Value) []cty.Value {
	if v == cty.NilVal || v.IsNull() || !v.IsKnown() {
		return nil
	}
	var out []cty.Value
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		out = append(out, e)
	}
	return out
}

// has reports whether the attribute reads as a value (set, defaulted or
// with a fallback).
func (c *config) has(name string) bool {
	v := c.get(name)
	return v != cty.NilVal && !v.IsNull()
}

func (c *config) fail(name, format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf("%s: %s", name, fmt.Sprintf(format, args...)))
}

// err returns the first problem met, if any.
func (c *config) err() error {
	if len(c.errs) == 0 {
		return nil
	}
	return c.errs[0]
}

func (c *config) float(name string) float64 {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return 0
	}
	f, _ := v.AsBigFloat().Float64()
	return f
}

func (c *config) int(name string) int {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return 0
	}
	return c.toInt(name, v.AsBigFloat())
}

func (c *config) toInt(name string, f *big.Float) int {
	if !f.IsInt() {
		c.fail(name, "must be a whole number, got %s", f.Text('g', 10))
		return 0
	}
	i, acc := f.Int64()
	if acc != big.Exact || i > math.MaxInt32 || i < math.MinInt32 {
		c.fail(name, "out of range: %s", f.Text('g', 10))
		return 0
	}
	return int(i)
}

func (c *config) str(name string) string {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return ""
	}
	return v.AsString()
}

func (c *config) bool(name string) bool {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return false
	}
	return v.True()
}

func (c *config) floats(name string) []float64 {
	var out []float64
	for _, e := range elements(c.get(name)) {
		f, _ := e.AsBigFloat().Float64()
		out = append(out, f)
	}
	return out
}

func (c *config) strs(name string) []string {
	var out []string
	for _, e := range elements(c.get(name)) {
		out = append(out, e.AsString())
	}
	return out
}

func (c *config) ints(name string) []int {
	var out []int
	for _, e := range elements(c.get(name)) {
		out = append(out, c.toInt(name, e.AsBigFloat()))
	}
	return out
}

func (c *config) ref(name string) (speclang.Ref, bool) {
	v := c.get(name)
	if v == cty.NilVal {
		return speclang.Ref{}, false
	}
	return speclang.RefOf(v)
}

// mustRef is ref for a required attribute.
func (c *config) mustRef(name string) speclang.Ref {
	r, ok := c.ref(name)
	if !ok {
		c.fail(name, "an artifact reference is required")
	}
	return r
}

// intOr reads a whole-number attribute whose null means a value that
// depends on other attributes (its declaration's nullMeans says which).
func (c *config) intOr(name string, ifNull int) int {
	if !c.has(name) {
		return ifNull
	}
	return c.int(name)
}

// floatOr is intOr for numbers.
func (c *config) floatOr(name string, ifNull float64) float64 {
	if !c.has(name) {
		return ifNull
	}
	return c.float(name)
}
