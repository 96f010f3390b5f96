package slurm

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/speclang"
)

func TestParseSqueue(t *testing.T) {
	cases := []struct {
		name    string
		out     string
		want    map[string]JobStatus
		wantErr bool
	}{
		{"empty", "", map[string]JobStatus{}, false},
		{"blank lines", "\n\n", map[string]JobStatus{}, false},
		{"several", "12|PENDING|Priority\n13|RUNNING|None\n14|FAILED|NonZeroExitCode\n",
			map[string]JobStatus{
				"12": {"12", "PENDING", "Priority"},
				"13": {"13", "RUNNING", "None"},
				"14": {"14", "FAILED", "NonZeroExitCode"},
			}, false},
		{"reason with bar and spaces", "7|CANCELLED|weird | reason\n",
			map[string]JobStatus{"7": {"7", "CANCELLED", "weird | reason"}}, false},
		{"state with suffix", "8|CANCELLED by 0|None\n",
			map[string]JobStatus{"8": {"8", "CANCELLED", "None"}}, false},
		{"lower case state", "9|completed|None\n",
			map[string]JobStatus{"9": {"9", "COMPLETED", "None"}}, false},
		{"missing field", "12|PENDING\n", nil, true},
		{"empty state", "12||None\n", nil, true},
		{"garbage", "slurm_load_jobs error\n", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseSqueue([]byte(c.out))
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, c.wantErr)
			}
			if !c.wantErr && !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	cases := map[string]Phase{
		"PENDING": Active, "RUNNING": Active, "COMPLETING": Active, "CONFIGURING": Active,
		"SUSPENDED": Active, "REQUEUED": Active, "SOMETHING_NEW": Active,
		"COMPLETED": Completed, "completed": Completed,
		"FAILED": Failed, "CANCELLED": Failed, "TIMEOUT": Failed, "NODE_FAIL": Failed,
		"OUT_OF_MEMORY": Failed, "BOOT_FAIL": Failed, "DEADLINE": Failed, "PREEMPTED": Failed,
	}
	for state, want := range cases {
		if got := Classify(state); got != want {
			t.Errorf("Classify(%q) = %v, want %v", state, got, want)
		}
	}
}

func TestParseSbatch(t *testing.T) {
	cases := []struct {
		out, want string
		wantErr   bool
	}{
		{"12\n", "12", false},
		{"12;cluster1\n", "12", false},
		{"sbatch: warning: something\n345\n", "345", false},
		{"", "", true},
		{"Submitted batch job 12\n", "", true},
	}
	for _, c := range cases {
		got, err := parseSbatch([]byte(c.out))
		if (err != nil) != c.wantErr || got != c.want {
			t.Errorf("parseSbatch(%q) = %q, %v; want %q, err %v", c.out, got, err, c.want, c.wantErr)
		}
	}
}

