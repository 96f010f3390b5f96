package speclang

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// MaxModuleDepth is how deeply module calls may nest: a spec calling a
// module that calls a module is depth 2. Like MaxNesting it bounds what a
// generated or hostile spec can make the loader do; real specs use one or
// two levels.
const MaxModuleDepth = 8

// moduleCall is one module block of a spec or of a module file.
type moduleCall struct {
	name    string
	addr    string // module.NAME
	hb      *hcl.Block
	source  string    // the source attribute as written
	srcRng  hcl.Range // its expression
	path    string    // resolved file path ("" when source is bad)
	forEach hcl.Expression
	inputs  map[string]*hcl.Attribute
	travs   []hcl.Traversal // every reference in the inputs and for_each
	deps    map[string]bool
	broken  bool // bad source, unreadable file, cycle or too deep: value unknown
	inCycle bool

	state  int // 0 not instantiated, 1 in progress, 2 done
	val    cty.Value
	stages []*Stage // the stages of every instance, in key order
}

// modCtx is what a loader of a module file knows of the call that loaded it.
type modCtx struct {
	call     *moduleCall
	callFile string   // the file holding the module block
	chain    []string // resolved source paths from the spec down to this file
	inputs   map[string]cty.Value
	eachKey  string // the instance key under for_each; "" without
}

var callSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "source", Required: true}, {Name: "for_each"}}}

// declareModule registers a module block. Every attribute other than source
// and for_each is an input: a value for the module's variable of that name.
func (l *loader) declareModule(hb *hcl.Block) {
	m := &moduleCall{name: hb.Labels[0], hb: hb, inputs: map[string]*hcl.Attribute{}}
	m.addr = "module." + m.name
	attrs, diags := hb.Body.JustAttributes()
	l.add(diags...)
	for name, a := range attrs {
		switch name {
		case "source":
			m.srcRng = a.Expr.Range()
			v, diags := a.Expr.Value(nil)
			if diags.HasErrors() || v.Type() != cty.String || v.IsNull() || !v.IsKnown() {
				l.add(errorDiag("Invalid module source",
					`The source of a module is a literal string: the path of its file relative to this one, such as "./modules/eval.hcl".`,
					a.Expr.Range().Ptr()))
				m.broken = true
				continue
			}
			m.source = v.AsString()
		case "for_each":
			m.forEach = a.Expr
			m.travs = append(m.travs, a.Expr.Variables()...)
		default:
			m.inputs[name] = a
			m.travs = append(m.travs, a.Expr.Variables()...)
		}
	}
	if attrs["source"] == nil {
		l.add(errorDiag("Missing module source",
			`A module block needs source = "./path/to/module.hcl", relative to the file holding the block.`,
			hb.DefRange.Ptr()))
		m.broken = true
	}
	if !l.checkName("module", m.name, hb.LabelRanges[0]) {
		return
	}
	if prev := l.modules[m.addr]; prev != nil {
		l.add(errorDiag("Duplicate module call",
			fmt.Sprintf("A module named %q was already called at %s.", m.name, rangeString(prev.hb.DefRange)),
			hb.DefRange.Ptr()))
		return
	}
	if !m.broken {
		l.resolveSource(m)
	}
	l.modules[m.addr] = m
	l.moduleOrder = append(l.moduleOrder, m.addr)
}

// resolveSource sets m.path, or reports why the source cannot be used.
func (l *loader) resolveSource(m *moduleCall) {
	if !strings.HasPrefix(m.source, "./") && !strings.HasPrefix(m.source, "../") {
		l.add(errorDiag("Invalid module source",
			fmt.Sprintf("The source %q must be a local path starting with ./ or ../, relative to the file holding the module block.", m.source),
			m.srcRng.Ptr()))
		m.broken = true
		return
	}
	m.path = filepath.Clean(filepath.Join(filepath.Dir(l.filename), filepath.FromSlash(m.source)))
	chain := []string{l.filename}
	depth := 0
	if l.mod != nil {
		chain = l.mod.chain
		depth = len(l.mod.chain) - 1
	}
	for _, p := range chain {
		if sameFile(p, m.path) {
			l.add(errorDiag("Module cycle",
				fmt.Sprintf("%s -> %s: %s is already being loaded. A module cannot call itself, directly or through other modules.", strings.Join(chain, " -> "), m.path, m.path),
				m.srcRng.Ptr()))
			m.broken = true
			return
		}
	}
	if depth+1 > MaxModuleDepth {
		l.add(errorDiag("Modules nested too deeply",
			fmt.Sprintf("This call would be module level %d (%s -> %s); at most %d levels are allowed.", depth+1, strings.Join(chain, " -> "), m.path, MaxModuleDepth),
			m.srcRng.Ptr()))
		m.broken = true
	}
}

