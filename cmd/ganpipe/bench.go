package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"runtime"
	"strings"
	"time"

	"github.com/ganpipe/ganpipe/bench"
	ganblas "github.com/ganpipe/ganpipe/blas"
)

func benchCmd() *command {
	c := &command{name: "bench", usage: "[flags]", summary: "time training steps at the models' shapes (and PyTorch's, with -compare)"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs := newFlagSet(env, c)
		asJSON := fs.Bool("json", false, `print JSON ([{"name","ms_per_step","gflops_per_s",...}]; with -compare {"ganpipe","pytorch","rows"})`)
		threads := fs.Int("threads", runtime.NumCPU(), "BLAS threads and GOMAXPROCS (the PyTorch peer gets the same)")
		run := fs.String("run", "", "regexp selecting workloads by name")
		compare := fs.Bool("compare", false, "also run the PyTorch peers (bench/peers/peers.py) and print both side by side")
		peak := fs.Float64("peak", bench.DefaultPeak, "machine fp32 peak in GFLOP/s, for the % of peak column")
		seconds := fs.Duration("time", 2500*time.Millisecond, "timed wall time per workload (the step count adapts to it)")
		python := fs.String("python", bench.DefaultPython, "Python interpreter with torch, for -compare")
		peerBLAS := fs.String("peer-blas", "openmp", "OpenBLAS build for the PyTorch peer: openmp (libopenblas0-openmp, shares torch's thread pool) or system (the libblas.so.3 alternative)")
		peerMalloc := fs.String("peer-malloc", "tcmalloc", "allocator for the PyTorch peer: tcmalloc (libtcmalloc-minimal4, LD_PRELOAD) or system (glibc malloc)")
		heapSteps := fs.Int("heap-steps", 0, "after timing, run this many more steps and report the live-heap growth (issue 8 asks for flat across 1000)")
		list := fs.Bool("list", false, "list the workloads and exit")
		agree := fs.Bool("agree", false, "instead of timing: compute the AE, GMMN and GAN losses on seeded weights and inputs (fixed dropout masks) here and with PyTorch, and fail if they differ by more than 1e-5 relative")
		agreeKeep := fs.Bool("agree-keep", false, "with -agree: keep the directory of weights and inputs (its path is printed)")
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		if fs.NArg() != 0 {
			return argCountError(fs, c)
		}
		if *agree {
			return agreeCheck(ctx, env, *python, *threads, *agreeKeep, *asJSON)
		}
		ws, err := bench.Select(bench.Workloads(), *run)
		if err != nil {
			return fail(env, err)
		}
		if *list {
			for _, w := range ws {
				fmt.Fprintf(env.stdout, "%-16s %.3g FLOP/step\n", w.Name, w.Flops)
			}
			return 0
		}
		if len(ws) == 0 {
			return fail(env, fmt.Errorf("bench: no workload matches %q", *run))
		}
		// The peer availability check comes first so a missing torch is
		// reported before minutes of Go benchmarks, not after.
		var peerErr error
		if *compare {
			peerErr = bench.PeerAvailable(ctx, *python)
		}
		fmt.Fprintf(env.stderr, "ganpipe bench: BLAS %s (%s kernels), %d threads, %s\n", ganblas.Backend(), ganblas.Kernel(), *threads, loadAvg())
		opts := bench.Options{Threads: *threads, Target: *seconds, HeapSteps: *heapSteps, Log: env.stderr}
		popts := bench.PeerOptions{Python: *python, Threads: *threads, Target: *seconds, BLAS: *peerBLAS, Malloc: *peerMalloc}
		if !*compare || peerErr != nil {
			ours, err := bench.Run(ctx, ws, opts)
			if err != nil {
				return fail(env, err)
			}
			if !*compare {
				if *asJSON {
					return writeJSON(env, ours)
				}
				if err := bench.WriteTable(env.stdout, ours, *peak); err != nil {
					return fail(env, err)
				}
				return 0
			}
			fmt.Fprintf(env.stderr, "ganpipe bench: PyTorch comparison skipped: %v\n", peerErr)
			return writeComparison(env, ours, nil, *asJSON, *peak)
		}
		// Interleaved, one workload at a time (ours, then the peer's), so that
		// a change in the machine's load hits both sides of a row alike.
		var ours, theirs []bench.Result
		for _, w := range ws {
			r, err := bench.Run(ctx, []bench.Workload{w}, opts)
			if err != nil {
				return fail(env, err)
			}
			ours = append(ours, r...)
			popts.Run = "^" + regexp.QuoteMeta(w.Name) + "$"
			p, err := bench.RunPeers(ctx, popts)
			if len(theirs) == 0 {
				fmt.Fprint(env.stderr, indentLog(p.Log))
			} else {
				fmt.Fprint(env.stderr, indentLog(lastLine(p.Log)))
			}
			if err != nil {
				return fail(env, err)
			}
			theirs = append(theirs, p.Results...)
		}
		return writeComparison(env, ours, theirs, *asJSON, *peak)
	}
	return c
}

// agreeCheck runs bench.Agree at the benchmark's shapes and prints one row per
// loss; it exits 1 when a loss differs from PyTorch's float32 value by more
// than bench.AgreeTol relative, or when the peer cannot run.
func agreeCheck(ctx context.Context, env *cmdEnv, python string, threads int, keep, asJSON bool) int {
	if err := bench.PeerAvailable(ctx, python); err != nil {
		return fail(env, fmt.Errorf("bench -agree needs PyTorch: %w", err))
	}
	runtime.GOMAXPROCS(threads)
	ganblas.UseThreads(threads)
	cases, dir, err := bench.Agree(ctx, python, bench.DefaultAgreeConfig(), keep)
	if keep && dir != "" {
		fmt.Fprintf(env.stderr, "ganpipe bench -agree: weights and inputs in %s\n", dir)
	}
	if err != nil {
		return fail(env, err)
	}
	if asJSON {
		if code := writeJSON(env, cases); code != 0 {
			return code
		}
	} else if err := bench.WriteAgreeTable(env.stdout, cases, bench.AgreeTol); err != nil {
		return fail(env, err)
	}
	if bad := bench.AgreeFailures(cases, bench.AgreeTol); len(bad) > 0 {
		return fail(env, fmt.Errorf("losses disagree with PyTorch:\n  %s", strings.Join(bad, "\n  ")))
	}
	return 0
}

func writeComparison(env *cmdEnv, ours, theirs []bench.Result, asJSON bool, peak float64) int {
	rows := bench.Compare(ours, theirs)
	if asJSON {
		return writeJSON(env, map[string]any{"ganpipe": ours, "pytorch": theirs, "rows": rows})
	}
	if err := bench.WriteComparison(env.stdout, rows, peak); err != nil {
		return fail(env, err)
	}
	return 0
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func writeJSON(env *cmdEnv, v any) int {
	enc := json.NewEncoder(env.stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return fail(env, err)
	}
	return 0
}

// loadAvg reports the 1-minute load average (Linux), because a busy machine is
// the usual reason for a surprising benchmark.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "load average unknown"
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "load average unknown"
	}
	return "load average " + f[0]
}

func indentLog(s string) string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return ""
	}
	return "  " + strings.ReplaceAll(s, "\n", "\n  ") + "\n"
}
