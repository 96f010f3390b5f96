package stages

import (
	"fmt"
	"math"
	"math/big"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/specs"
)

// config reads a decoded stage body. The decoder has already checked types
// against the kind's schema, so accessors only handle absence (null) and
// numeric range; errors name the attribute.
type config struct {
	v    cty.Value
	errs []error
}

func newConfig(v cty.Value) *config { return &config{v: v} }

func (c *config) get(name string) cty.Value {
	if c.v.IsNull() || !c.v.Type().IsObjectType() || !c.v.Type().HasAttribute(name) {
		return cty.NilVal
	}
	return c.v.GetAttr(name)
}

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

func (c *config) float(name string, def float64) float64 {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return def
	}
	f, _ := v.AsBigFloat().Float64()
	return f
}

func (c *config) int(name string, def int) int {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return def
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

func (c *config) str(name, def string) string {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return def
	}
	return v.AsString()
}

func (c *config) bool(name string, def bool) bool {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return def
	}
	return v.True()
}

func (c *config) floats(name string, def []float64) []float64 {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return def
	}
	var out []float64
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		f, _ := e.AsBigFloat().Float64()
		out = append(out, f)
	}
	return out
}

func (c *config) ints(name string, def []int) []int {
	v := c.get(name)
	if v == cty.NilVal || v.IsNull() {
		return def
	}
	var out []int
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		out = append(out, c.toInt(name, e.AsBigFloat()))
	}
	return out
}

func (c *config) ref(name string) (specs.Ref, bool) {
	v := c.get(name)
	if v == cty.NilVal {
		return specs.Ref{}, false
	}
	return specs.RefOf(v)
}

// mustRef is ref for a required attribute.
func (c *config) mustRef(name string) specs.Ref {
	r, ok := c.ref(name)
	if !ok {
		c.fail(name, "an artifact reference is required")
	}
	return r
}
