// Package speclang is ganpipe's spec language: it decodes an HCL pipeline spec into
// typed stage instances and reports every problem as an hcl.Diagnostic with a
// source range. It knows nothing of gorgonia, caches or Arrow: stage kinds
// describe their own bodies through the Kind interface.
//
// The Go package lives in speclang/, apart from the specs users run
// (specs/*.hcl) and the CI baselines (specs/ci/), so a reader of specs/ sees
// only specs.
//
// # Blocks
//
//	pipeline "NAME" { description = "...", seed = 1 }   exactly one
//	variable "NAME" { type = ..., default = ..., description = "...",
//	                  validation { condition = ..., error_message = "..." } }
//	locals { NAME = EXPR ... }                          any number of blocks
//	dataset "NAME" { ...dataset kind body... }          Addr dataset.NAME
//	stage "KIND" "NAME" { for_each = ..., ...kind body...,
//	                      resources { cpus, mem, time, partition, extra,
//	                                  checkpoint_every, checkpoint_iters } }
//	report "NAME" { ...report kind body... }            Addr report.NAME
//	module "NAME" { source = "./x.hcl", for_each = ..., VAR = EXPR ... }
//
// Stage names are unique across kinds. for_each takes a map, an object or a
// set of strings; each cell is an ordinary stage, stage.NAME["KEY"], with
// each.key and each.value in its body. Any block may have one resources
// block; only stage blocks take for_each.
//
// # Modules
//
// A module block loads another file (Options.ReadFile; the path is relative
// to the calling file) holding variable, locals, stage, module and output
// blocks. Its attributes other than source and for_each set the module's
// variables; its outputs are module.NAME.OUTPUT (module.NAME["KEY"].OUTPUT
// under for_each). Its stages are module.NAME.stage.X in the spec, with
// Stage.KeyAddr stage.X (stage.X["KEY"] under for_each): keys and seeds
// derive from KeyAddr, so a stage keys the same inside a module and out.
// Diagnostics in a module file keep its ranges and add a line naming each
// call on the way. Calls nest up to MaxModuleDepth; a file calling itself,
// directly or not, is an error.
//
// # References
//
// var.NAME, local.NAME, dataset.NAME.OUTPUT, stage.NAME.OUTPUT,
// stage.NAME["KEY"].OUTPUT, module.NAME.OUTPUT, and stage.NAME.METRIC for a name in
// Kind.Metrics() (a Ref with Output "metrics" and Field METRIC). Artifact
// references are RefType capsule values, so they flow through locals, maps
// and for_each like any value; every reference is checked against the
// declarations before anything is evaluated.
//
// # Variables
//
// Lowest to highest precedence, as in Terraform: default, GANPIPE_VAR_NAME,
// -var-file files in order, -var NAME=VALUE in order. A command-line or
// environment value is taken as a raw string for a string variable or one
// declared without a type, and parsed as an HCL constant otherwise.
//
// # Writing a Kind
//
// BodySpec returns an hcldec.ObjectSpec over the block body minus for_each
// and resources (a kind must not use those two names):
//
//	hcldec.ObjectSpec{
//	    "data":   &hcldec.AttrSpec{Name: "data", Type: specs.RefType, Required: true},
//	    "inputs": &hcldec.AttrSpec{Name: "inputs", Type: cty.Map(specs.RefType)},
//	    "sigmas": &hcldec.AttrSpec{Name: "sigmas", Type: cty.List(cty.Number)},
//	}
//
// Nested labelled blocks whose attributes may differ in type from block to
// block (a row value that is a metric reference in one row and a number in
// the next) need hcldec.BlockTupleSpec: BlockListSpec demands one type for
// all blocks. Attributes that accept "a reference or a number" are
// cty.DynamicPseudoType wrapped in an hcldec.ValidateSpec that checks the
// value's type. Stage.Config is the decoded value; Stage.Inputs lists the
// references found in it.
package speclang
