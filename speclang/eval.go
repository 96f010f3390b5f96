package speclang

import (
	"fmt"
	"sort"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// evaluate decodes every block into stage instances, in file order, and
// evaluates the locals nobody used so that their errors are reported too.
func (l *loader) evaluate() {
	// Blocks and module calls in file order.
	type item struct {
		b *block
		m *moduleCall
	}
	var items []item
	for _, b := range l.blocks {
		items = append(items, item{b: b})
	}
	for _, a := range l.moduleOrder {
		items = append(items, item{m: l.modules[a]})
	}
	pos := func(it item) int {
		if it.b != nil {
			return it.b.hb.DefRange.Start.Byte
		}
		return it.m.hb.DefRange.Start.Byte
	}
	sort.SliceStable(items, func(i, j int) bool { return pos(items[i]) < pos(items[j]) })
	for _, it := range items {
		if m := it.m; m != nil {
			if m.inCycle {
				l.evalCtx(m.travs, scopeEachBody, eachUnknown())
				continue
			}
			l.moduleValue(m)
			l.spec.Stages = append(l.spec.Stages, m.stages...)
			continue
		}
		b := it.b
		switch {
		case b.broken:
			// Unknown kind: its body schema is unknown, so is everything in it.
		case b.inCycle:
			// Still check its references so that typos are reported.
			l.evalCtx(b.travs, b.scope(), eachUnknown())
		default:
			l.decodeBlock(b)
		}
	}
	for _, name := range l.localOrder {
		l.localValue(name)
	}
}

func (b *block) scope() scope {
	if b.forEach != nil {
		return scopeEachBody
	}
	return scopeBody
}

// eachUnknown is each when its cells are unknown: the body is still decoded
// once, so that type errors are found even without values.
func eachUnknown() *cty.Value {
	v := cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})
	return &v
}

func (l *loader) decodeBlock(b *block) {
	if b.forEach == nil {
		l.spec.Stages = append(l.spec.Stages, l.decodeCell(b, l.prefix+b.addr, b.addr+l.keySuffix, "", nil))
		return
	}
	l.shape(b)
	if b.feBroken || !b.keysKnown || len(b.keys) == 0 {
		// No cells to emit, but the body can still be type-checked.
		l.decodeCell(b, l.prefix+b.addr, b.addr+l.keySuffix, "", eachUnknown())
		return
	}
	for _, k := range b.keys {
		each := cty.ObjectVal(map[string]cty.Value{"key": cty.StringVal(k), "value": b.eachVals[k]})
		keyAddr := fmt.Sprintf("%s%s[%q]", b.addr, l.keySuffix, k)
		l.spec.Stages = append(l.spec.Stages, l.decodeCell(b, l.prefix+cellAddr(b, k), keyAddr, k, &each))
	}
}

// decodeCell decodes the body of b for one instance: addr is its address in
// the spec, keyAddr the one its key derives from (Stage.KeyAddr).
func (l *loader) decodeCell(b *block, addr, keyAddr, key string, each *cty.Value) *Stage {
	ctx, _ := l.evalCtx(b.travs, b.scope(), each)
	val, diags := hcldec.Decode(b.body, b.bodySpec(), ctx)
	l.add(diags...)
	st := &Stage{
		Addr: addr, KeyAddr: keyAddr, Block: b.typ, Kind: b.kindName, Name: b.name, EachKey: key,
		Config: val, Inputs: refsIn(val), DeclRange: b.hb.DefRange,
	}
	if b.res != nil {
		st.Resources = l.decodeResources(b.res, ctx)
	}
	return st
}

// refsIn lists the distinct references in v, sorted by String().
func refsIn(v cty.Value) []Ref {
	seen := map[Ref]bool{}
	var refs []Ref
	_ = cty.Walk(v, func(_ cty.Path, v cty.Value) (bool, error) {
		if r, ok := RefOf(v); ok && !seen[r] {
			seen[r] = true
			refs = append(refs, r)
		}
		return true, nil
	})
	sort.Slice(refs, func(i, j int) bool {
		if a, b := refs[i].String(), refs[j].String(); a != b {
			return a < b
		}
		return refs[i].Output < refs[j].Output
	})
	return refs
}