func TestSbatchArgs(t *testing.T) {
	defaults := speclang.Resources{CPUs: 1, Mem: "1G", Time: "10:00", Extra: []string{"--qos=normal"}}
	cases := []struct {
		name  string
		stage *speclang.Resources
		extra []string
		want  []string
	}{
		{"defaults only", nil, nil, []string{
			"--parsable", "--no-requeue", "--job-name", "ganpipe-stage.x", "--output", "/c/log", "--open-mode=append",
			"--cpus-per-task=1", "--mem=1G", "--time=10:00", "--qos=normal", "/c/s.sh"}},
		{"stage overrides field by field, extras accumulate, -slurm-args last",
			&speclang.Resources{CPUs: 4, Partition: "gpu", Extra: []string{"--gres=gpu:1"}},
			[]string{"--qos=long"},
			[]string{"--parsable", "--no-requeue", "--job-name", "ganpipe-stage.x", "--output", "/c/log", "--open-mode=append",
				"--cpus-per-task=4", "--mem=1G", "--time=10:00", "--partition=gpu",
				"--qos=normal", "--gres=gpu:1", "--qos=long", "/c/s.sh"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sbatchArgs("stage.x", "/c/log", "/c/s.sh", resources(defaults, c.stage), c.extra)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
	if len(defaults.Extra) != 1 {
		t.Errorf("resources modified the defaults: %v", defaults.Extra)
	}
}

func TestShellQuoteRoundTrip(t *testing.T) {
	// Each word must come back unchanged through SplitArgs, which follows
	// POSIX quoting (checked against sh in the cluster tests' job scripts).
	words := []string{"plain", "", "a b", `stage.ll["gmmn_ae"]`, "it's", `$HOME`, "`x`", `back\slash`, "tab\there"}
	for _, w := range words {
		q := ShellQuote(w)
		got, err := SplitArgs(q)
		if err != nil || len(got) != 1 || got[0] != w {
			t.Errorf("ShellQuote(%q) = %s, splits to %q (%v)", w, q, got, err)
		}
	}
}

func TestSplitArgs(t *testing.T) {
	cases := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"", nil, false},
		{"  --qos=long   -A proj ", []string{"--qos=long", "-A", "proj"}, false},
		{`--comment 'a b' --x="c d"`, []string{"--comment", "a b", "--x=c d"}, false},
		{`"a \"q\" b" c\ d`, []string{`a "q" b`, "c d"}, false},
		{`''`, []string{""}, false},
		{`'open`, nil, true},
		{`"open`, nil, true},
		{`end\`, nil, true},
	}
	for _, c := range cases {
		got, err := SplitArgs(c.in)
		if (err != nil) != c.wantErr || !reflect.DeepEqual(got, c.want) {
			t.Errorf("SplitArgs(%q) = %q, %v; want %q, err %v", c.in, got, err, c.want, c.wantErr)
		}
	}
}

func TestBatchScript(t *testing.T) {
	got := string(batchScript("stage.ll[\"a b\"]", "k1", []string{"OPENBLAS_CORETYPE=Haswell", "X=a b"}, []string{"/opt/gan pipe", "exec-stage", "-key", "k1", "/s.hcl", `stage.ll["a b"]`}))
	want := "#!/bin/sh\n# ganpipe stage stage.ll[\"a b\"]\n# key k1\nexport OPENBLAS_CORETYPE=Haswell\nexport X='a b'\nexec '/opt/gan pipe' exec-stage -key k1 /s.hcl 'stage.ll[\"a b\"]'\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestLedgerRoundTrip(t *testing.T) {
	dir := t.TempDir()
	if e, err := ReadLedger(dir, "k1"); e != nil || err != nil {
		t.Fatalf("empty ledger: %v, %v", e, err)
	}
	in := &LedgerEntry{Key: "k1", JobID: "42", Addr: "dataset.ring", Submitted: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), Host: "h"}
	if err := writeLedger(dir, in); err != nil {
		t.Fatal(err)
	}
	out, err := ReadLedger(dir, "k1")
	if err != nil || !reflect.DeepEqual(out, in) {
		t.Fatalf("read back %+v, %v; want %+v", out, err, in)
	}
	// An entry filed under the wrong key is refused rather than trusted.
	if err := os.WriteFile(ledgerPath(dir, "k2"), []byte(`{"key":"k1","job_id":"42"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadLedger(dir, "k2"); err == nil {
		t.Error("mismatched ledger entry accepted")
	}
}

// fakeCluster plays sbatch, squeue and scancel. Each job walks through its
// scripted states, one per squeue call that lists it; when it reaches
// COMPLETED it writes its stage's manifest (unless noManifest). The state
// GONE means squeue no longer lists the job.
type fakeCluster struct {
	t     *testing.T
	store *cache.FS

	mu         sync.Mutex
	next       int
	jobs       map[string]*fakeJob
	states     func(key string) []string
	noManifest bool
	purge      bool // jobs leave squeue as soon as they end
	sbatches   int
	polls      [][]string // ids asked for, per squeue call
	scancelled []string
}

type fakeJob struct {
	key    string
	states []string
	i      int
	state  string
}

func newFake(t *testing.T, states func(string) []string) *fakeCluster {
	st, err := cache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return &fakeCluster{t: t, store: st, jobs: map[string]*fakeJob{}, states: states}
}

func (f *fakeCluster) run(ctx context.Context, name string, args ...string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch name {
	case "sbatch":
		f.sbatches++
		var out string
		for i, a := range args {
			if a == "--output" {
				out = args[i+1]
			}
		}
		key := strings.TrimSuffix(filepath.Base(out), ".log")
		f.next++
		id := fmt.Sprint(f.next)
		f.jobs[id] = &fakeJob{key: key, states: f.states(key)}
		if err := os.WriteFile(out, []byte("line 1\nline 2 of job "+id+"\n"), 0o644); err != nil {
			f.t.Error(err)
		}
		return []byte(id + "\n"), nil
	case "squeue":
		ids := strings.Split(args[4], ",")
		f.polls = append(f.polls, ids)
		var b strings.Builder
		for _, id := range ids {
			j := f.jobs[id]
			if j == nil {
				continue
			}
			if j.state == "" || Classify(j.state) == Active {
				j.state = j.states[min(j.i, len(j.states)-1)]
				j.i++
				if j.state == "COMPLETED" && !f.noManifest {
					f.putManifest(ctx, j.key)
				}
			} else if f.purge {
				continue
			}
			if j.state == "GONE" { // purged while running: squeue forgets it
				continue
			}
			fmt.Fprintf(&b, "%s|%s|None\n", id, j.state)
		}
		if len(ids) == 1 && b.Len() == 0 {
			return nil, errors.New("squeue: exit status 1: slurm_load_jobs error: Invalid job id specified")
		}
		return []byte(b.String()), nil
	case "scancel":
		f.scancelled = append(f.scancelled, args[0])
		if j := f.jobs[args[0]]; j != nil && Classify(j.state) == Active {
			j.state = "CANCELLED"
		}
		return nil, nil
	}
	return nil, fmt.Errorf("fake cluster: no command %s", name)
}

func (f *fakeCluster) putManifest(ctx context.Context, key string) {
	dir, err := f.store.TempDir()
	if err != nil {
		f.t.Error(err)
		return
	}
	p := filepath.Join(dir, "out.arrow")
	if err := os.WriteFile(p, []byte("result of "+key), 0o644); err != nil {
		f.t.Error(err)
	}
	if err := f.store.Put(ctx, &cache.Manifest{Key: key, Addr: "x"}, map[string]string{"out": p}); err != nil {
		f.t.Error(err)
	}
}

// logRecorder is a pipeline.Progress that keeps Logf lines.
type logRecorder struct {
	mu    sync.Mutex
	lines []string
}

func (r *logRecorder) Start(string, int)            {}
func (r *logRecorder) Step(int, map[string]float64) {}
func (r *logRecorder) Logf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lines = append(r.lines, fmt.Sprintf(format, args...))
}

func (f *fakeCluster) executor(t *testing.T) *Executor {
	e, err := New(Config{CacheDir: f.store.Dir(), Binary: "/bin/ganpipe", Spec: "/s.hcl", Poll: 5 * time.Millisecond, Grace: 20 * time.Millisecond, Run: f.run})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func (f *fakeCluster) task(key string) (*pipeline.Task, *logRecorder) {
	rec := &logRecorder{}
	return &pipeline.Task{Addr: "stage." + key, Key: key, Options: &pipeline.Options{Store: f.store}, Progress: rec}, rec
}

func TestExecuteOutcomes(t *testing.T) {
	cases := []struct {
		name       string
		states     []string
		noManifest bool
		purge      bool
		wantErr    string // "" for success
		wantLogs   []string
	}{
		{"completes", []string{"PENDING", "PENDING", "RUNNING", "COMPLETED"}, false, false, "",
			[]string{"submitted job 1", "job 1 PENDING", "job 1 RUNNING", "job 1 COMPLETED"}},
		{"straight to completed", []string{"COMPLETED"}, false, false, "", []string{"submitted job 1", "job 1 COMPLETED"}},
		{"fails", []string{"RUNNING", "FAILED"}, true, false, "slurm job 1 FAILED", nil},
		{"fails outside", []string{"RUNNING", "OUT_OF_MEMORY"}, true, false, "slurm job 1 OUT_OF_MEMORY", nil},
		{"completed without manifest", []string{"RUNNING", "COMPLETED"}, true, false, "COMPLETED but the stage's manifest is not in the cache", nil},
		{"vanishes with manifest", []string{"RUNNING", "COMPLETED"}, false, true, "", nil},
		{"vanishes without manifest", []string{"RUNNING", "GONE"}, true, false, "left the queue without a result", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFake(t, func(string) []string { return c.states })
			f.noManifest, f.purge = c.noManifest, c.purge
			e := f.executor(t)
			task, rec := f.task("k1")
			err := e.Execute(context.Background(), task)
			switch {
			case c.wantErr == "":
				if err != nil {
					t.Fatalf("Execute: %v", err)
				}
			default:
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("err = %v, want %q", err, c.wantErr)
				}
				if !strings.Contains(err.Error(), "line 2 of job 1") {
					t.Errorf("error lacks the log tail: %v", err)
				}
			}
			if c.wantLogs != nil && !reflect.DeepEqual(rec.lines, c.wantLogs) {
				t.Errorf("progress %q, want %q", rec.lines, c.wantLogs)
			}
			if f.sbatches != 1 {
				t.Errorf("%d submissions, want 1", f.sbatches)
			}
			if e, _ := ReadLedger(f.store.Dir(), "k1"); e == nil || e.JobID != "1" || e.Addr != "stage.k1" {
				t.Errorf("ledger %+v, want job 1 for stage.k1", e)
			}
		})
	}
}

// TestOnePollForAllJobs checks the controller batches: with several stages
// in flight, each squeue call asks about all of them, so the number of calls
// follows the clock, not the number of jobs.
func TestOnePollForAllJobs(t *testing.T) {
	const n = 5
	f := newFake(t, func(string) []string { return []string{"PENDING", "RUNNING", "RUNNING", "RUNNING", "COMPLETED"} })
	e := f.executor(t)
	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			task, _ := f.task(fmt.Sprintf("k%d", i))
			<-start
			errs[i] = e.Execute(context.Background(), task)
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("stage %d: %v", i, err)
		}
	}
	widest := 0
	for _, ids := range f.polls {
		widest = max(widest, len(ids))
	}
	// 5 states per job and 5 jobs: one poll per job per state would be 25
	// calls of one id; batched it is about 5 (plus one per poll tick the
	// submissions were spread over) and one call names all 5 jobs.
	if widest != n || len(f.polls) >= 5*n {
		t.Errorf("%d squeue calls, the largest for %d ids; want a batch of %d and fewer than %d calls", len(f.polls), widest, n, 5*n)
	}
}

