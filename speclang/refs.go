package speclang

import (
	"fmt"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// scope says where an expression sits, which decides what it may refer to.
type scope int

const (
	scopePipeline   scope = iota // the pipeline block: var, local
	scopeValidation              // a variable's validation rule: var only
	scopeLocals                  // locals: var, local, dataset, stage
	scopeForEach                 // a for_each argument: like locals
	scopeBody                    // a block body without for_each
	scopeEachBody                // a body of a block with for_each: also each
	scopeModuleCall              // the inputs of a module block without for_each: like locals
)

func (s scope) what() string {
	return [...]string{"the pipeline block", "a validation rule", "locals", "for_each", "this block", "this block", "a module block without for_each"}[s]
}

func (s scope) allows(root string) bool {
	switch root {
	case "var":
		return true
	case "local":
		return s != scopeValidation
	case "dataset", "stage", "module":
		return s >= scopeLocals
	case "each":
		return s == scopeEachBody
	}
	return false
}

// roots are the names a reference can start with.
var roots = []string{"var", "local", "dataset", "stage", "module", "each"}

// rootAliases catches plural and long forms that are too far from the real
// root for the edit-distance suggestion.
func rootAlias(name string) string {
	switch name {
	case "variable", "variables", "vars":
		return "var"
	case "locals", "local_value":
		return "local"
	case "datasets", "data":
		return "dataset"
	case "stages":
		return "stage"
	case "modules":
		return "module"
	}
	return Suggest(name, roots)
}

// checkTraversal checks one reference against the declarations, before
// anything is evaluated, so that the user reads our diagnostics (with the
// list of valid names) rather than HCL's generic "Unsupported attribute".
// It cannot check for_each keys: those are known only after evaluation (see
// checkKey).
func (l *loader) checkTraversal(t hcl.Traversal, sc scope) hcl.Diagnostics {
	rng := t.SourceRange().Ptr()
	bad := func(summary, format string, args ...any) hcl.Diagnostics {
		return hcl.Diagnostics{errorDiag(summary, fmt.Sprintf(format, args...), rng)}
	}
	root := t.RootName()
	isRoot := false
	for _, r := range roots {
		isRoot = isRoot || r == root
	}
	if !isRoot {
		hint := ""
		if s := rootAlias(root); s != "" {
			hint = fmt.Sprintf(" Did you mean %q?", s)
		}
		return bad("Unknown reference",
			"There is nothing named %q to refer to.%s References start with var., local., dataset., stage., module. or (in a stage with for_each) each.", root, hint)
	}
	if !sc.allows(root) {
		if root == "each" {
			return bad("each is not available here",
				"each.key and each.value can be used only in the body of a stage or module block that has for_each; here we are in %s.", sc.what())
		}
		return bad("Reference not allowed", "%s.* cannot be used in %s.", root, sc.what())
	}
	name, ok := attrStep(t, 1)
	if !ok {
		if len(t) == 1 && root != "each" {
			// The whole namespace as a value (e.g. keys(var)) is harmless.
			return nil
		}
		return bad("Invalid reference", "A reference to %s needs a name after the dot: %s.NAME.", root, root)
	}
	switch root {
	case "var":
		if l.vars[name] == nil {
			return bad("Reference to undeclared variable",
				"There is no variable named %q.%s", name, didYouMean(name, l.varOrder))
		}
		return nil
	case "local":
		if l.locals[name] == nil {
			return bad("Reference to undeclared local value",
				"There is no local value named %q.%s", name, didYouMean(name, l.localOrder))
		}
		return nil
	case "module":
		return l.checkModuleTraversal(t, name, bad)
	case "each":
		if name != "key" && name != "value" {
			return bad("Invalid each reference", "each has only each.key and each.value; there is no each.%s.%s", name, didYouMean(name, []string{"key", "value"}))
		}
		return nil
	}

	// dataset.NAME... or stage.NAME...
	b := l.byAddr[root+"."+name]
	if b == nil {
		var names []string
		for _, o := range l.blocks {
			if o.typ == root {
				names = append(names, o.name)
			}
		}
		other := ""
		if root == "stage" && l.byAddr["dataset."+name] != nil {
			other = fmt.Sprintf(" There is a dataset named %q: dataset.%s.", name, name)
		} else if root == "dataset" && l.byAddr["stage."+name] != nil {
			other = fmt.Sprintf(" There is a stage named %q: stage.%s.", name, name)
		}
		return bad(fmt.Sprintf("Reference to undeclared %s", root),
			"There is no %s named %q.%s%s", root, name, didYouMean(name, names), other)
	}
	if b.broken {
		return nil // its kind is unknown, already reported: outputs unknowable
	}
	rest := t[2:]
	if b.forEach != nil {
		if len(rest) == 0 {
			return nil // the whole map of instances
		}
		ix, isIndex := rest[0].(hcl.TraverseIndex)
		if !isIndex {
			return bad("Missing instance key",
				"%s uses for_each, so a reference to one of its outputs names an instance: %s[\"KEY\"].%s.", b.addr, b.addr, stepName(rest[0]))
		}
		if !ix.Key.IsKnown() || ix.Key.IsNull() || ix.Key.Type() != cty.String {
			return bad("Invalid instance key", "The instances of %s are keyed by strings, as in %s[\"KEY\"].", b.addr, b.addr)
		}
		rest = rest[1:]
	} else if len(rest) > 0 {
		if _, isIndex := rest[0].(hcl.TraverseIndex); isIndex {
			return bad("Unexpected instance key",
				"%s does not use for_each, so it has no instances to index: refer to its outputs directly, as in %s.OUTPUT.", b.addr, b.addr)
		}
	}
	if len(rest) == 0 {
		return nil
	}
	out, ok := attrStep(rest, 0)
	if !ok {
		return bad("Invalid reference", "After %s comes the name of an output: %s.OUTPUT.", b.addr, b.addr)
	}
	outs, metrics := b.kind.Outputs(), b.kind.Metrics()
	if !contains(outs, out) && !contains(metrics, out) {
		valid := "Its outputs are " + quoteList(outs)
		if len(metrics) > 0 {
			valid += "; its metrics are " + quoteList(metrics)
		}
		return bad("Unknown output",
			"%s (kind %s) has no output %q.%s %s.", b.addr, b.kindName, out, didYouMean(out, append(append([]string(nil), outs...), metrics...)), valid)
	}
	if len(rest) > 1 {
		return bad("Invalid reference", "%s is an artifact reference; it has no attributes or elements.", t[:len(t)-len(rest)+1].RootName()+traversalTail(t[:len(t)-len(rest)+1]))
	}
	return nil
}

// attrStep returns the name of t[i] when it is an attribute step.
func attrStep(t hcl.Traversal, i int) (string, bool) {
	if i >= len(t) {
		return "", false
	}
	switch s := t[i].(type) {
	case hcl.TraverseAttr:
		return s.Name, true
	case hcl.TraverseRoot:
		return s.Name, true
	}
	return "", false
}

func stepName(s hcl.Traverser) string {
	if a, ok := s.(hcl.TraverseAttr); ok {
		return a.Name
	}
	return "OUTPUT"
}

// traversalTail renders the steps after the root, for messages.
func traversalTail(t hcl.Traversal) string {
	s := ""
	for _, step := range t[1:] {
		switch st := step.(type) {
		case hcl.TraverseAttr:
			s += "." + st.Name
		case hcl.TraverseIndex:
			if st.Key.Type() == cty.String && st.Key.IsKnown() && !st.Key.IsNull() {
				s += fmt.Sprintf("[%q]", st.Key.AsString())
			} else {
				s += "[...]"
			}
		}
	}
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// evalCtx checks travs and builds the evaluation context for an expression
// (or a body) that uses them. Problems are reported here, once; a bad
// reference is then bound to an unknown value, so evaluation goes on and
// reports the expression's other problems without repeating this one. ok is
// false when some reference was bad.
func (l *loader) evalCtx(travs []hcl.Traversal, sc scope, each *cty.Value) (*hcl.EvalContext, bool) {
	ok := true
	poisonRoot := map[string]bool{}
	named := map[string]map[string]cty.Value{"var": {}, "local": {}, "dataset": {}, "stage": {}, "module": {}}
	poisonName := map[string]map[string]bool{"var": {}, "local": {}, "dataset": {}, "stage": {}, "module": {}}
	for _, t := range travs {
		root := t.RootName()
		if d := l.checkTraversal(t, sc); len(d) > 0 {
			l.add(d...)
			ok = false
			if name, isAttr := attrStep(t, 1); isAttr && poisonName[root] != nil {
				poisonName[root][name] = true
			} else {
				poisonRoot[root] = true
			}
			continue
		}
		name, isAttr := attrStep(t, 1)
		if !isAttr {
			continue
		}
		switch root {
		case "local":
			named["local"][name] = l.localValue(name)
		case "module":
			named["module"][name] = l.moduleValue(l.modules["module."+name])
		case "dataset", "stage":
			b := l.byAddr[root+"."+name]
			v := l.shape(b)
			if d := l.checkKey(b, t); d != nil {
				l.add(d)
				ok = false
				poisonName[root][name] = true
			}
			named[root][name] = v
		}
	}
	vars := map[string]cty.Value{}
	for root, vals := range named {
		attrs := vals
		if root == "var" {
			attrs = l.varObj.AsValueMap()
			if attrs == nil {
				attrs = map[string]cty.Value{}
			}
		}
		for n := range poisonName[root] {
			attrs[n] = cty.DynamicVal
		}
		vars[root] = cty.ObjectVal(attrs)
	}
	if each != nil {
		vars["each"] = *each
	}
	for root := range poisonRoot {
		vars[root] = cty.DynamicVal
	}
	return &hcl.EvalContext{Variables: vars, Functions: l.funcs}, ok
}

// checkKey reports a static for_each key that the producer does not have.
func (l *loader) checkKey(b *block, t hcl.Traversal) *hcl.Diagnostic {
	if b.forEach == nil || len(t) < 3 || !b.keysKnown {
		return nil
	}
	ix, isIndex := t[2].(hcl.TraverseIndex)
	if !isIndex {
		return nil
	}
	key := ix.Key.AsString()
	if _, has := b.eachVals[key]; has {
		return nil
	}
	return errorDiag("Unknown instance key",
		fmt.Sprintf("%s has no instance %q.%s Its for_each keys are %s.", b.addr, key, didYouMean(key, b.keys), quoteList(b.keys)),
		t.SourceRange().Ptr())
}

// localValue evaluates a local on first use. A local met again while it is
// being evaluated is on a cycle, reported by analyse; it is unknown here.
func (l *loader) localValue(name string) cty.Value {
	lv := l.locals[name]
	switch {
	case lv.inCycle || lv.state == 1:
		return cty.DynamicVal
	case lv.state == 2:
		return lv.val
	}
	lv.state = 1
	ctx, _ := l.evalCtx(lv.attr.Expr.Variables(), scopeLocals, nil)
	v, diags := lv.attr.Expr.Value(ctx)
	l.add(diags...)
	if diags.HasErrors() {
		v = cty.DynamicVal
	}
	lv.val, lv.state = v, 2
	return v
}

// shape is the value stage.NAME (or dataset.NAME) has in expressions: the
// object of its outputs, or for a for_each stage a map from key to that
// object. Computing it evaluates for_each.
func (l *loader) shape(b *block) cty.Value {
	if b.broken {
		return cty.DynamicVal
	}
	if b.forEach == nil {
		return outputsVal(b, l.prefix+b.addr)
	}
	switch b.shapeState {
	case 1:
		return cty.DynamicVal // on a dependency cycle, reported by analyse
	case 2:
		return b.shapeVal
	}
	b.shapeState = 1
	b.shapeVal = l.evalForEach(b)
	b.shapeState = 2
	return b.shapeVal
}

func (l *loader) evalForEach(b *block) cty.Value {
	objType := outputsVal(b, b.addr).Type()
	unknown := cty.UnknownVal(cty.Map(objType))
	if b.inCycle {
		b.feBroken = true
		return unknown
	}
	ctx, _ := l.evalCtx(b.forEach.Variables(), scopeForEach, nil)
	v, diags := b.forEach.Value(ctx)
	l.add(diags...)
	if diags.HasErrors() {
		b.feBroken = true
		return unknown
	}
	rng := b.forEach.Range().Ptr()
	ty := v.Type()
	switch {
	case v.IsNull():
		l.add(errorDiag("Invalid for_each argument", "for_each is null; it must be a map, an object or a set of strings.", rng))
		b.feBroken = true
		return unknown
	case !ty.IsMapType() && !ty.IsObjectType() && !ty.IsSetType() && ty != cty.DynamicPseudoType:
		hint := ""
		if ty.IsTupleType() || ty.IsListType() {
			hint = " To iterate over a list of strings, convert it with toset(...)."
		}
		l.add(errorDiag("Invalid for_each argument",
			fmt.Sprintf("for_each must be a map, an object or a set of strings; this is a %s.%s", ty.FriendlyName(), hint), rng))
		b.feBroken = true
		return unknown
	case ty.IsSetType() && !ty.ElementType().Equals(cty.String) && ty.ElementType() != cty.DynamicPseudoType:
		l.add(errorDiag("Invalid for_each argument",
			fmt.Sprintf("A set given to for_each must hold strings (they become the keys); this is a %s.", ty.FriendlyName()), rng))
		b.feBroken = true
		return unknown
	case !v.IsKnown() || (ty.IsSetType() && !v.IsWhollyKnown()):
		return unknown // validate with unset variables: cells unknowable
	}
	b.eachVals = map[string]cty.Value{}
	for it := v.ElementIterator(); it.Next(); {
		k, ev := it.Element()
		if k.IsNull() {
			l.add(errorDiag("Invalid for_each argument", "A for_each set must not hold null.", rng))
			b.feBroken = true
			return unknown
		}
		key := k.AsString()
		if ty.IsSetType() {
			ev = k
		}
		b.eachVals[key] = ev
		b.keys = append(b.keys, key)
	}
	sort.Strings(b.keys)
	b.keysKnown = true
	if len(b.keys) == 0 {
		return cty.MapValEmpty(objType)
	}
	cells := map[string]cty.Value{}
	for _, k := range b.keys {
		cells[k] = outputsVal(b, l.prefix+cellAddr(b, k))
	}
	return cty.MapVal(cells)
}
