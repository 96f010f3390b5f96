// Package bench is ganpipe's performance suite (issue 8, DESIGN.md section 8):
// workloads with the shapes of the real models (a GEMM, autoencoder and GMMN
// training steps, the Parzen evaluation), a harness that times each as the median
// of repeated steps after warm-up, and PyTorch peers of the same workloads
// (peers/peers.py, embedded) so one run can print both sides and their ratio.
//
// The harness mutates process-wide settings while a workload runs — the OpenBLAS
// thread count (through package blas) and GOMAXPROCS — so that "threads N" means
// the same thing for the Go side as torch.set_num_threads(N) does for the peer.
// It is meant for the `ganpipe bench` process and for Go benchmarks, not for a
// process that is training something else at the same time.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"runtime"
	"slices"
	"time"
)

// Workload is one benchmarked operation. Setup prepares it for the given thread
// count and returns step, which performs one unit of work (one training step,
// one GEMM, one Parzen evaluation), and cleanup, which releases what Setup made.
// Flops is the nominal floating-point work of one step (GEMM FLOPs only, see
// the formulas in workloads.go), used for GFLOP/s.
type Workload struct {
	Name  string
	Flops float64
	Setup func(threads int) (step func() error, cleanup func(), err error)
}

// ErrUnavailable is returned (wrapped) by a Setup whose workload cannot run in
// this build, e.g. because package models does not implement the model yet.
// Run reports such workloads with Skipped set instead of failing.
var ErrUnavailable = errors.New("workload unavailable")

// Result is one workload's measurement. MsPerStep is the median step time.
type Result struct {
	Name      string  `json:"name"`
	MsPerStep float64 `json:"ms_per_step"`
	GFlops    float64 `json:"gflops_per_s"`
	// Steps is the number of timed steps behind the median, MinMs/MaxMs their
	// range (a wide range means a noisy machine).
	Steps int     `json:"steps,omitempty"`
	MinMs float64 `json:"min_ms,omitempty"`
	MaxMs float64 `json:"max_ms,omitempty"`
	// AllocBytesPerStep and AllocsPerStep are Go heap allocations per timed
	// step (runtime.MemStats deltas; 0 for the PyTorch peer).
	// CPUMsPerStep is the process's CPU time (all threads, user + system)
	// per timed step. On an idle machine a step using T threads well has
	// CPUMsPerStep near T*MsPerStep; much less means the machine was busy
	// (the step waited for CPUs). 0 where not measured.
	CPUMsPerStep      float64 `json:"cpu_ms_per_step,omitempty"`
	AllocBytesPerStep float64 `json:"alloc_bytes_per_step,omitempty"`
	AllocsPerStep     float64 `json:"allocs_per_step,omitempty"`
	// HeapSteps and HeapGrowth: live heap bytes after HeapSteps extra steps
	// minus before them (Options.HeapSteps; both 0 when not checked).
	HeapSteps  int   `json:"heap_steps,omitempty"`
	HeapGrowth int64 `json:"heap_growth_bytes,omitempty"`
	// Skipped says why the workload did not run (ErrUnavailable).
	Skipped string `json:"skipped,omitempty"`
}

// Options tune Run. The zero value is usable.
type Options struct {
	// Threads is the thread count handed to Setup and used for GOMAXPROCS while
	// the workload runs; 0 means runtime.NumCPU().
	Threads int
	// Target is the wall time the timed steps of one workload should take
	// (default 2.5 s); the step count K is Target / (warm-up step time),
	// clamped to [MinSteps, MaxSteps].
	Target   time.Duration
	MinSteps int // default 3
	MaxSteps int // default 500
	// Warmup is how long warm-up lasts at least (default 300 ms); warm-up runs
	// at least 2 and at most 20 steps.
	Warmup time.Duration
	// HeapSteps > 0 adds a memory check after the timing: the live heap (after
	// a forced GC) is compared before and after HeapSteps more steps, and the
	// difference reported as Result.HeapGrowth (issue 8: flat across 1,000).
	HeapSteps int
	// Log, if set, receives one progress line per workload.
	Log io.Writer

	// now is the clock (time.Now when nil); tests substitute a fake one.
	now func() time.Time
}

func (o Options) withDefaults() Options {
	if o.Threads <= 0 {
		o.Threads = runtime.NumCPU()
	}
	if o.Target <= 0 {
		o.Target = 2500 * time.Millisecond
	}
	if o.MinSteps <= 0 {
		o.MinSteps = 3
	}
	if o.MaxSteps < o.MinSteps {
		o.MaxSteps = max(500, o.MinSteps)
	}
	if o.Warmup <= 0 {
		o.Warmup = 300 * time.Millisecond
	}
	if o.now == nil {
		o.now = time.Now
	}
	return o
}

// Select returns the workloads whose names match the regular expression expr
// (all of them for "").
func Select(ws []Workload, expr string) ([]Workload, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, fmt.Errorf("bench: workload pattern: %w", err)
	}
	var out []Workload
	for _, w := range ws {
		if re.MatchString(w.Name) {
			out = append(out, w)
		}
	}
	return out, nil
}

