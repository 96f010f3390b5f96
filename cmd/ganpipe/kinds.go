package main

import (
	"context"
	"fmt"

	"github.com/ganpipe/ganpipe/stages"
)

// kindsCmd documents the stage kinds from their declarations: the same
// tables the decoder checks specs against.
func kindsCmd() *command {
	c := &command{name: "kinds", usage: "[-markdown] [KIND]",
		summary: "list the stage kinds, or one kind's inputs, attributes (type, default, range) and outputs"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs := newFlagSet(env, c)
		markdown := fs.Bool("markdown", false, "print every kind as Markdown (docs/kinds.md)")
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		switch {
		case fs.NArg() > 1:
			return argCountError(fs, c)
		case fs.NArg() == 1:
			if !stages.WriteKindText(env.stdout, fs.Arg(0)) {
				fmt.Fprintf(env.stderr, "ganpipe kinds: no stage kind %q; run 'ganpipe kinds' for the list\n", fs.Arg(0))
				return 2
			}
		case *markdown:
			stages.WriteKindsMarkdown(env.stdout)
		default:
			for _, k := range stages.KindSummaries() {
				fmt.Fprintf(env.stdout, "  %-20s %s\n", k[0], k[1])
			}
			fmt.Fprintln(env.stdout, "\nRun 'ganpipe kinds KIND' (or 'ganpipe help KIND') for a kind's attributes.")
		}
		return 0
	}
	return c
}
