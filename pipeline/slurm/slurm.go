// Package slurm runs pipeline stages as Slurm batch jobs. Each stage the
// runner hands to the Executor is submitted with sbatch as one job running
// `ganpipe exec-stage`, which computes exactly that stage against a cache
// directory every node shares. One polling goroutine per Executor asks squeue
// about all jobs in flight in a single call per interval (no sacct: many
// clusters run without accounting). A stage succeeded when its job completed
// and its manifest is in the cache; when it failed, the error carries the
// tail of the job's log, which is kept under <cache>/slurm/logs.
//
// A ledger, <cache>/slurm/ledger/<key>.json, names the job submitted for
// each key: a controller restarted after a crash finds a job still queued or
// running there and waits for it instead of submitting a duplicate.
package slurm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ganpipe/ganpipe/internal/atomicfile"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/speclang"
)

// Runner runs a Slurm command (sbatch, squeue, scancel) and returns its
// standard output. A non-nil error should include the command's stderr.
type Runner func(ctx context.Context, name string, args ...string) ([]byte, error)

// Config says how to submit stages.
type Config struct {
	// CacheDir is the cache directory, which every node must see at the same
	// path. The ledger, job logs and job scripts live under CacheDir/slurm.
	CacheDir string
	// Binary is the ganpipe executable jobs run; "" means this process's
	// own (os.Executable), which must then be reachable from the nodes.
	Binary string
	// Spec is the spec file's path, as the nodes see it.
	Spec string
	// ExecArgs are the flags given to exec-stage before -key: -cache,
	// -data, -var, -var-file, with absolute paths.
	ExecArgs []string
	// Env are NAME=value pairs the job script exports before it runs
	// exec-stage (e.g. OPENBLAS_CORETYPE, which must be set before the BLAS
	// loads, so that every node runs the controller's kernels).
	Env []string
	// Defaults are the pipeline-wide resources; a stage's resources block
	// overrides them field by field.
	Defaults speclang.Resources
	// Extra are sbatch flags added to every job after the stage's own
	// (-slurm-args).
	Extra []string
	// Poll is the squeue interval; 0 means one second.
	Poll time.Duration
	// Grace is how long a COMPLETED job's manifest may take to become
	// visible (attribute caching on a network file system); 0 means 10 s.
	Grace time.Duration
	// Run runs Slurm commands; nil runs them with os/exec.
	Run Runner
	// Resubmits bounds how often a stage whose job hit its time limit, was
	// preempted or lost its node (TIMEOUT, PREEMPTED, NODE_FAIL) is
	// submitted again; each new job resumes the stage from its newest
	// in-stage checkpoint. 0 means DefaultResubmits; negative, never.
	Resubmits int
}

// DefaultResubmits is Config.Resubmits when unset: enough for a stage a
// few times longer than the partition's time limit, few enough that a
// stage making no progress (checkpoint interval longer than the limit)
// fails in hours, not days.
const DefaultResubmits = 3

// resumable is a job end after which resubmitting makes progress: the
// stage was stopped from outside, and its checkpoints survive.
type resumable struct{ err error }

func (r *resumable) Error() string { return r.err.Error() }
func (r *resumable) Unwrap() error { return r.err }

func isResumable(state string) bool {
	return state == "TIMEOUT" || state == "PREEMPTED" || state == "NODE_FAIL"
}

// Executor submits stages as Slurm jobs. It implements pipeline.Executor and
// is safe for concurrent use by the runner's stage goroutines.
type Executor struct {
	cfg Config

	mu      sync.Mutex
	jobs    map[string]*job // in flight, by job id
	polling bool            // the controller goroutine is running
}

// job is the controller's view of one Slurm job.
type job struct {
	id string
	// Written by the controller under Executor.mu.
	status  JobStatus
	seen    bool // squeue has listed it at least once
	missing int  // consecutive successful polls that did not list it
	gone    bool // it left squeue: finished and purged, or never existed
	pollErr error
	// update gets a token after every poll, so the waiting Execute wakes.
	update chan struct{}
}

// vanishAfter is how many consecutive squeue answers must leave a job out
// before it counts as gone: one miss could be a race with submission.
const vanishAfter = 2

// New checks the configuration and fills in defaults.
func New(cfg Config) (*Executor, error) {
	if cfg.CacheDir == "" || !filepath.IsAbs(cfg.CacheDir) {
		return nil, fmt.Errorf("slurm: the cache directory must be an absolute path (got %q)", cfg.CacheDir)
	}
	if cfg.Spec == "" {
		return nil, fmt.Errorf("slurm: no spec path")
	}
	if cfg.Binary == "" {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("slurm: locating the ganpipe binary: %w", err)
		}
		cfg.Binary = exe
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Grace <= 0 {
		cfg.Grace = 10 * time.Second
	}
	if cfg.Run == nil {
		cfg.Run = runCommand
	}
	return &Executor{cfg: cfg, jobs: map[string]*job{}}, nil
}