// sameFile says whether two cleaned paths name the same file, comparing
// absolute paths so that "a/../b.hcl" and "b.hcl" match.
func sameFile(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	if err1 != nil || err2 != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return aa == bb
}

// moduleValue is the value module.NAME has in expressions: the object of the
// module's outputs, or under for_each an object from key to that object.
// The first use loads the module file once per instance; its stages are
// kept in m.stages and join the spec at the module block's place.
func (l *loader) moduleValue(m *moduleCall) cty.Value {
	if m.broken || m.inCycle {
		return cty.DynamicVal
	}
	switch m.state {
	case 1:
		return cty.DynamicVal // on a cycle, reported by analyse
	case 2:
		return m.val
	}
	m.state = 1
	m.val = l.instantiate(m)
	m.state = 2
	return m.val
}

func (l *loader) instantiate(m *moduleCall) cty.Value {
	src, err := l.readFile(m.path)
	if err != nil {
		l.add(errorDiag("Cannot read module file",
			fmt.Sprintf("Module %q: reading %s: %s.", m.name, m.path, describeErr(err)),
			m.srcRng.Ptr()))
		m.broken = true
		return cty.DynamicVal
	}
	if m.forEach == nil {
		return l.loadInstance(m, src, "", l.moduleInputs(m, nil))
	}
	keys, vals, ok := l.evalForEachExpr(m.forEach)
	if !ok {
		// Still check the inputs' references once.
		l.moduleInputs(m, eachUnknown())
		return cty.DynamicVal
	}
	out := map[string]cty.Value{}
	for _, k := range keys {
		each := cty.ObjectVal(map[string]cty.Value{"key": cty.StringVal(k), "value": vals[k]})
		out[k] = l.loadInstance(m, src, k, l.moduleInputs(m, &each))
	}
	return cty.ObjectVal(out)
}

// describeErr drops the path os errors repeat.
func describeErr(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// readFile reads a module file through Options.ReadFile.
func (l *loader) readFile(path string) ([]byte, error) {
	if l.opts.ReadFile != nil {
		return l.opts.ReadFile(path)
	}
	return os.ReadFile(path)
}

// moduleInputs evaluates a call's input attributes in the calling file. A
// bad input (reported) is an unknown value, so the module is still loaded
// and checked.
func (l *loader) moduleInputs(m *moduleCall, each *cty.Value) map[string]cty.Value {
	sc := scopeModuleCall
	if each != nil {
		sc = scopeEachBody
	}
	out := map[string]cty.Value{}
	for name, a := range m.inputs {
		ctx, good := l.evalCtx(a.Expr.Variables(), sc, each)
		v, diags := a.Expr.Value(ctx)
		l.add(diags...)
		if !good || diags.HasErrors() {
			v = cty.DynamicVal
		}
		out[name] = v
	}
	return out
}

// loadInstance loads one instance of a module with its inputs and returns
// the object of its outputs. Its diagnostics join ours, each saying which
// call it came through.
func (l *loader) loadInstance(m *moduleCall, src []byte, key string, inputs map[string]cty.Value) cty.Value {
	chain := []string{l.filename}
	if l.mod != nil {
		chain = l.mod.chain
	}
	child := &loader{
		opts:     Options{Kinds: l.opts.Kinds, AllowUnset: l.opts.AllowUnset, ReadFile: l.opts.ReadFile},
		parser:   l.parser,
		parsed:   l.parsed,
		filename: m.path,
		vars:     map[string]*variable{},
		locals:   map[string]*local{},
		byAddr:   map[string]*block{},
		modules:  map[string]*moduleCall{},
		funcs:    l.funcs,
		mod: &modCtx{
			call: m, callFile: l.filename, chain: append(append([]string(nil), chain...), m.path),
			inputs: inputs, eachKey: key,
		},
	}
	child.prefix = l.prefix + m.addr
	child.keySuffix = l.keySuffix
	if m.forEach != nil {
		child.prefix += fmt.Sprintf("[%q]", key)
		child.keySuffix += fmt.Sprintf("[%q]", key)
	}
	child.prefix += "."
	child.spec = &Spec{Filename: m.path, Variables: map[string]cty.Value{}, Files: l.parser.Files()}
	val := child.loadModule(src)
	where := fmt.Sprintf("module %q", m.name)
	if m.forEach != nil {
		where = fmt.Sprintf("module %s[%q]", m.name, key)
	}
	for _, d := range child.diags {
		c := *d
		note := fmt.Sprintf("In %s (%s), called at %s.", where, m.path, rangeString(m.hb.DefRange))
		if c.Detail == "" {
			c.Detail = note
		} else {
			c.Detail += "\n" + note
		}
		l.add(&c)
	}
	m.stages = append(m.stages, child.spec.Stages...)
	return val
}

var moduleSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "locals"},
	{Type: "stage", LabelNames: []string{"kind", "name"}},
	{Type: "module", LabelNames: []string{"name"}},
	{Type: "output", LabelNames: []string{"name"}},
	{Type: "pipeline", LabelNames: []string{"name"}},
	{Type: "dataset", LabelNames: []string{"name"}},
	{Type: "report", LabelNames: []string{"name"}},
}}

var outputSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "value", Required: true}, {Name: "description"}}}

// loadModule decodes a module file: variable, locals, stage, module and
// output blocks. It returns the object of the outputs.
func (l *loader) loadModule(src []byte) cty.Value {
	if diags := CheckNesting(src, l.filename, false); diags.HasErrors() {
		l.parser.AddFile(l.filename, &hcl.File{Body: hcl.EmptyBody(), Bytes: src})
		l.add(diags...)
		return cty.DynamicVal
	}
	// The parser keeps each file and reports its syntax errors only the
	// first time: a module called twice keeps them for its other calls.
	file, diags := l.parser.ParseHCL(src, l.filename)
	if prev, seen := l.parsed[l.filename]; seen {
		diags = prev
	} else {
		l.parsed[l.filename] = diags
	}
	l.add(diags...)
	if diags.HasErrors() || file == nil {
		return cty.DynamicVal
	}
	content, diags := file.Body.Content(moduleSchema)
	l.add(diags...)
	var outputs []*hcl.Block
	for _, b := range content.Blocks {
		switch b.Type {
		case "variable":
			l.declareVariable(b)
		case "locals":
			l.declareLocals(b)
		case "module":
			l.declareModule(b)
		case "output":
			outputs = append(outputs, b)
		case "stage":
			l.declareBlock(b)
		default:
			l.add(errorDiag(fmt.Sprintf("%s block in a module", strings.ToUpper(b.Type[:1])+b.Type[1:]),
				fmt.Sprintf("A module file holds variable, locals, stage, module and output blocks only; a %s block belongs in the spec that calls it.", b.Type),
				b.DefRange.Ptr()))
		}
	}
	l.resolveInputs()
	l.analyse()
	l.evaluate()

	vals := map[string]cty.Value{}
	seen := map[string]*hcl.Block{}
	for _, ob := range outputs {
		name := ob.Labels[0]
		if !l.checkName("output", name, ob.LabelRanges[0]) {
			continue
		}
		if prev := seen[name]; prev != nil {
			l.add(errorDiag("Duplicate output",
				fmt.Sprintf("An output named %q was already declared at %s.", name, rangeString(prev.DefRange)), ob.DefRange.Ptr()))
			continue
		}
		seen[name] = ob
		c, diags := ob.Body.Content(outputSchema)
		l.add(diags...)
		a := c.Attributes["value"]
		if a == nil {
			vals[name] = cty.DynamicVal
			continue
		}
		ctx, ok := l.evalCtx(a.Expr.Variables(), scopeLocals, nil)
		v, diags := a.Expr.Value(ctx)
		l.add(diags...)
		if !ok || diags.HasErrors() {
			v = cty.DynamicVal
		}
		vals[name] = v
	}
	return cty.ObjectVal(vals)
}

