package main

import (
	"flag"
	"fmt"
	"time"

	"github.com/ganpipe/ganpipe/pipeline/runlog"
)

// keepRunsFlags are gc's -keep-runs and -keep-since: keep every result a
// recent run reached, whatever variables it ran with, so that the reports
// of two runs with different -var values can both be recomputed from the
// cache (gc's specs are loaded with one variable set for all).
type keepRunsFlags struct {
	n     int
	since time.Duration
}

func (k *keepRunsFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&k.n, "keep-runs", 0, "also keep what the N most recent runs (`ganpipe runs`) reached")
	fs.DurationVar(&k.since, "keep-since", 0, "also keep what runs started within this long reached (e.g. 168h)")
}

// addKept adds the cache keys of the runs to keep to keep, and returns how
// many runs that was.
func (k *keepRunsFlags) addKept(cacheDir string, now time.Time, keep map[string]bool) (int, error) {
	if k.n <= 0 && k.since <= 0 {
		return 0, nil
	}
	recs, err := runlog.List(cacheDir)
	if err != nil {
		return 0, fmt.Errorf("reading run records: %w", err)
	}
	var since time.Time
	if k.since > 0 {
		since = now.Add(-k.since)
	}
	kept := runlog.Kept(recs, k.n, since)
	for _, r := range kept {
		for _, key := range r.Keys() {
			keep[key] = true
		}
	}
	return len(kept), nil
}
