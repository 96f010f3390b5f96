package speclang

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// EnvPrefix is the prefix of environment variables that set spec variables.
const EnvPrefix = "GANPIPE_VAR_"

// variable is one variable block and, once resolved, its value.
type variable struct {
	name        string
	block       *hcl.Block
	typ         cty.Type
	typeRange   *hcl.Range // nil when no type argument
	def         *hcl.Attribute
	description string
	validations []validation
	broken      bool // bad type or default: values are not checked against it
	badValue    bool // some -var, env or -var-file value was invalid (reported)

	value  cty.Value
	source string // where value came from, for diagnostics: "the default", "-var scale=ci", ...
}

type validation struct {
	condition, message hcl.Expression
}

var variableSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "type"}, {Name: "default"}, {Name: "description"}},
	Blocks:     []hcl.BlockHeaderSchema{{Type: "validation"}},
}

var validationSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
	{Name: "condition", Required: true}, {Name: "error_message", Required: true},
}}

func (l *loader) declareVariable(b *hcl.Block) {
	name := b.Labels[0]
	v := &variable{name: name, block: b, typ: cty.DynamicPseudoType}
	content, diags := b.Body.Content(variableSchema)
	l.add(diags...)
	if a := content.Attributes["type"]; a != nil {
		ty, diags := typeexpr.TypeConstraint(a.Expr)
		l.add(diags...)
		if diags.HasErrors() {
			v.broken = true
		} else {
			v.typ = ty
		}
		v.typeRange = a.Expr.Range().Ptr()
	}
	if a := content.Attributes["description"]; a != nil {
		if val, diags := a.Expr.Value(nil); !diags.HasErrors() && val.Type() == cty.String && val.IsKnown() && !val.IsNull() {
			v.description = val.AsString()
		} else {
			l.add(errorDiag("Invalid variable description", "The description must be a literal string.", a.Expr.Range().Ptr()))
		}
	}
	if a := content.Attributes["default"]; a != nil {
		v.def = a
		// Defaults are constants, as in Terraform: a nil context makes HCL
		// say "Variables not allowed" / "Function calls not allowed".
		val, diags := a.Expr.Value(nil)
		l.add(diags...)
		if diags.HasErrors() {
			v.broken = true
		} else if !v.broken {
			cv, err := convert.Convert(val, v.typ)
			if err != nil {
				l.add(errorDiag("Invalid default value for variable",
					fmt.Sprintf("The default value of variable %q does not match its type %s: %s.", name, typeexpr.TypeString(v.typ), err),
					a.Expr.Range().Ptr()))
				v.broken = true
			} else {
				v.value, v.source = cv, "the default"
			}
		}
	}
	for _, vb := range content.Blocks {
		c, diags := vb.Body.Content(validationSchema)
		l.add(diags...)
		if diags.HasErrors() {
			continue
		}
		v.validations = append(v.validations, validation{condition: c.Attributes["condition"].Expr, message: c.Attributes["error_message"].Expr})
	}
	if !l.checkName("variable", name, b.LabelRanges[0]) {
		return
	}
	if prev := l.vars[name]; prev != nil {
		l.add(errorDiag("Duplicate variable",
			fmt.Sprintf("A variable named %q was already declared at %s. Variable names must be unique.", name, rangeString(prev.block.DefRange)),
			b.DefRange.Ptr()))
		return
	}
	l.vars[name] = v
	l.varOrder = append(l.varOrder, name)
}

