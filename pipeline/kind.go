package pipeline

import (
	"context"
	"fmt"
	"sort"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/speclang"
)

// Kind is a stage kind: the spec-facing description (body schema, outputs)
// plus how to compute its outputs.
type Kind interface {
	speclang.Kind
	// Name is the kind as written in stage "<kind>" "<name>".
	Name() string
	// Version is part of every cache key of the kind: bump it whenever a
	// change to the code would change the kind's results.
	Version() string
	// Run computes every output named by Outputs, writing each to job.Output(name).
	Run(ctx context.Context, job *Job) error
}

// KeyExtender is implemented by kinds whose results depend on something
// outside the spec and the inputs, such as a data file on disk; the returned
// fields enter the cache key.
type KeyExtender interface {
	KeyExtra(ctx context.Context, st *speclang.Stage, env Env) (map[string]string, error)
}

// KeyConfigurer is implemented by kinds that keep part of their config
// out of the cache key: an attribute added to a kind after keys were first
// written enters the key only once a spec sets it, so adding it does not
// invalidate every existing result of the kind. KeyConfig returns the
// config the key is computed from.
type KeyConfigurer interface {
	KeyConfig(cfg cty.Value) cty.Value
}

// Publisher is implemented by kinds whose outputs are also meant to be seen
// outside the cache (reports). Publish runs after the stage is computed or
// found cached, so the published copy always matches the cache.
type Publisher interface {
	Publish(ctx context.Context, job *Job) error
}

// Registry maps kind names to kinds. It implements speclang.Kinds.
type Registry map[string]Kind

// NewRegistry builds a registry, refusing two kinds with one name.
func NewRegistry(kinds ...Kind) (Registry, error) {
	r := Registry{}
	for _, k := range kinds {
		if _, dup := r[k.Name()]; dup {
			return nil, fmt.Errorf("stage kind %q registered twice", k.Name())
		}
		r[k.Name()] = k
	}
	return r, nil
}

// Kind implements speclang.Kinds.
func (r Registry) Kind(name string) (speclang.Kind, bool) {
	k, ok := r[name]
	if !ok {
		return nil, false
	}
	return k, true
}

// KindNames implements speclang.Kinds.
func (r Registry) KindNames() []string {
	names := make([]string, 0, len(r))
	for n := range r {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
