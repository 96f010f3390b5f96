package main

import (
	"context"
	"fmt"
	"strconv"
)

func graphCmd() *command {
	c := &command{name: "graph", usage: "[flags] SPEC", summary: "print the stage graph as Graphviz DOT"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs, f, ok, code := c.parseSpec(env, args, exactly(1), nil)
		if !ok {
			return code
		}
		l, err := f.load(ctx, env, fs.Arg(0), true)
		if err != nil {
			return fail(env, err)
		}
		w := env.stdout
		fmt.Fprintf(w, "digraph %s {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n", strconv.Quote(l.spec.Pipeline.Name))
		for _, a := range l.graph.Order() {
			st := l.graph.Stage(a)
			fmt.Fprintf(w, "  %s [label=%s];\n", strconv.Quote(a), strconv.Quote(a+"\n"+st.Kind))
		}
		for _, a := range l.graph.Order() {
			for _, in := range l.graph.Stage(a).Inputs {
				fmt.Fprintf(w, "  %s -> %s [label=%s];\n", strconv.Quote(in.Stage), strconv.Quote(a), strconv.Quote(in.Output))
			}
		}
		fmt.Fprintln(w, "}")
		return 0
	}
	return c
}
