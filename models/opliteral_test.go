package models

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpsBuiltByConstructors: a custom op is a struct embedding nn.OpBase,
// and a composite literal of one that does not set OpBase compiles but
// panics when the graph is built (its name and signature are unset). So
// every literal of such a type under models/ either sets OpBase (the
// constructor's) or is the settings argument of a newXOp constructor
// (newBatchNormOp(batchNormOp{...})).
func TestOpsBuiltByConstructors(t *testing.T) {
	fs := token.NewFileSet()
	files := map[string][]*ast.File{} // by package directory
	err := filepath.Walk(".", func(p string, info os.FileInfo, err error) error {
		if err != nil || !strings.HasSuffix(p, ".go") {
			return err
		}
		f, err := parser.ParseFile(fs, p, nil, 0)
		if err != nil {
			return err
		}
		files[filepath.Dir(p)] = append(files[filepath.Dir(p)], f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, fl := range files {
		ops := opTypes(fl)
		settings := map[*ast.CompositeLit]bool{} // newXOp(xOp{...}) arguments
		for _, f := range fl {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok && isConstructor(call.Fun) {
					for _, a := range call.Args {
						if lit, ok := a.(*ast.CompositeLit); ok {
							settings[lit] = true
						}
					}
				}
				lit, ok := n.(*ast.CompositeLit)
				if !ok || !ops[typeName(lit.Type)] {
					return true
				}
				checked++
				if !settings[lit] && !setsOpBase(lit) {
					t.Errorf("%s: %s{...} without OpBase: build it with its constructor", fs.Position(lit.Pos()), typeName(lit.Type))
				}
				return true
			})
		}
	}
	if checked < 20 {
		t.Fatalf("only %d op literals found: the scan is not reading the op files", checked)
	}
}

// opTypes names the struct types of a package that embed OpBase.
func opTypes(fl []*ast.File) map[string]bool {
	ops := map[string]bool{}
	for _, f := range fl {
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				return true
			}
			for _, fd := range st.Fields.List {
				if len(fd.Names) == 0 && typeName(fd.Type) == "OpBase" {
					ops[ts.Name.Name] = true
				}
			}
			return true
		})
	}
	return ops
}

// typeName is the name of a type expression T, pkg.T or *T ("" otherwise).
func typeName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return x.Sel.Name
	case *ast.StarExpr:
		return typeName(x.X)
	}
	return ""
}

// isConstructor reports whether fun is a newXOp function.
func isConstructor(fun ast.Expr) bool {
	id, ok := fun.(*ast.Ident)
	return ok && strings.HasPrefix(id.Name, "new") && strings.HasSuffix(id.Name, "Op")
}

// setsOpBase reports whether lit has an OpBase: element.
func setsOpBase(lit *ast.CompositeLit) bool {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok && typeName(kv.Key) == "OpBase" {
			return true
		}
	}
	return false
}
