package nn

import (
	"fmt"
	"hash/fnv"
	"strings"
	"testing"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// declaredOps is one op of each kind the package declares, built by its
// constructor, with the String, arity and type each had as one-line methods
// before OpBase held them.
func declaredOps() []struct {
	op    G.Op
	name  string
	arity int
	typ   string
} {
	g := ConvGeom{H: 4, W: 4, C: 1, K: 3, S: 1, P: 1}
	return []struct {
		op    G.Op
		name  string
		arity int
		typ   string
	}{
		{newBiasActOp(ReLU), "biasAct(relu)", 2, "Matrix a → Vector a → Matrix a"},
		{newActGradOp(Sigmoid), "actGrad(sigmoid)", 2, "Matrix a → Matrix a → Matrix a"},
		{newColSumOp(), "colSum", 1, "Matrix a → Vector a"},
		{newMaskOp(), "mask", 2, "Matrix a → Matrix a → Matrix a"},
		{newSigmoidBCEOp(), "sigmoidBCE", 2, "Matrix a → Matrix a → a"},
		{newBCEGradOp(), "bceGrad", 3, "Matrix a → Matrix a → a → Matrix a"},
		{newScaledCopyOp(nil, tensor.Shape{2, 2}), "scaledCopy", 2, "a → a → Matrix a"},
		{newIm2ColOp(g, false), fmt.Sprintf("im2col%+v", g), 1, "Matrix a → Matrix a"},
		{newIm2ColOp(g, true), fmt.Sprintf("col2im%+v", g), 1, "Matrix a → Matrix a"},
		{newReshapeOp(2, 8), "reshape(2,8)", 1, "Matrix a → Matrix a"},
		{newScatterArgOp(nil, tensor.Shape{2, 2}), "scatterArg", 2, "Matrix a → Matrix a → Matrix a"},
		{newSoftmaxCEGradOp(nil), "softmaxCEGrad", 4, "Matrix a → Matrix a → a → a → Matrix a"},
		{newMatMulOp(true, false), "matMul(tA=true,tB=false)", 2, "Matrix a → Matrix a → Matrix a"},
	}
}

// TestOpBaseDeclarations checks what OpBase answers for each op from its
// constructor's declaration: the name, the arity, the type, and a hash of
// the name and the op's own address (so two ops of one kind never hash
// alike: gorgonia would merge their nodes, and each owns its buffers).
func TestOpBaseDeclarations(t *testing.T) {
	for _, c := range declaredOps() {
		if got := c.op.String(); got != c.name {
			t.Errorf("String() = %q, want %q", got, c.name)
		}
		if got := c.op.Arity(); got != c.arity {
			t.Errorf("%s: Arity() = %d, want %d", c.name, got, c.arity)
		}
		if got := fmt.Sprint(c.op.Type()); got != c.typ {
			t.Errorf("%s: Type() = %q, want %q", c.name, got, c.typ)
		}
		var written strings.Builder
		c.op.WriteHash(&hashText{&written})
		want := fmt.Sprintf("%s %p", c.name, c.op) // the op's address: OpBase is its first field
		if written.String() != want {
			t.Errorf("WriteHash wrote %q, want %q", written.String(), want)
		}
		h := fnv.New32a()
		h.Write([]byte(want))
		if c.op.Hashcode() != h.Sum32() {
			t.Errorf("%s: Hashcode() is not the FNV-1a hash of %q", c.name, want)
		}
	}
	a, b := newMaskOp(), newMaskOp()
	if a.Hashcode() == b.Hashcode() {
		t.Errorf("two mask ops hash alike (%d)", a.Hashcode())
	}
}

// TestOpBaseUnset checks that an op built without its constructor fails
// with a message saying so, not with hm's bare panic.
func TestOpBaseUnset(t *testing.T) {
	defer func() {
		r := recover()
		if s, _ := r.(string); !strings.Contains(s, "without its constructor") {
			t.Errorf("recovered %v, want the OpBase-unset message", r)
		}
	}()
	new(maskOp).Type()
}

// hashText is a hash.Hash that keeps what is written, to read WriteHash.
type hashText struct{ *strings.Builder }

func (hashText) Sum([]byte) []byte { return nil }
func (hashText) Size() int         { return 0 }
func (hashText) BlockSize() int    { return 1 }
