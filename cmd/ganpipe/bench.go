package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
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
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		if fs.NArg() != 0 {
			fs.Usage()
			return 2
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
		fmt.Fprintf(env.stderr, "ganpipe bench: BLAS %s, %d threads, %s\n", ganblas.Backend(), *threads, loadAvg())
		ours, err := bench.Run(ctx, ws, bench.Options{Threads: *threads, Target: *seconds, HeapSteps: *heapSteps, Log: env.stderr})
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
		var peer bench.Peer
		if peerErr != nil {
			fmt.Fprintf(env.stderr, "ganpipe bench: PyTorch comparison skipped: %v\n", peerErr)
		} else {
			fmt.Fprintf(env.stderr, "ganpipe bench: running the PyTorch peers with %s (%s)\n", *python, loadAvg())
			peer, err = bench.RunPeers(ctx, bench.PeerOptions{Python: *python, Threads: *threads, Run: *run, Target: *seconds, BLAS: *peerBLAS, Malloc: *peerMalloc})
			fmt.Fprint(env.stderr, indentLog(peer.Log))
			if err != nil {
				return fail(env, err)
			}
		}
		rows := bench.Compare(ours, peer.Results)
		if *asJSON {
			return writeJSON(env, map[string]any{"ganpipe": ours, "pytorch": peer.Results, "rows": rows})
		}
		if err := bench.WriteComparison(env.stdout, rows, *peak); err != nil {
			return fail(env, err)
		}
		return 0
	}
	return c
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
