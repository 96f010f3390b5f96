package stages

import "github.com/ganpipe/ganpipe/pipeline"

// Registry returns every stage kind ganpipe knows.
func Registry() (pipeline.Registry, error) {
	return pipeline.NewRegistry(allKinds()...)
}
