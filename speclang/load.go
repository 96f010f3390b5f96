package speclang

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// Options controls decoding.
type Options struct {
	Kinds Kinds
	// Vars are -var name=value arguments in command-line order (later wins).
	Vars []string
	// VarFiles are -var-file paths (HCL attribute files) in order.
	VarFiles []string
	// Env is the process environment (os.Environ()); GANPIPE_VAR_<name> sets a variable.
	Env []string
	// AllowUnset makes a variable with neither a value nor a default an unknown
	// value instead of an error, so validate can type-check without values.
	AllowUnset bool
	// ReadFile reads the file of a module block's source (a path relative
	// to the calling file, joined to its directory); nil means os.ReadFile.
	ReadFile func(path string) ([]byte, error)
}

// Load decodes the spec in src (read from filename). The returned Spec is never
// nil: even when diags has errors, Spec.Files holds the parsed source so the
// caller can render the diagnostics with snippets.
//
// Load reports every problem it can find rather than the first: a broken
// piece (an unknown kind, a bad reference, a cycle) only silences what
// depends on it. Diagnostics are ordered by position.
func Load(filename string, src []byte, opts Options) (*Spec, hcl.Diagnostics) {
	l := &loader{
		opts:     opts,
		parser:   hclparse.NewParser(),
		parsed:   map[string]hcl.Diagnostics{},
		filename: filename,
		vars:     map[string]*variable{},
		locals:   map[string]*local{},
		byAddr:   map[string]*block{},
		modules:  map[string]*moduleCall{},
		funcs:    functions(),
	}
	l.spec = &Spec{Filename: filename, Variables: map[string]cty.Value{}, Files: l.parser.Files()}
	l.load(src)
	return l.spec, tidy(l.diags)
}

// loader holds the state of one Load call.
type loader struct {
	opts     Options
	parser   *hclparse.Parser
	parsed   map[string]hcl.Diagnostics // module files' syntax errors, by path, shared with module loaders
	filename string
	spec     *Spec
	diags    hcl.Diagnostics

	pipelineBlock *hcl.Block
	vars          map[string]*variable
	varOrder      []string
	varObj        cty.Value
	locals        map[string]*local
	localOrder    []string
	blocks        []*block // dataset, stage and report blocks in file order
	byAddr        map[string]*block
	funcs         map[string]function.Function

	modules     map[string]*moduleCall // by address, module.NAME
	moduleOrder []string
	// mod is nil for the spec itself; for a module file, the call that
	// loaded it. prefix is prepended to the addresses of this file's stages
	// ("module.eval." or `module.eval["k"].`, nested calls in order);
	// keySuffix is the instance keys of enclosing for_each calls, which the
	// key address keeps (see Stage.KeyAddr).
	mod       *modCtx
	prefix    string
	keySuffix string
}

func (l *loader) add(d ...*hcl.Diagnostic) { l.diags = append(l.diags, d...) }

var topSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "pipeline", LabelNames: []string{"name"}},
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "locals"},
	{Type: "dataset", LabelNames: []string{"name"}},
	{Type: "stage", LabelNames: []string{"kind", "name"}},
	{Type: "report", LabelNames: []string{"name"}},
	{Type: "module", LabelNames: []string{"name"}},
}}

func (l *loader) load(src []byte) {
	if diags := CheckNesting(src, l.filename, false); diags.HasErrors() {
		// Register the source without parsing it, so the diagnostic can
		// still show the line.
		l.parser.AddFile(l.filename, &hcl.File{Body: hcl.EmptyBody(), Bytes: src})
		l.add(diags...)
		return
	}
	file, diags := l.parser.ParseHCL(src, l.filename)
	l.add(diags...)
	if diags.HasErrors() || file == nil {
		// A syntax error leaves the rest of the file unreliable: anything we
		// reported past it would likely be noise caused by the error.
		return
	}
	if l.opts.Kinds == nil {
		l.add(errorDiag("No stage kinds", "speclang.Load was called without Options.Kinds; this is a bug in the caller.", nil))
		return
	}
	content, diags := file.Body.Content(topSchema)
	l.add(diags...)

	var pipelines []*hcl.Block
	for _, b := range content.Blocks {
		switch b.Type {
		case "pipeline":
			pipelines = append(pipelines, b)
		case "variable":
			l.declareVariable(b)
		case "locals":
			l.declareLocals(b)
		case "module":
			l.declareModule(b)
		default:
			l.declareBlock(b)
		}
	}
	switch {
	case len(pipelines) == 0:
		start := hcl.Pos{Line: 1, Column: 1, Byte: 0}
		l.add(errorDiag("Missing pipeline block",
			`A spec needs exactly one pipeline block naming the pipeline, e.g. pipeline "gmmn_ae" { seed = 1 }.`,
			&hcl.Range{Filename: l.filename, Start: start, End: start}))
	default:
		l.pipelineBlock = pipelines[0]
		for _, b := range pipelines[1:] {
			l.add(errorDiag("Duplicate pipeline block",
				fmt.Sprintf("A spec has exactly one pipeline block; the first one is at %s.", rangeString(pipelines[0].DefRange)),
				b.DefRange.Ptr()))
		}
	}

	l.resolveVariables()
	l.analyse()
	if l.pipelineBlock != nil {
		l.decodePipeline(l.pipelineBlock)
	}
	l.evaluate()
}

// checkName reports a block label that cannot be used in a reference.
func (l *loader) checkName(what, name string, rng hcl.Range) bool {
	if hclsyntax.ValidIdentifier(name) {
		return true
	}
	l.add(errorDiag(fmt.Sprintf("Invalid %s name", what),
		fmt.Sprintf("%q cannot be used as a %s name: a name starts with a letter or underscore and contains only letters, digits, underscores and dashes, so that it can be referenced.", name, what),
		rng.Ptr()))
	return false
}

var pipelineSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
	{Name: "description"}, {Name: "seed"},
}}

func (l *loader) decodePipeline(b *hcl.Block) {
	p := &l.spec.Pipeline
	p.Name = b.Labels[0]
	p.DeclRange = b.DefRange
	l.checkName("pipeline", p.Name, b.LabelRanges[0])
	content, diags := b.Body.Content(pipelineSchema)
	l.add(diags...)
	if a := content.Attributes["description"]; a != nil {
		if v, ok := l.evalAttr(a, scopePipeline, cty.String); ok && !v.IsNull() && v.IsKnown() {
			p.Description = v.AsString()
		}
	}
	if a := content.Attributes["seed"]; a != nil {
		if v, ok := l.evalAttr(a, scopePipeline, cty.Number); ok && v.IsKnown() && !v.IsNull() {
			bf := v.AsBigFloat()
			seed, acc := bf.Int64()
			if !bf.IsInt() || acc != 0 {
				l.add(errorDiag("Invalid seed", fmt.Sprintf("The seed must be a whole number that fits in 64 bits; got %s.", bf.Text('g', 10)), a.Expr.Range().Ptr()))
			} else {
				p.Seed = seed
			}
		}
	}
}