func TestReattach(t *testing.T) {
	f := newFake(t, func(string) []string { return []string{"RUNNING", "RUNNING", "COMPLETED"} })
	// A previous controller submitted job 1 for k1 and died.
	f.next = 1
	f.jobs["1"] = &fakeJob{key: "k1", states: []string{"RUNNING", "RUNNING", "RUNNING", "COMPLETED"}}
	if err := writeLedger(f.store.Dir(), &LedgerEntry{Key: "k1", JobID: "1", Addr: "stage.k1"}); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(logPath(f.store.Dir(), "k1")), 0o755)
	e := f.executor(t)
	task, rec := f.task("k1")
	if err := e.Execute(context.Background(), task); err != nil {
		t.Fatal(err)
	}
	if f.sbatches != 0 {
		t.Errorf("resubmitted: %d sbatch calls", f.sbatches)
	}
	if len(rec.lines) == 0 || rec.lines[0] != "re-attached to job 1 (RUNNING)" {
		t.Errorf("progress %q", rec.lines)
	}
}

func TestLedgerOfEndedJobResubmits(t *testing.T) {
	for _, old := range []string{"FAILED", "CANCELLED", "gone"} {
		t.Run(old, func(t *testing.T) {
			f := newFake(t, func(string) []string { return []string{"RUNNING", "COMPLETED"} })
			f.next = 7
			if old != "gone" {
				f.jobs["7"] = &fakeJob{key: "k1", state: old}
			}
			if err := writeLedger(f.store.Dir(), &LedgerEntry{Key: "k1", JobID: "7", Addr: "stage.k1"}); err != nil {
				t.Fatal(err)
			}
			e := f.executor(t)
			task, _ := f.task("k1")
			if err := e.Execute(context.Background(), task); err != nil {
				t.Fatal(err)
			}
			if f.sbatches != 1 {
				t.Errorf("%d sbatch calls, want 1", f.sbatches)
			}
			if e, _ := ReadLedger(f.store.Dir(), "k1"); e == nil || e.JobID != "8" {
				t.Errorf("ledger %+v, want the new job 8", e)
			}
		})
	}
}

