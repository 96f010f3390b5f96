package gan

import (
	"fmt"
	"testing"

	G "gorgonia.org/gorgonia"
)

// TestOpDeclarations checks each gan op's constructor declares the String,
// arity and type the op had as one-line methods before nn.OpBase held them
// (nn's TestOpBaseDeclarations checks the hash built from them).
func TestOpDeclarations(t *testing.T) {
	mm, mmm := "Matrix a → Matrix a", "Matrix a → Matrix a → Matrix a"
	for _, c := range []struct {
		op    G.Op
		name  string
		arity int
		typ   string
	}{
		{newSNOp(nil, true), "spectralNorm", 1, mm},
		{newSNGradOp(nil), "spectralNormGrad", 2, mmm},
		{newMBDOp(5, 3, 64), "mbd(5,3)", 1, mm},
		{newMBDGradOp(nil), "mbdGrad", 3, "Matrix a → Matrix a → Matrix a → Matrix a"},
		{newStackOp(false), "stackRows", 2, mmm},
		{newStackOp(true), "addConst", 2, mmm},
		{newHeadRowsOp(2, 3), "headRows", 1, mm},
		{newLeakyOp(0.2), "leakyReLU", 1, mm},
		{newLeakyGradOp(0.2), "leakyReLUGrad", 2, mmm},
		{newBatchNormOp(batchNormOp{rows: 49, act: bnAct{on: true, slope: 0.2}}), "batchNorm(rows=49,act=true,slope=0.2)", 3,
			"Matrix a → Vector a → Vector a → Matrix a"},
		{newBNGradOp(nil), "batchNormGrad", 2, mmm},
		{newBNParamGradOp(nil, false), "batchNormGrad(gamma)", 1, "Matrix a → Vector a"},
		{newBNParamGradOp(nil, true), "batchNormGrad(beta)", 1, "Matrix a → Vector a"},
	} {
		if got := c.op.String(); got != c.name {
			t.Errorf("String() = %q, want %q", got, c.name)
		}
		if got := c.op.Arity(); got != c.arity {
			t.Errorf("%s: Arity() = %d, want %d", c.name, got, c.arity)
		}
		if got := fmt.Sprint(c.op.Type()); got != c.typ {
			t.Errorf("%s: Type() = %q, want %q", c.name, got, c.typ)
		}
	}
}
