package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/speclang"
	"github.com/ganpipe/ganpipe/stages"
)

// Version is ganpipe's version. It is part of every cache key: change it
// when a change outside the stage kinds would change results.
const Version = "0.1.0"

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// specFlags are the flags of every command that loads a spec.
type specFlags struct {
	vars, varFiles listFlag
	cacheDir       string
	dataDir        string
	outDir         string
}

func (f *specFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.vars, "var", "set a variable: -var name=value (repeatable)")
	fs.Var(&f.varFiles, "var-file", "read variables from an HCL file (repeatable)")
	fs.StringVar(&f.cacheDir, "cache", "", "cache directory (default $GANPIPE_CACHE or .ganpipe/cache)")
	fs.StringVar(&f.dataDir, "data", "", "directory holding data set files (default $GANPIPE_DATA, else located automatically)")
	fs.StringVar(&f.outDir, "out", "out", "directory reports are written to")
}

// loaded is a decoded spec with everything needed to plan or run it.
type loaded struct {
	spec  *speclang.Spec
	graph *pipeline.Graph
	opts  *pipeline.Options
	fs    *cache.FS // the store behind opts.Store; nil for allowUnset loads
}

// live registers this process as one computing into the cache (see
// cache.FS.Live), so that a concurrent gc spares everything it uses, and
// lets it heal corrupt manifests. Commands that compute call it before
// touching the store; end releases the registration.
func (l *loaded) live(ctx context.Context, command string) (end func(), err error) {
	s, end, err := l.fs.Live(ctx, command)
	if err != nil {
		return nil, err
	}
	l.fs, l.opts.Store = s, s
	return end, nil
}

// load decodes a spec and opens the cache. On a spec error it prints every
// diagnostic and returns nil.
func (f *specFlags) load(ctx context.Context, env *cmdEnv, path string, allowUnset bool) (*loaded, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	kinds, err := stages.Registry()
	if err != nil {
		return nil, err
	}
	spec, diags := speclang.Load(path, src, speclang.Options{
		Kinds: kinds, Vars: f.vars, VarFiles: f.varFiles, Env: env.environ, AllowUnset: allowUnset,
	})
	if len(diags) > 0 {
		_ = speclang.WriteDiagnostics(env.stderr, spec.Files, diags)
	}
	if diags.HasErrors() {
		return nil, errSpec
	}
	g, err := pipeline.NewGraph(spec)
	if err != nil {
		return nil, err
	}
	l := &loaded{spec: spec, graph: g, opts: &pipeline.Options{
		Kinds:    kinds,
		Versions: versions(),
		Env: pipeline.Env{
			DataDir: firstNonEmpty(f.dataDir, env.getenv("GANPIPE_DATA")),
			OutDir:  f.outDir,
			Threads: runtime.NumCPU(),
		},
	}}
	if !allowUnset {
		store, err := openStore(env, f.cacheDir)
		if err != nil {
			return nil, err
		}
		l.opts.Store, l.fs = store, store
	}
	return l, nil
}

// errSpec marks a spec that failed to decode; its diagnostics are printed.
var errSpec = fmt.Errorf("spec has errors")

func openStore(env *cmdEnv, dir string) (*cache.FS, error) {
	dir = firstNonEmpty(dir, env.getenv("GANPIPE_CACHE"), filepath.Join(".ganpipe", "cache"))
	s, err := cache.Open(dir)
	if err != nil {
		return nil, err
	}
	// A test hook (crash tests): pause half-way through checkpoint writes.
	if v := env.getenv("GANPIPE_TEST_CHECKPOINT_PAUSE"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return nil, fmt.Errorf("GANPIPE_TEST_CHECKPOINT_PAUSE=%q: %w", v, err)
		}
		s.CheckpointPause = d
	}
	// A test hook (crash tests): stop for good after the checkpoint at this step.
	if v := env.getenv("GANPIPE_TEST_PAUSE_AFTER_CHECKPOINT"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("GANPIPE_TEST_PAUSE_AFTER_CHECKPOINT=%q: %w", v, err)
		}
		s.PauseAfterCheckpoint = n
	}
	return s, nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// versions names what shapes a stage's numbers besides its own code. The
// BLAS entry is its fingerprint (backend, kernel set, SGEMM split): the same
// stage computes other bits on other kernels or another split.
func versions() map[string]string {
	v := map[string]string{"ganpipe": Version, "blas": blas.Fingerprint()}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "gorgonia.org/gorgonia" || d.Path == "gorgonia.org/tensor" {
				v[strings.TrimPrefix(d.Path, "gorgonia.org/")] = d.Version
			}
		}
	}
	return v
}

// gemmSplitEnv fixes the SGEMM block count, and so the bits of every result,
// independently of the machine's CPU count (see blas.UseSplit).
const gemmSplitEnv = "GANPIPE_GEMM_SPLIT"

// useBLAS installs the BLAS on all CPUs, SGEMM split into $GANPIPE_GEMM_SPLIT
// blocks when set, else one per CPU.
func useBLAS(getenv func(string) string) error {
	parts := runtime.NumCPU()
	if v := getenv(gemmSplitEnv); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return fmt.Errorf("%s=%q: want a positive integer", gemmSplitEnv, v)
		}
		parts = n
	}
	blas.UseSplit(runtime.NumCPU(), parts)
	return nil
}

// fail prints an error and returns exit code 1.
func fail(env *cmdEnv, err error) int {
	if err != errSpec {
		fmt.Fprintf(env.stderr, "ganpipe: %v\n", err)
	}
	return 1
}

// stageLocation renders where a stage is declared, for error summaries.
func stageLocation(g *pipeline.Graph, addr string) string {
	st := g.Stage(addr)
	if st == nil {
		return ""
	}
	r := st.DeclRange
	return fmt.Sprintf("%s:%d:%d", r.Filename, r.Start.Line, r.Start.Column)
}
