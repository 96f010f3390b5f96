package pipeline

import "time"

// Progress is how a running stage reports what it is doing. Stages never
// print; the reporter decides between bars on a terminal and log lines in CI.
type Progress interface {
	// Start announces a phase of total steps ("pretrain layer 1", 3000).
	Start(phase string, total int)
	// Step reports that done steps of the current phase are finished, with
	// the latest values of the terms being optimised.
	Step(done int, terms map[string]float64)
	// Logf records a free-form line.
	Logf(format string, args ...any)
}

// Status is what became of a stage in a run.
type Status string

const (
	StatusCached  Status = "cached"
	StatusRan     Status = "computed"
	StatusFailed  Status = "failed"
	StatusSkipped Status = "skipped" // an upstream stage failed or the run was cancelled
	// StatusInterrupted: the run was cancelled (Ctrl-C) while the stage ran;
	// nothing of it was kept.
	StatusInterrupted Status = "interrupted"
)

// Event is a change of a stage's state during a run.
type Event struct {
	Addr   string
	Status Status // "" for "started"
	Detail string // job id, reason, error text
	Took   time.Duration
}

// Reporter receives a run's events and hands out per-stage Progress sinks.
type Reporter interface {
	Started(addr string, detail string) Progress
	Finished(ev Event)
}

// NopProgress discards progress.
type NopProgress struct{}

func (NopProgress) Start(string, int)            {}
func (NopProgress) Step(int, map[string]float64) {}
func (NopProgress) Logf(string, ...any)          {}