// runCommand runs a command, returning stdout and, on failure, an error
// carrying stderr.
func runCommand(ctx context.Context, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			return stdout.Bytes(), fmt.Errorf("%s: %w", name, err)
		}
		return stdout.Bytes(), fmt.Errorf("%s: %w: %s", name, err, msg)
	}
	return stdout.Bytes(), nil
}

// Execute implements pipeline.Executor: it submits the stage (or re-attaches
// to the job a previous controller submitted for the same key) and waits
// until the job ends. On ctx cancellation it cancels the job and returns
// ctx.Err().
func (e *Executor) Execute(ctx context.Context, t *pipeline.Task) error {
	if err := checkKey(t.Key); err != nil {
		return err
	}
	store := t.Options.Store
	progress := t.Progress
	if progress == nil {
		progress = pipeline.NopProgress{}
	}
	// Another controller (or a job of one) may have finished the key since
	// the runner looked; -force recomputes regardless.
	if ok, err := done(ctx, store, t.Key); err != nil {
		return err
	} else if ok && !t.Force {
		t.Reused = true
		return nil
	}
	j, err := e.attach(ctx, t, progress)
	if err != nil {
		return err
	}
	if j == nil {
		if ok, err := done(ctx, store, t.Key); err != nil {
			return err
		} else if ok && !t.Force { // the ledger's job finished it
			return nil
		}
		if j, err = e.submit(ctx, t, progress); err != nil {
			return err
		}
	}
	limit := e.cfg.Resubmits
	if limit == 0 {
		limit = DefaultResubmits
	}
	for attempt := 1; ; attempt++ {
		err := e.await(ctx, t, j, progress)
		var r *resumable
		if !errors.As(err, &r) || attempt > limit {
			return err
		}
		progress.Logf("job %s stopped from outside; resubmitting (%d of %d), the stage resumes from its newest checkpoint", j.id, attempt, limit)
		// -fresh applied to the first job only: the next one must resume.
		t.Fresh = false
		if j, err = e.submit(ctx, t, progress); err != nil {
			return err
		}
	}
}

// attach returns the ledger's job for the key if squeue still shows it
// queued or running; nil if there is no such job.
func (e *Executor) attach(ctx context.Context, t *pipeline.Task, progress pipeline.Progress) (*job, error) {
	ent, err := ReadLedger(e.cfg.CacheDir, t.Key)
	if err != nil || ent == nil {
		// An unreadable ledger only costs a fresh submission.
		if err != nil {
			progress.Logf("ignoring ledger: %v", err)
		}
		return nil, nil
	}
	j := e.track(ent.JobID)
	for {
		select {
		case <-ctx.Done():
			// It may be running: cancel it like any job of this controller.
			e.cancelJob(j)
			return nil, ctx.Err()
		case <-j.update:
		}
		st, seen, gone, _ := e.snapshot(j)
		switch {
		case seen && Classify(st.State) == Active:
			progress.Logf("re-attached to job %s (%s)", j.id, st.State)
			return j, nil
		case seen || gone:
			e.untrack(j.id)
			return nil, nil
		}
	}
}

// submit writes the job script and submits it, recording the job in the
// ledger before anything else can happen to this process.
func (e *Executor) submit(ctx context.Context, t *pipeline.Task, progress pipeline.Progress) (*job, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	logFile, script := logPath(e.cfg.CacheDir, t.Key), scriptPath(e.cfg.CacheDir, t.Key)
	if err := os.MkdirAll(filepath.Dir(logFile), 0o755); err != nil {
		return nil, fmt.Errorf("slurm: %w", err)
	}
	if err := atomicfile.Write(script, batchScript(t.Addr, t.Key, e.cfg.Env, e.stageCommand(t)), 0o755); err != nil {
		return nil, fmt.Errorf("slurm: %w", err)
	}
	var stageRes *speclang.Resources
	if t.Graph != nil {
		if st := t.Graph.Stage(t.Addr); st != nil {
			stageRes = st.Resources
		}
	}
	args := sbatchArgs(t.Addr, logFile, script, resources(e.cfg.Defaults, stageRes), e.cfg.Extra)
	// sbatch must not be killed half-way by Ctrl-C: the job could exist
	// without this process knowing its id. Cancellation is handled after.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	out, err := e.cfg.Run(sctx, "sbatch", args...)
	if err != nil {
		return nil, fmt.Errorf("slurm: submitting %s: %w", t.Addr, err)
	}
	id, err := parseSbatch(out)
	if err != nil {
		return nil, fmt.Errorf("slurm: submitting %s: %w", t.Addr, err)
	}
	host, _ := os.Hostname()
	lerr := writeLedger(e.cfg.CacheDir, &LedgerEntry{Key: t.Key, JobID: id, Addr: t.Addr, Submitted: time.Now().UTC(), Host: host})
	j := e.track(id)
	progress.Logf("submitted job %s", id)
	if lerr != nil {
		progress.Logf("warning: job %s not recorded in the ledger: %v", id, lerr)
	}
	if ctx.Err() != nil {
		e.cancelJob(j)
		return nil, ctx.Err()
	}
	return j, nil
}

