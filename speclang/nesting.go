package speclang

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// MaxNesting is the deepest nesting of brackets, braces, parentheses,
// template interpolations and unary operators a spec may use. HCL's parser
// and evaluator recurse once per level with large frames (50,000 levels
// took 965 MB of stack; 100,000 overflowed Go's 1 GB limit and killed the
// process), so a hostile or generated file must be refused before parsing.
// Real specs nest a handful of levels; 1,000 costs about 20 MB of stack.
const MaxNesting = 1000

// CheckNesting lexes src (a config file, or an expression with expr set)
// without parsing it and reports the first place where nesting exceeds
// MaxNesting, with its position. Lexing is iterative, so this is safe on
// any input; errors of the lexer itself are left to the parser to report.
func CheckNesting(src []byte, filename string, expr bool) hcl.Diagnostics {
	lex := hclsyntax.LexConfig
	if expr {
		lex = hclsyntax.LexExpression
	}
	toks, _ := lex(src, filename, hcl.InitialPos)
	depth, unary := 0, 0
	for i, t := range toks {
		switch t.Type {
		case hclsyntax.TokenOParen, hclsyntax.TokenOBrack, hclsyntax.TokenOBrace,
			hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			depth++
		case hclsyntax.TokenCParen, hclsyntax.TokenCBrack, hclsyntax.TokenCBrace, hclsyntax.TokenTemplateSeqEnd:
			depth--
		}
		// A run of prefix operators (- - - x, !!!x) nests like brackets;
		// whether one is binary or unary does not matter for the bound.
		if t.Type == hclsyntax.TokenMinus || t.Type == hclsyntax.TokenBang {
			unary++
		} else {
			unary = 0
		}
		if depth+unary > MaxNesting {
			return hcl.Diagnostics{&hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Too deeply nested",
				Detail: fmt.Sprintf("This is nested %d levels deep (brackets, braces, parentheses, interpolations and prefix operators); at most %d are allowed, so the spec is not parsed further.",
					depth+unary, MaxNesting),
				Subject: toks[i].Range.Ptr(),
			}}
		}
	}
	return nil
}