// resourcesSpec is the schema of a resources block.
func resourcesSpec() hcldec.Spec {
	return &hcldec.ObjectSpec{
		"cpus":      &hcldec.AttrSpec{Name: "cpus", Type: cty.Number},
		"mem":       &hcldec.AttrSpec{Name: "mem", Type: cty.String},
		"time":      &hcldec.AttrSpec{Name: "time", Type: cty.String},
		"partition": &hcldec.AttrSpec{Name: "partition", Type: cty.String},
		"extra":     &hcldec.AttrSpec{Name: "extra", Type: cty.List(cty.String)},
		// In-stage checkpoints: how to run, not what to compute.
		"checkpoint_every": &hcldec.AttrSpec{Name: "checkpoint_every", Type: cty.String},
		"checkpoint_iters": &hcldec.AttrSpec{Name: "checkpoint_iters", Type: cty.Number},
	}
}

func (l *loader) decodeResources(rb *hcl.Block, ctx *hcl.EvalContext) *Resources {
	v, diags := hcldec.Decode(rb.Body, resourcesSpec(), ctx)
	l.add(diags...)
	r := &Resources{}
	if diags.HasErrors() || !v.IsWhollyKnown() {
		return r
	}
	str := func(name string) string {
		if a := v.GetAttr(name); !a.IsNull() {
			return a.AsString()
		}
		return ""
	}
	r.Mem, r.Time, r.Partition = str("mem"), str("time"), str("partition")
	if c := v.GetAttr("cpus"); !c.IsNull() {
		bf := c.AsBigFloat()
		n, acc := bf.Int64()
		if !bf.IsInt() || acc != 0 || n < 1 || n > 1<<20 {
			attrs, _ := rb.Body.JustAttributes()
			var rng *hcl.Range
			if a := attrs["cpus"]; a != nil {
				rng = a.Expr.Range().Ptr()
			}
			l.add(errorDiag("Invalid cpus", fmt.Sprintf("cpus must be a whole number of at least 1; got %s.", bf.Text('g', 10)), rng))
		} else {
			r.CPUs = int(n)
		}
	}
	attrRange := func(name string) *hcl.Range {
		attrs, _ := rb.Body.JustAttributes()
		if a := attrs[name]; a != nil {
			return a.Expr.Range().Ptr()
		}
		return rb.DefRange.Ptr()
	}
	if s := str("checkpoint_every"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < 0 {
			l.add(errorDiag("Invalid checkpoint_every", fmt.Sprintf("checkpoint_every is a duration such as \"5m\" or \"30s\" (\"0s\": only checkpoint_iters); got %q.", s), attrRange("checkpoint_every")))
		} else {
			r.CheckpointEvery = &d
		}
	}
	if c := v.GetAttr("checkpoint_iters"); !c.IsNull() {
		bf := c.AsBigFloat()
		n, acc := bf.Int64()
		if !bf.IsInt() || acc != 0 || n < 0 || n > 1<<31 {
			l.add(errorDiag("Invalid checkpoint_iters", fmt.Sprintf("checkpoint_iters must be a whole number of iterations, 0 or more; got %s.", bf.Text('g', 10)), attrRange("checkpoint_iters")))
		} else {
			r.CheckpointIters = int(n)
		}
	}
	if e := v.GetAttr("extra"); !e.IsNull() {
		for _, x := range e.AsValueSlice() {
			r.Extra = append(r.Extra, x.AsString())
		}
	}
	return r
}

// evalAttr evaluates a single attribute in sc and converts it to want.
func (l *loader) evalAttr(a *hcl.Attribute, sc scope, want cty.Type) (cty.Value, bool) {
	ctx, ok := l.evalCtx(a.Expr.Variables(), sc, nil)
	if !ok {
		return cty.NilVal, false
	}
	v, diags := a.Expr.Value(ctx)
	l.add(diags...)
	if diags.HasErrors() {
		return cty.NilVal, false
	}
	cv, err := convert.Convert(v, want)
	if err != nil {
		l.add(errorDiag("Incorrect attribute value type",
			fmt.Sprintf("Inappropriate value for attribute %q: %s.", a.Name, err), a.Expr.Range().Ptr()))
		return cty.NilVal, false
	}
	return cv, true
}
