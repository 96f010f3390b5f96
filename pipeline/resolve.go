package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"time"

	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/speclang"
)

// Options configures planning and running.
type Options struct {
	Store    cache.Store
	Kinds    Registry
	Env      Env
	Versions map[string]string // ganpipe / gorgonia / blas versions: part of every key
	Jobs     int               // concurrent stages; <= 0 means runtime.NumCPU()
	Targets  []string          // -target addresses; empty means everything
	Force    []string          // -force addresses: recompute even if cached
	Fresh    []string          // -fresh addresses: ignore their in-stage checkpoints
	// CheckpointEvery replaces DefaultCheckpointEvery for stages whose
	// resources block does not set checkpoint_every (0: the default).
	CheckpointEvery time.Duration
	Reporter        Reporter
	Executor        Executor // nil means in-process
}

func (o *Options) jobs() int {
	if o.Jobs > 0 {
		return o.Jobs
	}
	return runtime.NumCPU()
}

// resolved is a stage whose key is known.
type resolved struct {
	Addr   string
	Seed   int64
	Key    string
	Record []byte
	// Manifest is the cached result, or nil.
	Manifest *cache.Manifest
	// Stale explains why a cached manifest is unusable (a corrupt or missing object).
	Stale string
}

// resolve computes a stage's key record from its config and its inputs'
// manifests, and looks the key up in the store. A manifest that does not
// decode is not an error: the stage is recomputed (a live store has already
// moved the bad file to corrupt/), and Stale says why.
func resolve(ctx context.Context, g *Graph, addr string, upstream map[string]*cache.Manifest, o *Options) (*resolved, error) {
	r, err := keyOf(ctx, g, addr, upstream, o)
	if err != nil {
		return nil, err
	}
	kind := o.Kinds[g.Stage(addr).Kind]
	m, err := o.Store.Get(ctx, r.Key)
	switch {
	case errors.Is(err, cache.ErrNotFound):
		return r, nil
	case errors.Is(err, cache.ErrCorrupt):
		r.Stale = err.Error()
		return r, nil
	case err != nil:
		return nil, err
	}
	if stale := checkOutputs(ctx, o.Store, m, kind.Outputs()); stale != "" {
		r.Stale = stale
		return r, nil
	}
	r.Manifest = m
	return r, nil
}

// keyOf computes a stage's key record from its config and its inputs'
// manifests, without touching the store.
func keyOf(ctx context.Context, g *Graph, addr string, upstream map[string]*cache.Manifest, o *Options) (*resolved, error) {
	st := g.Stage(addr)
	kind, ok := o.Kinds[st.Kind]
	if !ok {
		return nil, fmt.Errorf("%s: unknown stage kind %q", addr, st.Kind)
	}
	digest := func(r speclang.Ref) (string, bool) {
		m := upstream[r.Stage]
		if m == nil {
			return "", false
		}
		out := r.Output
		obj, ok := m.Outputs[out]
		if !ok {
			return "", false
		}
		return obj.Digest, true
	}
	keyCfg := st.Config
	if kc, ok := kind.(KeyConfigurer); ok {
		keyCfg = kc.KeyConfig(keyCfg)
	}
	cfg, err := canonicalConfig(keyCfg, digest)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", addr, err)
	}
	rec := &Record{
		Kind:        kind.Name(),
		KindVersion: kind.Version(),
		Config:      cfg,
		Inputs:      map[string]string{},
		Seed:        DeriveSeed(g.Spec.Pipeline.Seed, KeyAddr(st)),
		Versions:    o.Versions,
	}
	for _, in := range st.Inputs {
		in.Field = ""
		d, ok := digest(in)
		if !ok {
			return nil, fmt.Errorf("%s: input %s has no result", addr, in)
		}
		// Inputs are named by their producers' key addresses, so a stage
		// inside a module keys as it would outside.
		name := in
		if p := g.Stage(in.Stage); p != nil {
			name.Stage = KeyAddr(p)
		}
		rec.Inputs[name.String()] = d
	}
	if ke, ok := kind.(KeyExtender); ok {
		extra, err := ke.KeyExtra(ctx, st, o.Env)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", addr, err)
		}
		rec.Extra = extra
	}
	key, b, err := rec.Key()
	if err != nil {
		return nil, err
	}
	return &resolved{Addr: addr, Seed: rec.Seed, Key: key, Record: b}, nil
}

// KeyAddr is the address a stage's key and seed derive from: its
// speclang.Stage.KeyAddr, which leaves out the module calls around it.
func KeyAddr(st *speclang.Stage) string {
	if st.KeyAddr != "" {
		return st.KeyAddr
	}
	return st.Addr
}

// checkOutputs verifies that every output of a cached result is present and
// intact, and says what is wrong if not.
func checkOutputs(ctx context.Context, store cache.Store, m *cache.Manifest, outputs []string) string {
	var problems []string
	for _, name := range outputs {
		obj, ok := m.Outputs[name]
		if !ok {
			problems = append(problems, fmt.Sprintf("output %s missing from manifest", name))
			continue
		}
		if _, err := store.Path(ctx, obj); err != nil {
			problems = append(problems, fmt.Sprintf("output %s: %v", name, err))
		}
	}
	sort.Strings(problems)
	if len(problems) == 0 {
		return ""
	}
	return fmt.Sprint(problems)
}

// inputPaths maps each of a stage's references to a verified local file.
func inputPaths(ctx context.Context, st *speclang.Stage, upstream map[string]*cache.Manifest, store cache.Store) (map[speclang.Ref]string, error) {
	paths := map[speclang.Ref]string{}
	for _, in := range st.Inputs {
		m := upstream[in.Stage]
		if m == nil {
			return nil, fmt.Errorf("input %s has no result", in)
		}
		obj, ok := m.Outputs[in.Output]
		if !ok {
			return nil, fmt.Errorf("input %s: producer has no output %q", in, in.Output)
		}
		p, err := store.Path(ctx, obj)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", in, err)
		}
		paths[in] = p
	}
	return paths, nil
}

func hostname() string {
	h, _ := os.Hostname()
	return h
}
