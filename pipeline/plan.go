package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/ganpipe/ganpipe/pipeline/cache"
)

// Action is what a run would do with a stage.
type Action string

const (
	ActionCached Action = "cached"
	ActionRun    Action = "run"
)

// Step is one stage of a plan.
type Step struct {
	Addr    string
	Action  Action
	Reasons []string
	Key     string // "" when an input will be recomputed first, so the key is not yet known
	Record  []byte // the key record, when Key is known
}

// Plan says, for every stage a run would touch, whether its result is cached
// and, when it is not, why: no earlier result, the key fields that changed
// since the last result for this stage, a corrupt object, -force, or an input
// that must be recomputed first.
func Plan(ctx context.Context, g *Graph, o *Options) ([]*Step, error) {
	addrs, err := g.Closure(o.Targets)
	if err != nil {
		return nil, err
	}
	forced, err := g.forcedSet(o.Force)
	if err != nil {
		return nil, err
	}
	manifests := map[string]*cache.Manifest{}
	willRun := map[string]bool{}
	var steps []*Step
	for _, addr := range addrs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		step := &Step{Addr: addr}
		steps = append(steps, step)
		var pending []string
		for _, d := range g.Deps(addr) {
			if willRun[d] {
				pending = append(pending, d)
			}
		}
		if len(pending) > 0 {
			step.Action = ActionRun
			for _, d := range pending {
				step.Reasons = append(step.Reasons, fmt.Sprintf("input %s will be recomputed", d))
			}
			willRun[addr] = true
			continue
		}
		r, err := resolve(ctx, g, addr, manifests, o)
		if err != nil {
			return nil, err
		}
		step.Key, step.Record = r.Key, r.Record
		switch {
		case forced[addr]:
			step.Action = ActionRun
			step.Reasons = []string{"forced (-force)"}
		case r.Manifest != nil:
			step.Action = ActionCached
			manifests[addr] = r.Manifest
		case r.Stale != "":
			step.Action = ActionRun
			step.Reasons = []string{"cached result unusable: " + r.Stale}
		default:
			step.Action = ActionRun
			step.Reasons, err = whyChanged(ctx, o.Store, g.Spec.Pipeline.Name, addr, r.Record)
			if err != nil {
				return nil, err
			}
		}
		if step.Action == ActionRun {
			willRun[addr] = true
		}
	}
	return steps, nil
}

// whyChanged compares a new key record with the one of the last result this
// stage produced.
func whyChanged(ctx context.Context, store cache.Store, pipeline, addr string, rec []byte) ([]string, error) {
	prevKey, err := store.Latest(ctx, pipeline, addr)
	if errors.Is(err, cache.ErrNotFound) || errors.Is(err, cache.ErrCorrupt) || prevKey == "" {
		return []string{"no cached result"}, nil
	}
	if err != nil {
		return nil, err
	}
	prev, err := store.Get(ctx, prevKey)
	if errors.Is(err, cache.ErrNotFound) {
		return []string{"no cached result (the last one was removed)"}, nil
	}
	if errors.Is(err, cache.ErrCorrupt) {
		// Only the explanation is lost; the plan itself stands.
		return []string{"no cached result (the last one's manifest is unreadable)"}, nil
	}
	if err != nil {
		return nil, err
	}
	changes, err := DiffRecords(prev.Record, rec)
	if err != nil {
		return nil, err
	}
	if len(changes) == 0 {
		return []string{"no cached result"}, nil
	}
	var reasons []string
	for _, c := range changes {
		reasons = append(reasons, fmt.Sprintf("%s changed: %s -> %s", c.Field, c.Old, c.New))
	}
	return reasons, nil
}

func (g *Graph) forcedSet(force []string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, f := range force {
		addrs, err := g.Match(f)
		if err != nil {
			return nil, err
		}
		for _, a := range addrs {
			out[a] = true
		}
	}
	return out, nil
}

// Reachable returns, for every stage a run of g would touch, its cache key
// as far as it can be known without computing anything: a stage reading from
// a stage that has no manifest gets Key "". It reads manifests but verifies
// no object, so it costs no hashing and moves nothing. That is what gc needs:
// a result whose object is corrupt still names the digests its readers' keys
// were made from, and since a recomputation reproduces those bytes, the
// readers' results stay valid and must be kept.
func Reachable(ctx context.Context, g *Graph, o *Options) ([]*Step, error) {
	addrs, err := g.Closure(o.Targets)
	if err != nil {
		return nil, err
	}
	manifests := map[string]*cache.Manifest{}
	var steps []*Step
	for _, addr := range addrs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		step := &Step{Addr: addr, Action: ActionRun}
		steps = append(steps, step)
		known := true
		for _, d := range g.Deps(addr) {
			if manifests[d] == nil {
				known = false
			}
		}
		if !known {
			continue
		}
		r, err := keyOf(ctx, g, addr, manifests, o)
		if err != nil {
			return nil, err
		}
		step.Key, step.Record = r.Key, r.Record
		m, err := o.Store.Get(ctx, r.Key)
		if err == nil {
			step.Action = ActionCached
			manifests[addr] = m
		} else if !errors.Is(err, cache.ErrNotFound) && !errors.Is(err, cache.ErrCorrupt) {
			return nil, err
		}
	}
	return steps, nil
}
