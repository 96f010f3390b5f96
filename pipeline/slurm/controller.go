package slurm

import (
	"context"
	"sort"
	"strings"
	"time"
)

// track adds a job to the set the controller polls, starting the controller
// goroutine if it is not running.
func (e *Executor) track(id string) *job {
	e.mu.Lock()
	defer e.mu.Unlock()
	j, ok := e.jobs[id]
	if !ok {
		j = &job{id: id, update: make(chan struct{}, 1)}
		e.jobs[id] = j
	}
	if !e.polling {
		e.polling = true
		go e.controller()
	}
	return j
}

func (e *Executor) untrack(id string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	delete(e.jobs, id)
}

// snapshot reads what the controller last learned about a job.
func (e *Executor) snapshot(j *job) (st JobStatus, seen, gone bool, pollErr error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return j.status, j.seen, j.gone, j.pollErr
}

// controller polls squeue once per interval for every job in flight and
// wakes their waiting Execute calls. It exits when no job is left; track
// starts it again. There is never more than one per Executor.
func (e *Executor) controller() {
	tick := time.NewTicker(e.cfg.Poll)
	defer tick.Stop()
	for range tick.C {
		e.mu.Lock()
		if len(e.jobs) == 0 {
			e.polling = false
			e.mu.Unlock()
			return
		}
		ids := make([]string, 0, len(e.jobs))
		for id := range e.jobs {
			ids = append(ids, id)
		}
		e.mu.Unlock()
		sort.Strings(ids)
		statuses, err := e.query(ids)
		e.mu.Lock()
		for _, id := range ids {
			j, ok := e.jobs[id]
			if !ok {
				continue
			}
			j.pollErr = err
			if err == nil {
				if st, ok := statuses[id]; ok {
					j.status, j.seen, j.missing = st, true, 0
				} else if j.missing++; j.missing >= vanishAfter {
					j.gone = true
				}
			}
			select {
			case j.update <- struct{}{}:
			default:
			}
		}
		e.mu.Unlock()
	}
}

// query is the one squeue call of a poll.
func (e *Executor) query(ids []string) (map[string]JobStatus, error) {
	ctx, cancel := context.WithTimeout(context.Background(), max(30*time.Second, 5*e.cfg.Poll))
	defer cancel()
	out, err := e.cfg.Run(ctx, "squeue", squeueArgs(ids)...)
	if err != nil {
		// With a single id Slurm knows nothing about, squeue fails instead
		// of printing nothing (with several it leaves unknown ids out).
		if strings.Contains(err.Error(), "Invalid job id") {
			return map[string]JobStatus{}, nil
		}
		return nil, err
	}
	return ParseSqueue(out)
}
