package speclang

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hcldec"
)

// analyse finds the references of every block and local without evaluating
// anything, derives the dependency graphs and reports their cycles. Blocks
// and locals on a cycle are then left unevaluated: their values would depend
// on themselves.
func (l *loader) analyse() {
	for _, b := range l.blocks {
		if b.broken {
			continue
		}
		b.travs = append(b.travs, hcldec.Variables(b.body, b.bodySpec())...)
		if b.res != nil {
			b.travs = append(b.travs, hcldec.Variables(b.res.Body, resourcesSpec())...)
		}
		if b.forEach != nil {
			b.travs = append(b.travs, b.forEach.Variables()...)
		}
	}

	// Locals: their own graph, for "local.a -> local.b -> local.a".
	localEdges := map[string][]string{}
	for _, name := range l.localOrder {
		for _, t := range l.locals[name].attr.Expr.Variables() {
			if n, ok := attrStep(t, 1); ok && t.RootName() == "local" && l.locals[n] != nil {
				localEdges[name] = appendNew(localEdges[name], n)
			}
		}
	}
	for _, cyc := range cycles(l.localOrder, localEdges) {
		lv := l.locals[cyc[0]]
		lv.inCycle = true
		addrs := make([]string, len(cyc))
		for i, n := range cyc {
			addrs[i] = "local." + n
		}
		l.add(errorDiag("Cycle in local values",
			fmt.Sprintf("%s -> %s: each of these local values needs the next one to be computed first.", strings.Join(addrs, " -> "), addrs[0]),
			lv.attr.NameRange.Ptr()))
	}

	// Producers a local needs, through the locals it uses.
	localDeps := map[string]map[string]bool{}
	var depsOfLocal func(name string, seen map[string]bool) map[string]bool
	depsOfLocal = func(name string, seen map[string]bool) map[string]bool {
		if d, ok := localDeps[name]; ok {
			return d
		}
		if seen[name] {
			return nil
		}
		seen[name] = true
		d := map[string]bool{}
		l.collectDeps(l.locals[name].attr.Expr.Variables(), d, func(n string) map[string]bool { return depsOfLocal(n, seen) })
		if !l.locals[name].inCycle {
			localDeps[name] = d
		}
		return d
	}

	var order []string
	edges := map[string][]string{}
	for _, b := range l.blocks {
		b.deps = map[string]bool{}
		l.collectDeps(b.travs, b.deps, func(n string) map[string]bool { return depsOfLocal(n, map[string]bool{}) })
		order = append(order, b.addr)
		for _, o := range l.blocks { // file order keeps messages stable
			if b.deps[o.addr] {
				edges[b.addr] = append(edges[b.addr], o.addr)
			}
		}
	}
	// A module call is one node: it needs what its inputs and for_each
	// refer to, and whatever uses module.NAME needs it.
	for _, a := range l.moduleOrder {
		m := l.modules[a]
		m.deps = map[string]bool{}
		l.collectDeps(m.travs, m.deps, func(n string) map[string]bool { return depsOfLocal(n, map[string]bool{}) })
		order = append(order, a)
	}
	nodes := append([]string(nil), order...)
	for _, n := range nodes {
		deps := l.nodeDeps(n)
		for _, o := range nodes { // file order keeps messages stable
			if deps[o] && !contains(edges[n], o) {
				edges[n] = append(edges[n], o)
			}
		}
	}
	for _, cyc := range cycles(order, edges) {
		msg := fmt.Sprintf("%s -> %s: each of these needs an output of the next one, so none can run first.", strings.Join(cyc, " -> "), cyc[0])
		if m := l.modules[cyc[0]]; m != nil {
			m.inCycle = true
			l.add(errorDiag("Dependency cycle", msg, m.hb.DefRange.Ptr()))
			continue
		}
		b := l.byAddr[cyc[0]]
		b.inCycle = true
		l.add(errorDiag("Dependency cycle", msg, b.hb.DefRange.Ptr()))
	}
}

// nodeDeps is the dependency set of a block or module call address.
func (l *loader) nodeDeps(addr string) map[string]bool {
	if m := l.modules[addr]; m != nil {
		return m.deps
	}
	return l.byAddr[addr].deps
}

// collectDeps adds to deps the producers the traversals refer to, directly
// or through locals (whose producers come from viaLocal).
func (l *loader) collectDeps(travs []hcl.Traversal, deps map[string]bool, viaLocal func(string) map[string]bool) {
	for _, t := range travs {
		name, ok := attrStep(t, 1)
		if !ok {
			continue
		}
		switch root := t.RootName(); root {
		case "stage", "dataset":
			if l.byAddr[root+"."+name] != nil {
				deps[root+"."+name] = true
			}
		case "module":
			if l.modules[root+"."+name] != nil {
				deps[root+"."+name] = true
			}
		case "local":
			if l.locals[name] != nil {
				for d := range viaLocal(name) {
					deps[d] = true
				}
			}
		}
	}
}

func appendNew(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

// cycles returns, for every node that lies on a cycle, the shortest cycle
// through it, rotated to start at that node: [a b c] stands for a -> b -> c
// -> a. Nodes come in the order given, so each participant of a cycle gets
// its own diagnostic, in file order.
func cycles(nodes []string, edges map[string][]string) [][]string {
	var out [][]string
	for _, n := range nodes {
		if c := shortestCycle(n, edges); c != nil {
			out = append(out, c)
		}
	}
	return out
}

// shortestCycle finds the shortest path from start back to start (BFS).
func shortestCycle(start string, edges map[string][]string) []string {
	prev := map[string]string{}
	queue := []string{start}
	seen := map[string]bool{}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range edges[n] {
			if m == start {
				path := []string{n}
				for p := n; p != start; {
					p = prev[p]
					path = append(path, p)
				}
				for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
					path[i], path[j] = path[j], path[i]
				}
				return path
			}
			if !seen[m] {
				seen[m] = true
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	return nil
}
