package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/pipeline/slurm"
)

// executorFlags choose where stages compute.
type executorFlags struct {
	executor    string
	slurmArgs   string
	slurmPoll   time.Duration
	slurmBinary string
	resubmits   int
}

// slurmJobs is how many stages may be in flight on a cluster when -j is not
// given: the scheduler, not this machine's core count, limits them.
const slurmJobs = 64

func (e *executorFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&e.executor, "executor", "local", "where stages compute: local, or slurm (one sbatch job per stage over a shared cache)")
	fs.StringVar(&e.slurmArgs, "slurm-args", "", "extra sbatch flags for every job, shell-quoted (\"--qos=long -A proj\"); they override the spec's resources")
	fs.DurationVar(&e.slurmPoll, "slurm-poll", time.Second, "how often to ask squeue about the jobs in flight")
	fs.StringVar(&e.slurmBinary, "slurm-binary", "", "ganpipe binary the jobs run, as the nodes see it (default: this one)")
	fs.IntVar(&e.resubmits, "slurm-resubmits", slurm.DefaultResubmits, "how often a job stopped by its time limit, preemption or a node failure is resubmitted (it resumes from its checkpoint); 0: never")
}

func (e *executorFlags) apply(env *cmdEnv, specPath string, f *specFlags, o *pipeline.Options) error {
	switch e.executor {
	case "local":
		o.Executor = pipeline.Local{}
		return nil
	case "slurm":
		ex, err := e.slurmExecutor(specPath, f, o)
		if err != nil {
			return err
		}
		o.Executor = ex
		if o.Jobs <= 0 {
			o.Jobs = slurmJobs
		}
		return nil
	default:
		return fmt.Errorf("unknown executor %q (have: local, slurm)", e.executor)
	}
}

// slurmExecutor configures the Slurm executor. A job must load the same spec
// with the same variables and see the same cache and data, from another
// node and another working directory: every path is made absolute.
func (e *executorFlags) slurmExecutor(specPath string, f *specFlags, o *pipeline.Options) (*slurm.Executor, error) {
	fsStore, ok := o.Store.(*cache.FS)
	if !ok {
		return nil, fmt.Errorf("-executor slurm needs a filesystem cache shared by the nodes")
	}
	cacheDir, err := filepath.Abs(fsStore.Dir())
	if err != nil {
		return nil, err
	}
	spec, err := filepath.Abs(specPath)
	if err != nil {
		return nil, err
	}
	args, err := execStageArgs(f, cacheDir, o.Env.DataDir)
	if err != nil {
		return nil, err
	}
	if o.CheckpointEvery > 0 {
		args = append(args, "-checkpoint-every", o.CheckpointEvery.String())
	}
	extra, err := slurm.SplitArgs(e.slurmArgs)
	if err != nil {
		return nil, fmt.Errorf("-slurm-args: %w", err)
	}
	bin := e.slurmBinary
	if bin != "" {
		if bin, err = filepath.Abs(bin); err != nil {
			return nil, err
		}
	}
	return slurm.New(slurm.Config{
		CacheDir: cacheDir, Binary: bin, Spec: spec, ExecArgs: args, Env: jobEnv(),
		Extra: extra, Poll: e.slurmPoll, Resubmits: resubmits(e.resubmits),
	})
}

// jobEnv is the environment a job needs to compute what this process would:
// OpenBLAS's kernel set, fixed before the library loads. (A node whose CPU
// lacks the kernels' instructions fails its job; its log says so.)
func jobEnv() []string {
	if blas.Backend() != "openblas" {
		return nil
	}
	return []string{"OPENBLAS_CORETYPE=" + blas.Kernel()}
}

// execStageArgs are the spec flags of exec-stage (everything but -key, SPEC
// and ADDR), repeating this command's. Variables from GANPIPE_VAR_* reach the
// job through sbatch's default --export=ALL; if they do not, the job's key
// differs and exec-stage refuses to run rather than compute something else.
//
// -gemm-split passes this process's SGEMM block count, which is part of
// every key, so a node with another CPU count computes the same bits.
func execStageArgs(f *specFlags, cacheDir, dataDir string) ([]string, error) {
	args := []string{"-cache", cacheDir, "-gemm-split", strconv.Itoa(blas.Threads())}
	if dataDir != "" {
		abs, err := filepath.Abs(dataDir)
		if err != nil {
			return nil, err
		}
		args = append(args, "-data", abs)
	}
	if f.outDir != "" {
		abs, err := filepath.Abs(f.outDir)
		if err != nil {
			return nil, err
		}
		args = append(args, "-out", abs)
	}
	for _, vf := range f.varFiles {
		abs, err := filepath.Abs(vf)
		if err != nil {
			return nil, err
		}
		args = append(args, "-var-file", abs)
	}
	for _, v := range f.vars {
		args = append(args, "-var", v)
	}
	return args, nil
}

// resubmits maps the flag (0: never) to slurm.Config.Resubmits (0: the
// default, negative: never).
func resubmits(n int) int {
	if n <= 0 {
		return -1
	}
	return n
}
