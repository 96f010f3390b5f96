package speclang

import "github.com/hashicorp/hcl/v2/hcldec"

// Kind is what the decoder needs to know of a stage kind to decode and check a
// block of that kind. The stages package implements it; specs never imports it.
type Kind interface {
	// BodySpec describes the block body beyond the meta-arguments the decoder
	// handles itself (for_each). It is normally an hcldec.ObjectSpec; attributes
	// that take an artifact use RefType (or a collection of it).
	BodySpec() hcldec.Spec
	// Outputs names the artifacts the stage produces, referencable as
	// stage.NAME.OUTPUT (dataset.NAME.OUTPUT for the dataset kind).
	Outputs() []string
	// Metrics names scalar figures the stage writes into its "metrics" output;
	// stage.NAME.METRIC is a Ref{Output: "metrics", Field: METRIC}.
	Metrics() []string
}

// Kinds looks up stage kinds by name. Block types other than stage map onto
// fixed kinds: a dataset block is kind "dataset", a report block kind "report".
type Kinds interface {
	Kind(name string) (Kind, bool)
	// KindNames lists every kind, for "did you mean" suggestions.
	KindNames() []string
}
