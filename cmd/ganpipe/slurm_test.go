package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/pipeline/slurm"
)

// slurmSpec is a small pipeline on the synthetic ring mixture: two data
// sets, a GMMN trained on each and samples of the first. var.iters sets how
// long stage.g runs (about 1 ms per iteration here); var.g2_batch can break
// stage.g2 at run time (a batch larger than dataset.other's 300 rows passes
// the spec's checks, which cannot know the data's size, and fails in the job).
const slurmSpec = `
variable "iters" {
  type    = number
  default = 50
}
variable "g2_batch" {
  type    = number
  default = 100
}
pipeline "ring_slurm" {
  seed = 7
}
dataset "ring" {
  source = "ring"
  n      = 500
}
dataset "other" {
  source = "grid"
  n      = 300
}
stage "gmmn_train" "g" {
  data              = dataset.ring.train
  noise             = 2
  hidden            = [16, 16]
  output_activation = "linear"
  sigmas            = [1]
  batch             = 100
  iters             = var.iters
  log_every         = 10
  resources {
    cpus = 1
    time = "10:00"
  }
}
stage "gmmn_train" "g2" {
  data              = dataset.other.train
  noise             = 2
  hidden            = [8]
  output_activation = "linear"
  sigmas            = [1]
  batch             = var.g2_batch
  iters             = 20
}
stage "sample" "s" {
  model = stage.g.model
  n     = 200
}
`

// TestExecStageArgs checks the flags a job gets: every path absolute, every
// variable and var file passed on, and this process's SGEMM split, so a job
// elsewhere loads the same spec and computes the same key.
func TestExecStageArgs(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	f := &specFlags{vars: listFlag{"a=1", "b=x y"}, varFiles: listFlag{"v.hcl", "/abs/w.hcl"}, outDir: "out"}
	got, err := execStageArgs(f, "/c", "data")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"-cache", "/c", "-gemm-split", strconv.Itoa(blas.Threads()), "-data", filepath.Join(wd, "data"), "-out", filepath.Join(wd, "out"),
		"-var-file", filepath.Join(wd, "v.hcl"), "-var-file", "/abs/w.hcl", "-var", "a=1", "-var", "b=x y"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestUseBLASSplit: GANPIPE_GEMM_SPLIT sets the SGEMM block count that the
// keys record (versions()["blas"]); a bad value is an error, unset means one
// block per CPU.
func TestUseBLASSplit(t *testing.T) {
	defer blas.Use()
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == gemmSplitEnv {
				return v
			}
			return ""
		}
	}
	if err := useBLAS(env("3")); err != nil {
		t.Fatal(err)
	}
	if blas.Backend() == "openblas" {
		if blas.Threads() != 3 || !strings.HasSuffix(versions()["blas"], " split 3 ftz") {
			t.Errorf("GANPIPE_GEMM_SPLIT=3: Threads %d, versions blas %q", blas.Threads(), versions()["blas"])
		}
		if e := jobEnv(); len(e) != 1 || e[0] != "OPENBLAS_CORETYPE="+blas.Kernel() {
			t.Errorf("jobEnv() = %q", e)
		}
	}
	for _, bad := range []string{"0", "-1", "two"} {
		if err := useBLAS(env(bad)); err == nil || !strings.Contains(err.Error(), gemmSplitEnv) {
			t.Errorf("GANPIPE_GEMM_SPLIT=%s: err %v", bad, err)
		}
	}
	if err := useBLAS(env("")); err != nil {
		t.Fatal(err)
	}
	if blas.Backend() == "openblas" && blas.Threads() != runtime.NumCPU() {
		t.Errorf("unset: Threads %d, want NumCPU %d", blas.Threads(), runtime.NumCPU())
	}
}