// resolveVariables gives every variable its value, with Terraform's
// precedence (lowest first): default, GANPIPE_VAR_<name>, -var-file files in
// order, -var arguments in order. Then it runs the validation rules.
func (l *loader) resolveVariables() {
	for _, kv := range l.opts.Env {
		name, val, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(name, EnvPrefix) {
			continue
		}
		name = strings.TrimPrefix(name, EnvPrefix)
		// Unknown names are ignored, as Terraform does with TF_VAR_: the
		// environment is shared by every spec the user runs.
		if v := l.vars[name]; v != nil {
			l.setRaw(v, val, EnvPrefix+name)
		}
	}
	for _, path := range l.opts.VarFiles {
		l.readVarFile(path)
	}
	for _, arg := range l.opts.Vars {
		name, val, ok := strings.Cut(arg, "=")
		if !ok || name == "" {
			l.add(errorDiag("Invalid -var option",
				fmt.Sprintf("The option -var %q is not of the form name=value.", arg), nil))
			continue
		}
		v := l.vars[name]
		if v == nil {
			l.add(errorDiag("Value for undeclared variable",
				fmt.Sprintf("The option -var %q sets a variable %q, but the spec declares no such variable.%s", arg, name, didYouMean(name, l.varOrder)),
				nil))
			continue
		}
		l.setRaw(v, val, "-var "+arg)
	}

	attrs := map[string]cty.Value{}
	for _, name := range l.varOrder {
		v := l.vars[name]
		switch {
		case v.broken || (v.badValue && v.value == cty.NilVal):
			v.value = cty.DynamicVal
		case v.value == cty.NilVal && l.opts.AllowUnset:
			v.value = cty.UnknownVal(v.typ)
		case v.value == cty.NilVal:
			l.add(errorDiag("No value for required variable",
				fmt.Sprintf("Variable %q has no default, so it must be set with -var %s=..., a -var-file, or %s%s.", name, name, EnvPrefix, name),
				v.block.DefRange.Ptr()))
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

// setRaw sets v from a command-line or environment string. As in Terraform,
// a string variable takes the text as it is; any other type parses it as an
// HCL expression, so -var 'sigmas=[1,2]' works.
func (l *loader) setRaw(v *variable, raw, source string) {
	if v.broken {
		return
	}
	bad := func(why string) {
		v.badValue = true
		l.add(errorDiag("Invalid value for variable",
			fmt.Sprintf("The value given by %s is not valid for variable %q (type %s): %s.", source, v.name, typeexpr.TypeString(v.typ), why),
			v.block.DefRange.Ptr()))
	}
	if v.typ == cty.String || v.typeRange == nil {
		// Like Terraform, a variable without a type takes the raw string.
		v.value, v.source = cty.StringVal(raw), source
		return
	}
	notA := fmt.Sprintf("%q is not a %s", raw, typeexpr.TypeString(v.typ))
	name := fmt.Sprintf("<value for var.%s>", v.name)
	if diags := CheckNesting([]byte(raw), name, true); diags.HasErrors() {
		bad(fmt.Sprintf("it is nested deeper than %d levels", MaxNesting))
		return
	}
	expr, diags := hclsyntax.ParseExpression([]byte(raw), name, hcl.InitialPos)
	var val cty.Value
	if !diags.HasErrors() {
		val, diags = expr.Value(nil)
	}
	if diags.HasErrors() {
		// A bare word such as "bogus" for a number reads as a variable
		// reference; HCL's "Variables not allowed" would only puzzle.
		if v.typ.IsPrimitiveType() {
			bad(notA)
		} else {
			bad(fmt.Sprintf("it is not a valid constant expression: %s: %s", diags[0].Summary, diags[0].Detail))
		}
		return
	}
	cv, err := convert.Convert(val, v.typ)
	if err != nil {
		if v.typ.IsPrimitiveType() {
			bad(notA)
		} else {
			bad(err.Error())
		}
		return
	}
	v.value, v.source = cv, source
}

func (l *loader) readVarFile(path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		l.add(errorDiag("Cannot read variables file", fmt.Sprintf("Reading -var-file %s: %s.", path, err), nil))
		return
	}
	if diags := CheckNesting(src, path, false); diags.HasErrors() {
		l.parser.AddFile(path, &hcl.File{Body: hcl.EmptyBody(), Bytes: src})
		l.add(diags...)
		return
	}
	f, diags := l.parser.ParseHCL(src, path)
	l.add(diags...)
	if diags.HasErrors() {
		return
	}
	attrs, diags := f.Body.JustAttributes()
	l.add(diags...)
	names := make([]string, 0, len(attrs))
	for n := range attrs {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return attrs[names[i]].Range.Start.Byte < attrs[names[j]].Range.Start.Byte })
	for _, name := range names {
		a := attrs[name]
		v := l.vars[name]
		if v == nil {
			l.add(errorDiag("Value for undeclared variable",
				fmt.Sprintf("The spec declares no variable named %q.%s", name, didYouMean(name, l.varOrder)),
				a.NameRange.Ptr()))
			continue
		}
		val, diags := a.Expr.Value(nil)
		l.add(diags...)
		if diags.HasErrors() || v.broken {
			v.badValue = true
			continue
		}
		cv, err := convert.Convert(val, v.typ)
		if err != nil {
			v.badValue = true
			l.add(errorDiag("Invalid value for variable",
				fmt.Sprintf("The value for variable %q (declared at %s) does not match its type %s: %s.", name, rangeString(v.block.DefRange), typeexpr.TypeString(v.typ), err),
				a.Expr.Range().Ptr()))
			continue
		}
		v.value, v.source = cv, "-var-file "+path
	}
}

// validateVariable runs v's validation blocks against its final value.
func (l *loader) validateVariable(v *variable) {
	for _, rule := range v.validations {
		travs := rule.condition.Variables()
		ctx, ok := l.evalCtx(travs, scopeValidation, nil)
		if !ok || v.broken {
			continue
		}
		cond, diags := rule.condition.Value(ctx)
		l.add(diags...)
		if diags.HasErrors() || !cond.IsWhollyKnown() {
			continue
		}
		cond, err := convert.Convert(cond, cty.Bool)
		if err != nil || cond.IsNull() {
			l.add(errorDiag("Invalid validation condition",
				"The condition of a validation rule must be true or false.", rule.condition.Range().Ptr()))
			continue
		}
		if cond.True() {
			continue
		}
		msg := "The value is not valid."
		if mctx, ok := l.evalCtx(rule.message.Variables(), scopeValidation, nil); ok {
			mv, diags := rule.message.Value(mctx)
			l.add(diags...)
			if mv, err := convert.Convert(mv, cty.String); err == nil && !diags.HasErrors() && mv.IsKnown() && !mv.IsNull() {
				msg = mv.AsString()
			}
		}
		l.add(errorDiag("Invalid value for variable",
			fmt.Sprintf("%s\n\nThe value of var.%s came from %s; it failed this validation rule.", msg, v.name, v.source),
			rule.condition.Range().Ptr()))
	}
}
