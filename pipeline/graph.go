package pipeline

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"

	"github.com/ganpipe/ganpipe/speclang"
)

// Graph is the DAG of a spec's stage instances; an edge runs from the stage
// producing an artifact to every stage referencing it.
type Graph struct {
	Spec  *speclang.Spec
	nodes map[string]*speclang.Stage
	deps  map[string][]string // addr -> producers it reads, sorted
	users map[string][]string // addr -> consumers, sorted
	order []string            // topological, ties broken by file order
}

// NewGraph builds the graph. speclang.Load already refuses cycles; NewGraph
// checks again so a hand-built spec cannot deadlock the executor.
func NewGraph(spec *speclang.Spec) (*Graph, error) {
	g := &Graph{Spec: spec, nodes: map[string]*speclang.Stage{}, deps: map[string][]string{}, users: map[string][]string{}}
	pos := map[string]int{}
	for i, st := range spec.Stages {
		g.nodes[st.Addr] = st
		pos[st.Addr] = i
	}
	for _, st := range spec.Stages {
		seen := map[string]bool{}
		for _, in := range st.Inputs {
			if _, ok := g.nodes[in.Stage]; !ok {
				return nil, fmt.Errorf("%s: reference to unknown stage %s", st.Addr, in.Stage)
			}
			if !seen[in.Stage] {
				seen[in.Stage] = true
				g.deps[st.Addr] = append(g.deps[st.Addr], in.Stage)
				g.users[in.Stage] = append(g.users[in.Stage], st.Addr)
			}
		}
	}
	for _, m := range []map[string][]string{g.deps, g.users} {
		for _, v := range m {
			sort.Strings(v)
		}
	}
	// Kahn's algorithm, always taking the earliest-declared ready stage so
	// the order is stable and reads like the file.
	indeg := map[string]int{}
	for a := range g.nodes {
		indeg[a] = len(g.deps[a])
	}
	// ready is a min-heap of declaration positions: taking the earliest
	// ready stage costs log n, so sweeps of thousands of cells order in
	// n log n (sorting the whole ready list each time was quadratic).
	ready := &posHeap{}
	for _, st := range spec.Stages {
		if indeg[st.Addr] == 0 {
			heap.Push(ready, pos[st.Addr])
		}
	}
	for ready.Len() > 0 {
		a := spec.Stages[heap.Pop(ready).(int)].Addr
		g.order = append(g.order, a)
		for _, u := range g.users[a] {
			indeg[u]--
			if indeg[u] == 0 {
				heap.Push(ready, pos[u])
			}
		}
	}
	if len(g.order) != len(g.nodes) {
		var stuck []string
		for a, d := range indeg {
			if d > 0 {
				stuck = append(stuck, a)
			}
		}
		sort.Strings(stuck)
		return nil, fmt.Errorf("dependency cycle among %s", strings.Join(stuck, ", "))
	}
	return g, nil
}

// Order returns every stage address in topological order.
func (g *Graph) Order() []string { return append([]string(nil), g.order...) }

// Stage returns the stage instance at addr.
func (g *Graph) Stage(addr string) *speclang.Stage { return g.nodes[addr] }

// Deps returns the stages addr reads from.
func (g *Graph) Deps(addr string) []string { return g.deps[addr] }

// Users returns the stages reading addr's outputs.
func (g *Graph) Users(addr string) []string { return g.users[addr] }

// Closure returns, in topological order, the targets and everything they
// need. A target naming a for_each stage without a key (stage.ll) selects
// every cell. With no targets it returns every stage.
func (g *Graph) Closure(targets []string) ([]string, error) {
	if len(targets) == 0 {
		return g.Order(), nil
	}
	want := map[string]bool{}
	var visit func(string)
	visit = func(a string) {
		if want[a] {
			return
		}
		want[a] = true
		for _, d := range g.deps[a] {
			visit(d)
		}
	}
	for _, t := range targets {
		matched, err := g.Match(t)
		if err != nil {
			return nil, err
		}
		for _, a := range matched {
			visit(a)
		}
	}
	var out []string
	for _, a := range g.order {
		if want[a] {
			out = append(out, a)
		}
	}
	return out, nil
}

// Match resolves a user-written stage address: an exact address, a
// for_each stage's base address for all its cells, or a module call's
// address (module.eval, module.eval["k"]) for all the stages in it.
func (g *Graph) Match(t string) ([]string, error) {
	if _, ok := g.nodes[t]; ok {
		return []string{t}, nil
	}
	var out []string
	for _, a := range g.order {
		// stage.x matches its for_each cells; module.m (or module.m["k"])
		// every stage of that call, as Terraform's -target does.
		if strings.HasPrefix(a, t+"[") || (strings.HasPrefix(t, "module.") && strings.HasPrefix(a, t+".")) {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no stage %s in %s%s", t, g.Spec.Filename, suggest(t, g.order))
	}
	return out, nil
}

// suggest returns "; did you mean X?" for a close candidate, or "".
func suggest(name string, candidates []string) string {
	if s := speclang.Suggest(name, candidates); s != "" {
		return fmt.Sprintf("; did you mean %s?", s)
	}
	return ""
}

// posHeap is a min-heap of stage positions in the spec.
type posHeap []int

func (h posHeap) Len() int           { return len(h) }
func (h posHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h posHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *posHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *posHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
