package speclang_test

import (
	"fmt"

	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/speclang"
)

// kind is a minimal stage kind: a body schema and the outputs it declares.
// ganpipe's real kinds live in stages/.
type kind struct {
	body    hcldec.ObjectSpec
	outputs []string
}

func (k kind) BodySpec() hcldec.Spec { return k.body }
func (k kind) Outputs() []string     { return k.outputs }
func (k kind) Metrics() []string     { return nil }

type kinds map[string]kind

func (ks kinds) Kind(name string) (speclang.Kind, bool) { k, ok := ks[name]; return k, ok }
func (ks kinds) KindNames() []string {
	var names []string
	for n := range ks {
		names = append(names, n)
	}
	return names
}

// Loading a spec: each kind owns its body's schema; a reference to another
// stage's output becomes an input (a DAG edge).
func ExampleLoad() {
	src := []byte(`
pipeline "demo" { seed = 1 }

dataset "mnist" { source = "mnist" }

stage "gmmn_train" "g" {
  data  = dataset.mnist.train
  iters = 300
}
`)
	ks := kinds{
		"dataset": {body: hcldec.ObjectSpec{"source": &hcldec.AttrSpec{Name: "source", Type: cty.String, Required: true}},
			outputs: []string{"train", "valid", "test"}},
		"gmmn_train": {body: hcldec.ObjectSpec{
			"data":  &hcldec.AttrSpec{Name: "data", Type: speclang.RefType, Required: true},
			"iters": &hcldec.AttrSpec{Name: "iters", Type: cty.Number},
		}, outputs: []string{"model"}},
	}
	spec, diags := speclang.Load("demo.hcl", src, speclang.Options{Kinds: ks})
	if diags.HasErrors() {
		fmt.Println(diags)
		return
	}
	fmt.Println(spec.Pipeline.Name, spec.Pipeline.Seed)
	for _, st := range spec.Stages {
		fmt.Println(st.Addr, st.Kind, st.Inputs)
	}
	// Output:
	// demo 1
	// dataset.mnist dataset []
	// stage.g gmmn_train [dataset.mnist.train]
}
