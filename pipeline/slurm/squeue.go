package slurm

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"strings"
)

// JobStatus is one row of squeue output: a job's state and the reason Slurm
// gives for it (why it is pending, why it failed; "None" when there is none).
type JobStatus struct {
	ID     string
	State  string // PENDING, RUNNING, COMPLETED, FAILED, ...
	Reason string
}

// squeueFormat is the -o format ParseSqueue reads. States and ids never
// contain '|'; a reason could in principle, so it comes last and keeps any.
const squeueFormat = "%i|%T|%r"

// squeueArgs is the one batched query for every job in flight. -t all keeps
// finished jobs (until MinJobAge) so a short job's end state is not missed;
// ids Slurm no longer knows are simply left out of the output.
func squeueArgs(ids []string) []string {
	return []string{"-h", "-t", "all", "-j", strings.Join(ids, ","), "-o", squeueFormat}
}

// ParseSqueue reads `squeue -h -o '%i|%T|%r'` output into statuses by job id.
// Blank lines are ignored; any other line that is not id|state|reason is an
// error, since guessing would misjudge a job.
func ParseSqueue(out []byte) (map[string]JobStatus, error) {
	res := map[string]JobStatus{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		parts := strings.SplitN(line, "|", 3)
		if len(parts) != 3 || parts[0] == "" || parts[1] == "" {
			return nil, fmt.Errorf("squeue output line %d: want id|state|reason, got %q", n, line)
		}
		st := JobStatus{ID: parts[0], State: strings.ToUpper(parts[1]), Reason: parts[2]}
		// squeue prints "CANCELLED by 0" in some versions for %T; keep the state word.
		if i := strings.IndexByte(st.State, ' '); i > 0 {
			st.State = st.State[:i]
		}
		res[st.ID] = st
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return res, nil
}

// Phase is what a job state means to the executor.
type Phase int

const (
	// Active: the job is queued or running (or in a state it leaves by
	// itself, such as COMPLETING or SUSPENDED); keep waiting.
	Active Phase = iota
	// Completed: the job's script exited 0. The stage succeeded only if its
	// manifest is in the cache.
	Completed
	// Failed: the job ended without success and will not run again
	// (--no-requeue).
	Failed
)

func (p Phase) String() string {
	switch p {
	case Active:
		return "active"
	case Completed:
		return "completed"
	case Failed:
		return "failed"
	}
	return fmt.Sprintf("Phase(%d)", int(p))
}

// Classify maps a Slurm job state (squeue %T, long form) to a Phase. States
// this code does not know are treated as Active: a new transient state must
// not fail a stage, and a job that really ended will leave squeue (or reach a
// known end state) soon enough.
func Classify(state string) Phase {
	switch strings.ToUpper(state) {
	case "COMPLETED":
		return Completed
	case "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY", "BOOT_FAIL",
		"DEADLINE", "PREEMPTED", "REVOKED", "SPECIAL_EXIT":
		return Failed
	default:
		// PENDING, RUNNING, COMPLETING, CONFIGURING, SUSPENDED, STOPPED,
		// RESIZING, REQUEUED, REQUEUE_HOLD, REQUEUE_FED, SIGNALING, STAGE_OUT, ...
		return Active
	}
}

// parseSbatch reads the job id from `sbatch --parsable` output: "id" or
// "id;cluster".
func parseSbatch(out []byte) (string, error) {
	s := strings.TrimSpace(string(out))
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[i+1:]) // warnings may precede the id
	}
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	if s == "" {
		return "", fmt.Errorf("sbatch printed no job id")
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return "", fmt.Errorf("sbatch printed %q, not a job id", strings.TrimSpace(string(out)))
		}
	}
	return s, nil
}

// Query asks squeue for the state of one job; ok is false when Slurm does
// not know the id. run nil means os/exec.
func Query(ctx context.Context, run Runner, id string) (st JobStatus, ok bool, err error) {
	if run == nil {
		run = runCommand
	}
	out, err := run(ctx, "squeue", squeueArgs([]string{id})...)
	if err != nil {
		if strings.Contains(err.Error(), "Invalid job id") {
			return JobStatus{}, false, nil
		}
		return JobStatus{}, false, err
	}
	all, err := ParseSqueue(out)
	if err != nil {
		return JobStatus{}, false, err
	}
	st, ok = all[id]
	return st, ok, nil
}
