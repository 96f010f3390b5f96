package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ganpipe/ganpipe/blas"
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
		// [openblas]: the binary computes with OpenBLAS (its SGEMM split
		// is part of the BLAS fingerprint), not gonum's pure Go.
		Condition: func(cond string) (bool, error) {
			if cond == "openblas" {
				return blas.Backend() == "openblas", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Setup: func(env *testscript.Env) error {
			env.Setenv("CI", "true") // plain progress lines, no bars
			env.Setenv("GANPIPE_CACHE", env.WorkDir+"/cache")
			return nil
		},
	})
}
