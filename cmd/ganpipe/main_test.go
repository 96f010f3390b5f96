package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run the real ganpipe as a subprocess ("exec
// ganpipe ..." in scripts), so signals and concurrent runs are real.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"ganpipe": func() {
			if err := useBLAS(os.Getenv); err != nil { // as main does: GANPIPE_GEMM_SPLIT
				panic(err)
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			env := &cmdEnv{stdout: os.Stdout, stderr: os.Stderr, environ: os.Environ(), getenv: os.Getenv}
			code := runMain(ctx, env, os.Args[1:])
			stop()
			os.Exit(code)
		},
	})
}

// TestScripts runs the CLI scenarios in testdata/script/*.txtar.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("CI", "true") // plain progress lines, no bars
			env.Setenv("GANPIPE_CACHE", env.WorkDir+"/cache")
			return nil
		},
	})
}
