package main

import (
	"context"
	"fmt"
)

func validateCmd() *command {
	c := &command{name: "validate", usage: "[flags] SPEC", summary: "check a spec: syntax, types, references, cycles"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs, f, ok, code := c.parseSpec(env, args, exactly(1), nil)
		if !ok {
			return code
		}
		l, err := f.load(ctx, env, fs.Arg(0), true)
		if err != nil {
			return fail(env, err)
		}
		fmt.Fprintf(env.stdout, "%s: valid (%d stages)\n", fs.Arg(0), len(l.spec.Stages))
		return 0
	}
	return c
}