func TestCachedKeySubmitsNothing(t *testing.T) {
	f := newFake(t, nil)
	f.putManifest(context.Background(), "k1")
	e := f.executor(t)
	task, _ := f.task("k1")
	if err := e.Execute(context.Background(), task); err != nil {
		t.Fatal(err)
	}
	if f.sbatches != 0 || !task.Reused {
		t.Errorf("sbatch calls %d, Reused %v; want 0, true", f.sbatches, task.Reused)
	}
}

func TestCancelScancels(t *testing.T) {
	f := newFake(t, func(string) []string { return []string{"PENDING", "RUNNING"} })
	e := f.executor(t)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			task, _ := f.task(fmt.Sprintf("k%d", i))
			errs[i] = e.Execute(ctx, task)
		}()
	}
	// Wait until all three are running, then cancel.
	deadline := time.Now().Add(5 * time.Second)
	for {
		f.mu.Lock()
		running := 0
		for _, j := range f.jobs {
			if j.state == "RUNNING" {
				running++
			}
		}
		f.mu.Unlock()
		if running == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("jobs never ran")
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	wg.Wait()
	for i, err := range errs {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("stage %d: err = %v, want context.Canceled", i, err)
		}
	}
	got := append([]string(nil), f.scancelled...)
	if len(got) != 3 {
		t.Errorf("scancel calls %v, want one per job 1,2,3", got)
	}
	// The controller goroutine exits once nothing is in flight.
	time.Sleep(30 * time.Millisecond)
	e.mu.Lock()
	polling := e.polling
	e.mu.Unlock()
	if polling {
		t.Error("controller still polling with no job in flight")
	}
}