// TestSlurm runs ganpipe against the real Slurm cluster that
// shared/slurm/slurm-ci.sh starts. The subtests share one ganpipe binary and
// run one after another: the cluster has 2 cores.
func TestSlurm(t *testing.T) {
	if os.Getenv("SLURM_CONF") == "" {
		t.Skip("SLURM_CONF is unset: no Slurm test cluster. Start one as root with " +
			"`bash shared/slurm/slurm-ci.sh install && bash shared/slurm/slurm-ci.sh up` and " +
			"`eval \"$(bash shared/slurm/slurm-ci.sh env)\"`")
	}
	for _, cmd := range []string{"sbatch", "squeue", "scancel"} {
		if _, err := exec.LookPath(cmd); err != nil {
			t.Fatalf("SLURM_CONF is set but %s is not installed: %v", cmd, err)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "ganpipe")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	spec := filepath.Join(dir, "ring.hcl")
	if err := os.WriteFile(spec, []byte(slurmSpec), 0o644); err != nil {
		t.Fatal(err)
	}
	h := &slurmHarness{t: t, bin: bin, spec: spec, dir: dir}

	t.Run("identical to local", h.identical)
	t.Run("failure shows log and fails only downstream", h.failure)
	t.Run("killed controller re-attaches", h.reattach)
	t.Run("interrupt cancels jobs", h.interrupt)
	t.Run("time limit resumes", h.timeLimit)
}

// timeLimitSpec trains for longer than its one-minute Slurm time limit on
// any machine: 200,000 iterations, about 2.5 minutes of compute on an idle
// core here (60,000 took 46 s, and 20,000 took over a minute on a loaded
// machine, so a shorter stage passes or fails by the load). It checkpoints
// every 10 s; the run allows 20 resubmissions, so a slow machine only needs
// more of them.
const timeLimitSpec = `
pipeline "tl" {
  seed = 11
}
dataset "ring" {
  source = "ring"
  n      = 500
}
stage "gmmn_train" "g" {
  data              = dataset.ring.train
  noise             = 4
  hidden            = [64, 64]
  output_activation = "linear"
  sigmas            = [1]
  batch             = 200
  iters             = 240000
  log_every         = 100
  resources {
    cpus             = 1
    time             = "1"
    checkpoint_every = "10s"
  }
}
`

// timeLimit: a stage longer than its job's time limit is killed by Slurm
// (TIMEOUT), resubmitted by the controller, resumed from its checkpoint,
// and ends with the digests of a local uninterrupted run.
func (h *slurmHarness) timeLimit(t *testing.T) {
	// 240,000 iterations: about 1,600 per second on an idle core here since
	// GEMMs flush denormals (360 before, when 80,000 were enough; at 1,600
	// the 80,000 finished inside the limit), so the first job (killed about
	// 80 s after it starts: the 1-minute limit plus Slurm's kill wait) leaves
	// about two thirds of the work, a machine twice as fast still hits the
	// limit once, and one four times slower needs about five jobs.
	spec := filepath.Join(h.dir, "timelimit.hcl")
	if err := os.WriteFile(spec, []byte(timeLimitSpec), 0o644); err != nil {
		t.Fatal(err)
	}
	hh := *h
	hh.spec = spec
	slurmCache, localCache := filepath.Join(h.dir, "tl-slurm"), filepath.Join(h.dir, "tl-local")
	start := time.Now()
	code, out := hh.run(t, slurmCache, "-executor", "slurm", "-slurm-resubmits", "20")
	took := time.Since(start)
	if code != 0 {
		t.Fatalf("slurm run exit %d:\n%s", code, out)
	}
	for _, want := range []string{"TIMEOUT", "resubmitting (1 of 20)", "2 computed"} {
		if !strings.Contains(out, want) {
			t.Errorf("slurm run output lacks %q:\n%s", want, out)
		}
	}
	logs, _ := filepath.Glob(filepath.Join(slurmCache, "slurm", "*", "*.log"))
	resumed := false
	for _, l := range logs {
		b, _ := os.ReadFile(l)
		resumed = resumed || regexp.MustCompile(`stage.g resuming at [0-9,]+ / 240,000`).Match(b)
	}
	if !resumed {
		var tails []string
		for _, l := range logs {
			b, _ := os.ReadFile(l)
			s := string(b)
			tails = append(tails, fmt.Sprintf("== %s\n%s", l, s[max(0, len(s)-1500):]))
		}
		t.Errorf("no job log says the stage resumed; the logs end:\n%s\nrun output:\n%s", strings.Join(tails, "\n"), out)
	}
	if code, lout := hh.run(t, localCache); code != 0 {
		t.Fatalf("local run exit %d:\n%s", code, lout)
	}
	s, l := manifests(t, slurmCache), manifests(t, localCache)
	if len(s) != 2 || !reflect.DeepEqual(s, l) {
		t.Errorf("resumed slurm run and local run differ:\nslurm %v\nlocal %v", s, l)
	}
	t.Logf("time-limited slurm run took %s", took.Round(time.Second))
}

type slurmHarness struct {
	t    *testing.T
	bin  string
	spec string
	dir  string
}

// start runs `ganpipe run` in the background with CI=true (log lines).
func (h *slurmHarness) start(t *testing.T, cacheDir string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	full := append([]string{"run", "-cache", cacheDir, "-out", filepath.Join(h.dir, "out")}, args...)
	full = append(full, h.spec)
	cmd := exec.Command(h.bin, full...)
	cmd.Env = append(os.Environ(), "CI=true")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out
}

// run runs `ganpipe run` to the end and returns its exit code and output.
func (h *slurmHarness) run(t *testing.T, cacheDir string, args ...string) (int, string) {
	t.Helper()
	cmd, out := h.start(t, cacheDir, args...)
	err := cmd.Wait()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String()
}

// manifests maps each stage address in a cache to its key and output digests.
func manifests(t *testing.T, dir string) map[string]string {
	t.Helper()
	st, err := cache.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := st.Manifests(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	res := map[string]string{}
	for _, m := range ms {
		var outs []string
		for name, o := range m.Outputs {
			outs = append(outs, name+"="+o.Digest)
		}
		sort.Strings(outs)
		res[m.Addr] = m.Key + " " + strings.Join(outs, " ")
	}
	return res
}

func (h *slurmHarness) identical(t *testing.T) {
	slurmCache, localCache := filepath.Join(h.dir, "c-slurm"), filepath.Join(h.dir, "c-local")
	// The default poll interval (1 s), so the overhead measured below is
	// what a user gets.
	code, out := h.run(t, slurmCache, "-executor", "slurm")
	if code != 0 {
		t.Fatalf("slurm run exit %d:\n%s", code, out)
	}
	if code, lout := h.run(t, localCache); code != 0 {
		t.Fatalf("local run exit %d:\n%s", code, lout)
	}
	s, l := manifests(t, slurmCache), manifests(t, localCache)
	if len(s) != 5 || !reflect.DeepEqual(s, l) {
		t.Errorf("slurm and local caches differ:\nslurm %v\nlocal %v", s, l)
	}
	for _, want := range []string{"submitted job", "COMPLETED", "5 computed, 0 cached"} {
		if !strings.Contains(out, want) {
			t.Errorf("slurm run output lacks %q:\n%s", want, out)
		}
	}
	// A second run through Slurm computes nothing and submits nothing.
	code, out2 := h.run(t, slurmCache, "-executor", "slurm")
	if code != 0 || !strings.Contains(out2, "0 computed, 5 cached") || strings.Contains(out2, "submitted") {
		t.Errorf("re-run exit %d, want everything cached:\n%s", code, out2)
	}
	reportOverhead(t, slurmCache, out)
}

// reportOverhead logs, per stage, the time from submission (the ledger) to
// the job's start (exec-stage's first log line) and from the runner handing
// the stage over to the controller seeing its manifest, minus the compute.
func reportOverhead(t *testing.T, cacheDir, runOutput string) {
	tookRe := regexp.MustCompile(`(?m)^\S+ (\S+) computed in (\S+)$`)
	took := map[string]time.Duration{}
	for _, m := range tookRe.FindAllStringSubmatch(runOutput, -1) {
		d, err := time.ParseDuration(m[2])
		if err == nil {
			took[m[1]] = d
		}
	}
	st, err := cache.Open(cacheDir)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := st.Manifests(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	startRe := regexp.MustCompile(`started (\S+)\n`)
	var toStart, toSeen []time.Duration
	for _, m := range ms {
		led, err := slurm.ReadLedger(cacheDir, m.Key)
		if err != nil || led == nil {
			t.Errorf("%s: no ledger entry (%v)", m.Addr, err)
			continue
		}
		log, err := os.ReadFile(filepath.Join(cacheDir, "slurm", "logs", m.Key+".log"))
		if err != nil {
			t.Errorf("%s: %v", m.Addr, err)
			continue
		}
		sm := startRe.FindSubmatch(log)
		if sm == nil {
			t.Errorf("%s: no start line in log:\n%s", m.Addr, log)
			continue
		}
		started, err := time.Parse(time.RFC3339Nano, string(sm[1]))
		if err != nil {
			t.Errorf("%s: %v", m.Addr, err)
			continue
		}
		compute := time.Duration(m.Duration * float64(time.Second))
		s := started.Sub(led.Submitted)
		seen := took[m.Addr] - compute
		toStart, toSeen = append(toStart, s), append(toSeen, seen)
		t.Logf("overhead %-14s job %-3s submit->start %6s  handed over->manifest seen %6s (compute %s)",
			m.Addr, led.JobID, s.Round(time.Millisecond), seen.Round(time.Millisecond), compute.Round(time.Millisecond))
	}
	if len(toStart) > 0 {
		t.Logf("overhead mean over %d stages: submit->start %s, manifest seen minus compute %s",
			len(toStart), mean(toStart).Round(time.Millisecond), mean(toSeen).Round(time.Millisecond))
	}
}

func mean(ds []time.Duration) time.Duration {
	var s time.Duration
	for _, d := range ds {
		s += d
	}
	return s / time.Duration(len(ds))
}

func (h *slurmHarness) failure(t *testing.T) {
	c := filepath.Join(h.dir, "c-fail")
	code, out := h.run(t, c, "-executor", "slurm", "-slurm-poll", "250ms", "-var", "g2_batch=1000")
	if code != 1 {
		t.Fatalf("exit %d, want 1:\n%s", code, out)
	}
	status := summary(out)
	want := map[string]string{
		"dataset.ring": "computed", "stage.g": "computed", "stage.s": "computed",
		"dataset.other": "computed", "stage.g2": "failed",
	}
	if !reflect.DeepEqual(status, want) {
		t.Errorf("statuses %v, want %v\n%s", status, want, out)
	}
	// The error names the job and quotes the stage's own log: the stage's
	// error as exec-stage printed it inside the job.
	for _, w := range []string{"FAILED (NonZeroExitCode)", "batch: 1000 is more than the 300 rows of the data", "last lines of " + filepath.Join(c, "slurm", "logs")} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	logs, _ := filepath.Glob(filepath.Join(c, "slurm", "logs", "*.log"))
	if len(logs) != 5 {
		t.Errorf("%d job logs kept, want 5 (one per submitted stage)", len(logs))
	}
}

// summary reads the run's final table: address -> status.
func summary(out string) map[string]string {
	re := regexp.MustCompile(`(?m)^((?:stage|dataset)\.\S+)\s+(computed|cached|failed|skipped)\b`)
	res := map[string]string{}
	for _, m := range re.FindAllStringSubmatch(out, -1) {
		res[m[1]] = m[2]
	}
	return res
}

// ledgerJob waits until the ledger has an entry for addr and squeue shows
// its job in the given state.
func ledgerJob(t *testing.T, cacheDir, addr, state string, timeout time.Duration) *slurm.LedgerEntry {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		files, _ := filepath.Glob(filepath.Join(cacheDir, "slurm", "ledger", "*.json"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			var e slurm.LedgerEntry
			if json.Unmarshal(b, &e) == nil && e.Addr == addr && jobState(t, e.JobID) == state {
				return &e
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no %s job for %s within %s", state, addr, timeout)
	return nil
}

func jobState(t *testing.T, id string) string {
	out, err := exec.Command("squeue", "-h", "-t", "all", "-j", id, "-o", "%T").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// jobsSince lists the jobs with ids above after, as id -> job name.
func jobsSince(t *testing.T, after int) map[int]string {
	t.Helper()
	out, err := exec.Command("squeue", "-h", "-t", "all", "-o", "%i|%j").Output()
	if err != nil {
		t.Fatalf("squeue: %v", err)
	}
	res := map[int]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		id, name, ok := strings.Cut(line, "|")
		n, err := strconv.Atoi(id)
		if ok && err == nil && n > after {
			res[n] = name
		}
	}
	return res
}

func lastJobID(t *testing.T) int {
	last := 0
	for id := range jobsSince(t, 0) {
		last = max(last, id)
	}
	return last
}

func (h *slurmHarness) reattach(t *testing.T) {
	c := filepath.Join(h.dir, "c-reattach")
	before := lastJobID(t)
	args := []string{"-executor", "slurm", "-slurm-poll", "250ms", "-var", "iters=5000"}
	cmd, out := h.start(t, c, args...)
	job := ledgerJob(t, c, "stage.g", "RUNNING", 60*time.Second)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if s := jobState(t, job.JobID); s != "RUNNING" {
		t.Fatalf("job %s is %s after the controller died; the test needs it still running (raise iters)\n%s", job.JobID, s, out)
	}
	code, out2 := h.run(t, c, args...)
	if code != 0 {
		t.Fatalf("restarted run exit %d:\n%s", code, out2)
	}
	if !strings.Contains(out2, "re-attached to job "+job.JobID+" (RUNNING)") {
		t.Errorf("restarted run did not re-attach to job %s:\n%s", job.JobID, out2)
	}
	if st := summary(out2); st["stage.g"] != "computed" || st["stage.s"] != "computed" {
		t.Errorf("statuses %v:\n%s", st, out2)
	}
	// One job per stage over both controllers: no key was submitted twice.
	jobs := jobsSince(t, before)
	names := map[string][]int{}
	for id, name := range jobs {
		names[name] = append(names[name], id)
	}
	for name, ids := range names {
		if len(ids) != 1 {
			t.Errorf("%s submitted %d times: jobs %v", name, len(ids), ids)
		}
	}
	if len(names) != 5 {
		t.Errorf("jobs %v, want one for each of the 5 stages", jobs)
	}
	if led := ledgerJob(t, c, "stage.g", "COMPLETED", 5*time.Second); led.JobID != job.JobID {
		t.Errorf("ledger names job %s for stage.g, want %s", led.JobID, job.JobID)
	}
}

func (h *slurmHarness) interrupt(t *testing.T) {
	c := filepath.Join(h.dir, "c-int")
	cmd, out := h.start(t, c, "-executor", "slurm", "-slurm-poll", "250ms", "-var", "iters=5000")
	job := ledgerJob(t, c, "stage.g", "RUNNING", 60*time.Second)
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			t.Errorf("interrupted run exited 0:\n%s", out)
		}
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("run did not stop within 20 s of SIGINT:\n%s", out)
	}
	// scancel was sent before the controller exited; the state follows.
	deadline := time.Now().Add(10 * time.Second)
	state := ""
	for time.Now().Before(deadline) {
		if state = jobState(t, job.JobID); state == "CANCELLED" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if state != "CANCELLED" {
		t.Errorf("job %s is %s after SIGINT, want CANCELLED\n%s", job.JobID, state, out)
	}
	log, _ := os.ReadFile(filepath.Join(c, "slurm", "logs", job.Key+".log"))
	if bytes.Contains(log, []byte("before the stage started")) {
		t.Logf("the cancel raced the job's launch; exec-stage refused to start:\n%s", log)
	}
	if _, err := os.Stat(filepath.Join(c, "actions", job.Key+".json")); err == nil {
		t.Errorf("cancelled stage left a manifest; job log:\n%s\ncontroller:\n%s", log, out)
	}
}

// TestExecStage runs exec-stage in process, as a job would: it refuses a
// stage whose inputs are not cached or whose key is not the submitted one,
// and computes it (exit 0, manifest present) when both hold.
func TestExecStage(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "ring.hcl")
	if err := os.WriteFile(spec, []byte(slurmSpec), 0o644); err != nil {
		t.Fatal(err)
	}
	cacheDir := filepath.Join(dir, "cache")
	env := func() (*cmdEnv, *bytes.Buffer) {
		var b bytes.Buffer
		return &cmdEnv{stdout: &b, stderr: &b, environ: nil, getenv: func(string) string { return "" }}, &b
	}
	ctx := context.Background()
	e, out := env()
	if code := runMain(ctx, e, []string{"exec-stage", "-cache", cacheDir, "-key", "abc", spec, "stage.g"}); code != 1 ||
		!strings.Contains(out.String(), "input dataset.ring is not in the cache") {
		t.Errorf("uncached input: exit %d\n%s", code, out)
	}
	e, out = env()
	if code := runMain(ctx, e, []string{"run", "-cache", cacheDir, "-target", "dataset.ring", spec}); code != 0 {
		t.Fatalf("run dataset.ring: exit %d\n%s", code, out)
	}
	// The key the controller would submit, from the same flags.
	e, _ = env()
	f := &specFlags{cacheDir: cacheDir}
	l, err := f.load(ctx, e, spec, false)
	if err != nil {
		t.Fatal(err)
	}
	l.opts.Targets = []string{"stage.g"}
	steps, err := pipelinePlan(ctx, l)
	if err != nil {
		t.Fatal(err)
	}
	key := steps["stage.g"]
	if key == "" {
		t.Fatalf("no key for stage.g in plan %v", steps)
	}
	e, out = env()
	if code := runMain(ctx, e, []string{"exec-stage", "-cache", cacheDir, "-var", "iters=51", "-key", key, spec, "stage.g"}); code != 1 ||
		!strings.Contains(out.String(), "refusing to run") {
		t.Errorf("changed variable: exit %d, want 1 and a refusal\n%s", code, out)
	}
	e, out = env()
	if code := runMain(ctx, e, []string{"exec-stage", "-cache", cacheDir, "-key", key, spec, "stage.g"}); code != 0 {
		t.Fatalf("exec-stage: exit %d\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(cacheDir, "actions", key+".json")); err != nil {
		t.Errorf("no manifest after exec-stage: %v", err)
	}
	if !strings.Contains(out.String(), "stage.g computed") {
		t.Errorf("log lacks the computed line:\n%s", out)
	}
}

// pipelinePlan returns the key of every planned stage.
func pipelinePlan(ctx context.Context, l *loaded) (map[string]string, error) {
	steps, err := pipeline.Plan(ctx, l.graph, l.opts)
	if err != nil {
		return nil, err
	}
	keys := map[string]string{}
	for _, s := range steps {
		keys[s.Addr] = s.Key
	}
	return keys, nil
}