// Run measures each workload in turn: Setup, warm-up, K timed steps, cleanup.
// A workload whose Setup returns ErrUnavailable yields a Result with Skipped
// set; any other error stops the run and is returned with the results so far.
func Run(ctx context.Context, ws []Workload, opts Options) ([]Result, error) {
	opts = opts.withDefaults()
	prev := runtime.GOMAXPROCS(opts.Threads)
	defer runtime.GOMAXPROCS(prev)
	var out []Result
	for _, w := range ws {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		r, err := runOne(ctx, w, opts)
		if err != nil {
			return out, fmt.Errorf("bench: %s: %w", w.Name, err)
		}
		if opts.Log != nil {
			if r.Skipped != "" {
				fmt.Fprintf(opts.Log, "%s: skipped: %s\n", r.Name, r.Skipped)
			} else {
				fmt.Fprintf(opts.Log, "%s: %.2f ms/step (median of %d, range %.2f-%.2f)\n", r.Name, r.MsPerStep, r.Steps, r.MinMs, r.MaxMs)
			}
		}
		out = append(out, r)
	}
	return out, nil
}

func runOne(ctx context.Context, w Workload, opts Options) (Result, error) {
	res := Result{Name: w.Name}
	step, cleanup, err := w.Setup(opts.Threads)
	if errors.Is(err, ErrUnavailable) {
		res.Skipped = err.Error()
		return res, nil
	}
	if err != nil {
		return res, fmt.Errorf("setup: %w", err)
	}
	defer func() {
		if cleanup != nil {
			cleanup()
		}
		runtime.GC() // the next workload should not pay for this one's garbage
	}()
	times, allocs, err := measure(ctx, step, opts)
	if err != nil {
		return res, err
	}
	res.Steps = len(times)
	ms := make([]float64, len(times))
	for i, t := range times {
		ms[i] = float64(t) / 1e6
	}
	res.MsPerStep = median(ms)
	res.MinMs, res.MaxMs = slices.Min(ms), slices.Max(ms)
	if res.MsPerStep > 0 {
		res.GFlops = w.Flops / (res.MsPerStep * 1e-3) / 1e9
	}
	res.AllocBytesPerStep = float64(allocs.bytes) / float64(len(times))
	res.AllocsPerStep = float64(allocs.count) / float64(len(times))
	if allocs.cpu > 0 {
		res.CPUMsPerStep = float64(allocs.cpu) / 1e6 / float64(len(times))
	}
	if opts.HeapSteps > 0 {
		g, err := heapGrowth(ctx, step, opts.HeapSteps)
		if err != nil {
			return res, err
		}
		res.HeapSteps, res.HeapGrowth = opts.HeapSteps, g
	}
	return res, nil
}

// heapGrowth is the live heap after n steps minus before them, each measured
// after a forced collection.
func heapGrowth(ctx context.Context, step func() error, n int) (int64, error) {
	// live collects until the heap stops shrinking (at most 5 rounds): memory
	// held by finalizers (gorgonia's VMs, cgo buffers of earlier work) is
	// freed only by a collection after the finalizer has run, so one GC can
	// leave tens of MB that a later one frees, which would read as a
	// negative growth of the steps in between.
	live := func() int64 {
		var m runtime.MemStats
		prev := int64(-1)
		for i := 0; i < 5; i++ {
			runtime.GC()
			runtime.ReadMemStats(&m)
			h := int64(m.HeapAlloc)
			if prev >= 0 && h >= prev {
				return h
			}
			prev = h
			time.Sleep(time.Millisecond) // let the finalizer goroutine run
		}
		return prev
	}
	before := live()
	for i := 0; i < n; i++ {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		if err := step(); err != nil {
			return 0, fmt.Errorf("heap check step %d: %w", i+1, err)
		}
	}
	after := live()
	runtime.KeepAlive(step) // its data must count as live in both measurements
	return after - before, nil
}

type allocDelta struct {
	bytes, count uint64
	cpu          time.Duration // process CPU time over the timed steps
}

// measure warms step up, picks K from the warm-up's mean step time and returns
// the K timed step durations and the heap allocations they made.
func measure(ctx context.Context, step func() error, opts Options) ([]time.Duration, allocDelta, error) {
	const minWarm, maxWarm = 2, 20
	start := opts.now()
	n := 0
	for n < minWarm || (n < maxWarm && opts.now().Sub(start) < opts.Warmup) {
		if err := ctx.Err(); err != nil {
			return nil, allocDelta{}, err
		}
		if err := step(); err != nil {
			return nil, allocDelta{}, fmt.Errorf("warm-up step %d: %w", n+1, err)
		}
		n++
	}
	k := stepCount(opts.now().Sub(start)/time.Duration(n), opts)
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	cpu0 := processCPU()
	times := make([]time.Duration, k)
	for i := range times {
		if err := ctx.Err(); err != nil {
			return nil, allocDelta{}, err
		}
		t0 := opts.now()
		if err := step(); err != nil {
			return nil, allocDelta{}, fmt.Errorf("step %d: %w", i+1, err)
		}
		times[i] = opts.now().Sub(t0)
	}
	cpu := processCPU() - cpu0
	runtime.ReadMemStats(&m1)
	return times, allocDelta{bytes: m1.TotalAlloc - m0.TotalAlloc, count: m1.Mallocs - m0.Mallocs, cpu: cpu}, nil
}

// stepCount is Target / per, clamped to [MinSteps, MaxSteps].
func stepCount(per time.Duration, opts Options) int {
	if per <= 0 {
		return opts.MaxSteps
	}
	k := float64(opts.Target) / float64(per)
	return int(math.Max(float64(opts.MinSteps), math.Min(float64(opts.MaxSteps), math.Floor(k))))
}

// median of a non-empty slice (mean of the middle two for even lengths); v is
// not modified.
func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return math.NaN()
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