func TestTailLines(t *testing.T) {
	p := filepath.Join(t.TempDir(), "log")
	var b strings.Builder
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "l%d\n", i)
	}
	os.WriteFile(p, []byte(b.String()), 0o644)
	got, err := tailLines(p, 20)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(got, "\n")
	if len(lines) != 20 || strings.TrimSpace(lines[0]) != "l11" || strings.TrimSpace(lines[19]) != "l30" {
		t.Errorf("tail = %q", got)
	}
}

func TestQuery(t *testing.T) {
	f := newFake(t, func(string) []string { return []string{"RUNNING"} })
	if _, err := f.run(context.Background(), "sbatch", "--output", filepath.Join(t.TempDir(), "k.log")); err != nil {
		t.Fatal(err)
	}
	st, ok, err := Query(context.Background(), f.run, "1")
	if err != nil || !ok || st.State != "RUNNING" {
		t.Errorf("Query(1) = %+v, %v, %v; want RUNNING", st, ok, err)
	}
	// squeue fails with "Invalid job id" for a single unknown id.
	if st, ok, err := Query(context.Background(), f.run, "99"); err != nil || ok {
		t.Errorf("Query(99) = %+v, %v, %v; want not found, no error", st, ok, err)
	}
}

// TestResubmitAfterTimeLimit: a job stopped at its time limit (or
// preempted) is submitted again, up to Config.Resubmits times; the new job
// resumes from the stage's checkpoint (exec-stage's business). Here the
// first two jobs time out and the third completes.
func TestResubmitAfterTimeLimit(t *testing.T) {
	calls := 0
	f := newFake(t, func(string) []string {
		calls++
		if calls <= 2 {
			return []string{"RUNNING", []string{"TIMEOUT", "PREEMPTED"}[calls-1]}
		}
		return []string{"RUNNING", "COMPLETED"}
	})
	e := f.executor(t)
	task, rec := f.task("k1")
	task.Fresh = true
	if err := e.Execute(context.Background(), task); err != nil {
		t.Fatalf("Execute: %v (log %q)", err, rec.lines)
	}
	if f.sbatches != 3 {
		t.Errorf("%d submissions, want 3", f.sbatches)
	}
	if task.Fresh {
		t.Errorf("-fresh passed on to a resubmission: it would drop the checkpoint it must resume from")
	}
	want := "job 2 stopped from outside; resubmitting (2 of 3), the stage resumes from its newest checkpoint"
	found := false
	for _, l := range rec.lines {
		found = found || l == want
	}
	if !found {
		t.Errorf("log %q lacks %q", rec.lines, want)
	}

	// Bounded: a stage that always times out fails after 1 + Resubmits jobs.
	g := newFake(t, func(string) []string { return []string{"RUNNING", "TIMEOUT"} })
	e = g.executor(t)
	task, _ = g.task("k2")
	err := e.Execute(context.Background(), task)
	if err == nil || !strings.Contains(err.Error(), "slurm job 4 TIMEOUT") {
		t.Errorf("err = %v, want job 4 TIMEOUT", err)
	}
	if g.sbatches != 1+DefaultResubmits {
		t.Errorf("%d submissions, want %d", g.sbatches, 1+DefaultResubmits)
	}
}