// stageCommand is the command line the job runs.
func (e *Executor) stageCommand(t *pipeline.Task) []string {
	argv := []string{e.cfg.Binary, "exec-stage"}
	argv = append(argv, e.cfg.ExecArgs...)
	if t.Force {
		argv = append(argv, "-force")
	}
	if t.Fresh {
		argv = append(argv, "-fresh")
	}
	return append(argv, "-key", t.Key, e.cfg.Spec, t.Addr)
}

// await waits for the job to end and judges the stage.
func (e *Executor) await(ctx context.Context, t *pipeline.Task, j *job, progress pipeline.Progress) error {
	defer e.untrack(j.id)
	store := t.Options.Store
	last := ""
	var lastErr string
	var completedAt time.Time
	for {
		select {
		case <-ctx.Done():
			e.cancelJob(j)
			return ctx.Err()
		case <-j.update:
		}
		st, seen, gone, perr := e.snapshot(j)
		if perr != nil && perr.Error() != lastErr {
			progress.Logf("squeue: %v (will retry)", perr)
		}
		if perr != nil {
			lastErr = perr.Error()
		} else {
			lastErr = ""
		}
		if seen && st.State != last {
			last = st.State
			msg := fmt.Sprintf("job %s %s", j.id, st.State)
			if st.Reason != "" && st.Reason != "None" {
				msg += " (" + st.Reason + ")"
			}
			progress.Logf("%s", msg)
		}
		switch {
		case gone:
			if ok, err := done(ctx, store, t.Key); err != nil || ok {
				return err
			}
			return e.jobError(j.id, t.Key, "left the queue without a result")
		case !seen:
			continue
		}
		switch Classify(st.State) {
		case Completed:
			if ok, err := done(ctx, store, t.Key); err != nil || ok {
				return err
			}
			if completedAt.IsZero() {
				completedAt = time.Now()
			}
			if time.Since(completedAt) >= e.cfg.Grace {
				return e.jobError(j.id, t.Key, "COMPLETED but the stage's manifest is not in the cache")
			}
		case Failed:
			what := st.State
			if st.Reason != "" && st.Reason != "None" {
				what += " (" + st.Reason + ")"
			}
			if isResumable(st.State) {
				return &resumable{e.jobError(j.id, t.Key, what)}
			}
			return e.jobError(j.id, t.Key, what)
		}
	}
}

// jobError describes a failed job with the end of its log.
func (e *Executor) jobError(id, key, what string) error {
	lp := logPath(e.cfg.CacheDir, key)
	tail, err := tailLines(lp, 20)
	if err != nil {
		return fmt.Errorf("slurm job %s %s; no log (%v)", id, what, err)
	}
	return fmt.Errorf("slurm job %s %s; last lines of %s:\n%s", id, what, lp, tail)
}

// tailLines returns the last n lines of a file, reading at most 64 KiB.
func tailLines(path string, n int) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return "", err
	}
	const maxRead = 64 << 10
	off := max(fi.Size()-maxRead, 0)
	buf := make([]byte, fi.Size()-off)
	if _, err := f.ReadAt(buf, off); err != nil {
		return "", err
	}
	lines := strings.Split(strings.TrimRight(string(buf), "\n"), "\n")
	if off > 0 && len(lines) > 1 {
		lines = lines[1:] // the first line is probably cut
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return "    " + strings.Join(lines, "\n    "), nil
}

// done reports whether the key's manifest is in the store with every object
// present and intact.
func done(ctx context.Context, store cache.Store, key string) (bool, error) {
	m, err := store.Get(ctx, key)
	if errors.Is(err, cache.ErrNotFound) || errors.Is(err, cache.ErrCorrupt) {
		return false, nil // a damaged manifest is recomputed
	}
	if err != nil {
		return false, err
	}
	for _, obj := range m.Outputs {
		if _, err := store.Path(ctx, obj); err != nil {
			return false, nil
		}
	}
	return true, nil
}

// cancelJob runs scancel for a job this controller submitted or attached to.
// It outlives the cancelled context, so Ctrl-C still reaches the cluster.
func (e *Executor) cancelJob(j *job) {
	e.untrack(j.id)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, _ = e.cfg.Run(ctx, "scancel", j.id)
}

// checkKey refuses keys that would not be safe as file names: the ledger,
// log and script paths are built from them.
func checkKey(key string) error {
	if key == "" || key[0] == '.' || len(key) > 200 || strings.Trim(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") != "" {
		return fmt.Errorf("slurm: invalid cache key %q", key)
	}
	return nil
}