// resolveInputs gives a module's variables their values: the call's input
// of that name, else the default. An input the module does not declare, or
// a variable without default that the call does not set, is reported at the
// call, naming the module file's declarations.
func (l *loader) resolveInputs() {
	m := l.mod.call
	var names []string
	for n := range m.inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		a := m.inputs[name]
		v := l.vars[name]
		if v == nil {
			declared := "It declares no variables."
			if len(l.varOrder) > 0 {
				declared = "Its variables are " + quoteList(l.varOrder) + "."
			}
			l.add(errorDiag("Unsupported module input",
				fmt.Sprintf("Module %q (%s) has no variable named %q.%s %s", m.name, l.filename, name, didYouMean(name, l.varOrder), declared),
				a.NameRange.Ptr()))
			continue
		}
		if v.broken {
			continue
		}
		val := l.mod.inputs[name]
		cv, err := convert.Convert(val, v.typ)
		if err != nil {
			v.badValue = true
			l.add(errorDiag("Invalid module input",
				fmt.Sprintf("The value for variable %q of module %q (declared at %s) does not match its type %s: %s.", name, m.name, rangeString(v.block.DefRange), typeexpr.TypeString(v.typ), err),
				a.Expr.Range().Ptr()))
			continue
		}
		v.value, v.source = cv, fmt.Sprintf("the input at %s", rangeString(a.NameRange))
	}
	attrs := map[string]cty.Value{}
	for _, name := range l.varOrder {
		v := l.vars[name]
		switch {
		case v.broken || (v.badValue && v.value == cty.NilVal):
			v.value = cty.DynamicVal
		case v.value == cty.NilVal:
			l.add(errorDiag("Missing module input",
				fmt.Sprintf("Module %q (%s) needs a value for its variable %q, declared without a default at %s: add %s = ... to this module block.",
					m.name, l.filename, name, rangeString(v.block.DefRange), name),
				m.hb.DefRange.Ptr()))
			v.value = cty.DynamicVal
			v.broken = true
		}
		attrs[name] = v.value
		l.spec.Variables[name] = v.value
	}
	l.varObj = cty.ObjectVal(attrs)
	for _, name := range l.varOrder {
		l.validateVariable(l.vars[name])
	}
}

// evalForEachExpr evaluates a module call's for_each: a map, an object or a
// set of strings. ok is false when it is invalid (reported) or unknown.
func (l *loader) evalForEachExpr(expr hcl.Expression) (keys []string, vals map[string]cty.Value, ok bool) {
	ctx, good := l.evalCtx(expr.Variables(), scopeForEach, nil)
	v, diags := expr.Value(ctx)
	l.add(diags...)
	if !good || diags.HasErrors() {
		return nil, nil, false
	}
	rng := expr.Range().Ptr()
	ty := v.Type()
	switch {
	case v.IsNull():
		l.add(errorDiag("Invalid for_each argument", "for_each is null; it must be a map, an object or a set of strings.", rng))
		return nil, nil, false
	case !ty.IsMapType() && !ty.IsObjectType() && !ty.IsSetType() && ty != cty.DynamicPseudoType:
		l.add(errorDiag("Invalid for_each argument",
			fmt.Sprintf("for_each must be a map, an object or a set of strings; this is a %s.", ty.FriendlyName()), rng))
		return nil, nil, false
	case ty.IsSetType() && !ty.ElementType().Equals(cty.String) && ty.ElementType() != cty.DynamicPseudoType:
		l.add(errorDiag("Invalid for_each argument",
			fmt.Sprintf("A set given to for_each must hold strings (they become the keys); this is a %s.", ty.FriendlyName()), rng))
		return nil, nil, false
	case !v.IsWhollyKnown():
		return nil, nil, false
	}
	vals = map[string]cty.Value{}
	for it := v.ElementIterator(); it.Next(); {
		k, ev := it.Element()
		if k.IsNull() {
			l.add(errorDiag("Invalid for_each argument", "A for_each set must not hold null.", rng))
			return nil, nil, false
		}
		if ty.IsSetType() {
			ev = k
		}
		vals[k.AsString()] = ev
		keys = append(keys, k.AsString())
	}
	sort.Strings(keys)
	return keys, vals, true
}

// checkModuleTraversal checks module.NAME[...]. The output names are checked
// by evaluation: they are known only once the module file is loaded.
func (l *loader) checkModuleTraversal(t hcl.Traversal, name string, bad func(string, string, ...any) hcl.Diagnostics) hcl.Diagnostics {
	m := l.modules["module."+name]
	if m == nil {
		var names []string
		for _, a := range l.moduleOrder {
			names = append(names, strings.TrimPrefix(a, "module."))
		}
		return bad("Reference to undeclared module", "There is no module call named %q.%s", name, didYouMean(name, names))
	}
	rest := t[2:]
	if m.forEach != nil {
		if len(rest) == 0 {
			return nil
		}
		if _, isIndex := rest[0].(hcl.TraverseIndex); !isIndex {
			return bad("Missing instance key",
				"%s uses for_each, so a reference to one of its outputs names an instance: %s[\"KEY\"].%s.", m.addr, m.addr, stepName(rest[0]))
		}
	} else if len(rest) > 0 {
		if _, isIndex := rest[0].(hcl.TraverseIndex); isIndex {
			return bad("Unexpected instance key",
				"%s does not use for_each, so it has no instances to index: refer to its outputs directly, as in %s.OUTPUT.", m.addr, m.addr)
		}
	}
	return nil
}
