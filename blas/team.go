package blas

import (
	"runtime"
	"sync/atomic"
	"time"
)

// Team runs the parts of a parallel section on worker goroutines that keep
// polling for the next section for a while (spinWait) before they block.
//
// Why: on this project's VMs, handing work to an idle CPU through the Go
// scheduler (go statement, channel, WaitGroup) took 100-200 µs (measured:
// the vCPU of a parked thread must be woken by the host), while a training
// step of a 100-row model has 30-50 parallel sections of 10 µs to 2 ms each.
// OpenMP (PyTorch's pool) avoids this the same way: its threads spin between
// parallel regions. A worker here spins at most spinWait after its last part
// (calling runtime.Gosched, so other goroutines keep their turn), then blocks
// until the next part, so an idle process does not keep a CPU busy for long.
//
// A nil *Team runs every part on the calling goroutine.
type Team struct {
	workers []*worker
}

// spinWait is how long a worker polls for its next part, and a caller for
// the workers' parts to finish, before blocking. A step's sections follow
// each other within a few milliseconds at most.
const spinWait = 2 * time.Millisecond

type worker struct {
	busy  atomic.Bool         // a part is assigned and not finished
	part  atomic.Pointer[job] // the assigned part (nil: none)
	sleep atomic.Bool         // blocked on wake
	rest  atomic.Bool         // block now instead of polling (Team.Rest)
	wake  chan struct{}       // cap 1
	stop  atomic.Bool
}

// job is one part of a section: fn(i), then a decrement of *left.
type job struct {
	fn   func(int)
	i    int
	left *atomic.Int32
	done chan struct{} // closed by the part that brings left to 0 (after the caller's own parts)
}

// NewTeam starts n-1 workers for sections of up to n parts (n < 2: none).
// Close stops them.
func NewTeam(n int) *Team {
	if n < 2 {
		return nil
	}
	t := &Team{}
	for i := 0; i < n-1; i++ {
		w := &worker{wake: make(chan struct{}, 1)}
		t.workers = append(t.workers, w)
		go w.loop()
	}
	return t
}

// Size is the number of parts a section runs at once (workers + the caller).
func (t *Team) Size() int {
	if t == nil {
		return 1
	}
	return len(t.workers) + 1
}

// Close stops the workers once they are idle. A closed team runs sections on
// the calling goroutine.
func (t *Team) Close() {
	if t == nil {
		return
	}
	for _, w := range t.workers {
		w.stop.Store(true)
		select {
		case w.wake <- struct{}{}:
		default:
		}
	}
}

// Rest makes idle workers block now instead of polling out their spinWait:
// for a caller about to hand the CPUs to threads outside the team (the
// cPool's, see splitBLAS.Sgemm).
func (t *Team) Rest() {
	if t == nil {
		return
	}
	for _, w := range t.workers {
		w.rest.Store(true)
	}
}

// Run calls fn(0), ..., fn(n-1), in parallel where workers are free, and
// returns when all have returned. Part n-1 runs on the calling goroutine, as
// does any part no idle worker takes (so Run may be called from within a
// part without deadlock).
func (t *Team) Run(n int, fn func(i int)) {
	if n <= 0 {
		return
	}
	if t == nil || n == 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	// left counts the parts in flight on workers plus one for the caller,
	// which it gives up only after its own parts: a worker finishing before
	// the next part is assigned must not see 0 (that closed done twice).
	var left atomic.Int32
	left.Store(1)
	done := make(chan struct{})
	var local []int
	wi := 0
	for i := 0; i < n-1; i++ {
		assigned := false
		for wi < len(t.workers) && !assigned {
			w := t.workers[wi]
			wi++
			if w.stop.Load() || !w.busy.CompareAndSwap(false, true) {
				continue
			}
			left.Add(1)
			w.part.Store(&job{fn: fn, i: i, left: &left, done: done})
			if w.sleep.Load() {
				select {
				case w.wake <- struct{}{}:
				default:
				}
			}
			assigned = true
		}
		if !assigned {
			local = append(local, i)
		}
	}
	for _, i := range local {
		fn(i)
	}
	fn(n - 1)
	if left.Add(-1) == 0 {
		return
	}
	// Wait: poll first (the parts usually end within microseconds of ours),
	// then block; the part that brings left to 0 closes done.
	deadline := time.Now().Add(spinWait)
	for left.Load() != 0 {
		if time.Now().After(deadline) {
			<-done
			return
		}
		runtime.Gosched()
	}
}

// loop runs assigned parts: it polls for spinWait after each one, then
// blocks on wake. Once stopped it takes no new part (it keeps busy set, so
// Run gives its parts to the caller) but finishes one being assigned.
func (w *worker) loop() {
	idleSince := time.Now()
	spins := 0
	for {
		if j := w.part.Load(); j != nil {
			w.part.Store(nil)
			w.rest.Store(false) // a Rest is for the idle spell it interrupts
			j.fn(j.i)
			w.busy.Store(false)
			if j.left.Add(-1) == 0 {
				close(j.done)
			}
			idleSince = time.Now()
			continue
		}
		if w.stop.Load() {
			if w.busy.CompareAndSwap(false, true) {
				return
			}
			runtime.Gosched() // a part is being assigned: run it first
			continue
		}
		if !w.rest.Swap(false) && time.Since(idleSince) < spinWait {
			// Mostly a plain busy loop, yielding the P now and then: yielding
			// on every poll (runtime.Gosched) let other goroutines of the
			// step queue behind the worker, never yielding kept them waiting
			// for a P (measured: ae_step_b100 p50 7.4 vs 11.5 ms, p90 9.6 vs
			// 15.6; this mix 7.3-7.6 / 9.0-9.6).
			spins++
			if spins%64 == 0 {
				runtime.Gosched()
			} else {
				spinFor(50)
			}
			continue
		}
		// Block. Dekker-style handshake with Run (sequentially consistent
		// atomics): we set sleep then look for a part; Run stores the part
		// then looks at sleep, so one of us sees the other.
		w.sleep.Store(true)
		if w.part.Load() == nil && !w.stop.Load() {
			<-w.wake
		}
		w.sleep.Store(false)
		w.rest.Store(false)
		idleSince = time.Now()
	}
}

// spinFor burns about n loop iterations (a few nanoseconds each) without
// touching shared memory.
//
//go:noinline
func spinFor(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x += i
	}
	return x
}
