// Package runlog keeps a record of every `ganpipe run`: when, which spec
// with which variables, the cache keys it reached, its metrics and its wall
// time. Records live beside the cache (DIR/runs/ID.json), outside every cache
// key, so that two runs with different -var values can be listed and
// compared after both finished (MLflow's runs, DVC's experiments), and so
// that gc can keep what recent runs reached.
package runlog

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ganpipe/ganpipe/internal/atomicfile"
)

// Record is one run.
type Record struct {
	ID       string    `json:"id"`
	Pipeline string    `json:"pipeline"`
	Spec     string    `json:"spec"`        // path as given
	SpecSHA  string    `json:"spec_sha256"` // of the spec file's bytes
	Started  time.Time `json:"started"`
	Wall     float64   `json:"wall_seconds"`
	Host     string    `json:"host"`
	// Args are the -var / -var-file / -target / -force flags as given;
	// Vars the final value of every variable (JSON), whatever set it.
	Args   []string          `json:"args,omitempty"`
	Vars   map[string]string `json:"vars"`
	Stages []Stage           `json:"stages"`
	// Metrics are every figure of every metrics artifact the run reached,
	// named like the CI baselines (ll[gmmn_ae].mean), plus time.<stage>:
	// the compute seconds of the result used (cached or not).
	Metrics map[string]float64 `json:"metrics"`
	// Reports is where the run's reports were published ("" when none).
	Reports string `json:"reports,omitempty"`
	Failed  bool   `json:"failed"`
}

// Stage is what became of one stage in the run.
type Stage struct {
	Addr   string  `json:"addr"`
	Key    string  `json:"key,omitempty"`
	Status string  `json:"status"`
	Took   float64 `json:"took_seconds,omitempty"` // compute time in this run
}

// Keys returns the cache keys the run reached.
func (r *Record) Keys() []string {
	var keys []string
	for _, s := range r.Stages {
		if s.Key != "" {
			keys = append(keys, s.Key)
		}
	}
	return keys
}

// NewID makes a run id that sorts by start time and cannot collide between
// two runs started in the same second: 20261205-211530-3fa2.
func NewID(t time.Time) string {
	var b [2]byte
	_, _ = rand.Read(b[:])
	return t.UTC().Format("20060102-150405") + "-" + hex.EncodeToString(b[:])
}

func dir(cacheDir string) string { return filepath.Join(cacheDir, "runs") }

// Write stores r atomically under cacheDir.
func Write(cacheDir string, r *Record) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir(cacheDir), r.ID+".json"), append(b, '\n'), 0o644)
}

// List returns every record under cacheDir, oldest first. Unreadable files
// are reported in the error but do not hide the others.
func List(cacheDir string) ([]*Record, error) {
	ents, err := os.ReadDir(dir(cacheDir))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []*Record
	var errs []error
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir(cacheDir), e.Name()))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		var r Record
		if err := json.Unmarshal(b, &r); err != nil {
			errs = append(errs, fmt.Errorf("run record %s: %w", e.Name(), err))
			continue
		}
		out = append(out, &r)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Started.Equal(out[j].Started) {
			return out[i].Started.Before(out[j].Started)
		}
		return out[i].ID < out[j].ID
	})
	return out, errors.Join(errs...)
}

// Find resolves a run name among records (oldest first): a full id, a
// unique prefix of one, "latest", or "latest~N" (N runs before the latest).
func Find(records []*Record, name string) (*Record, error) {
	if len(records) == 0 {
		return nil, fmt.Errorf("no runs recorded yet; `ganpipe run` records one")
	}
	if name == "latest" || strings.HasPrefix(name, "latest~") {
		n := 0
		if rest := strings.TrimPrefix(name, "latest"); rest != "" {
			v, err := strconv.Atoi(rest[1:])
			if err != nil || v < 0 {
				return nil, fmt.Errorf("%q: want latest~N with N a whole number", name)
			}
			n = v
		}
		if n >= len(records) {
			return nil, fmt.Errorf("%q: only %d runs recorded", name, len(records))
		}
		return records[len(records)-1-n], nil
	}
	var match []*Record
	for _, r := range records {
		if r.ID == name {
			return r, nil
		}
		if strings.HasPrefix(r.ID, name) {
			match = append(match, r)
		}
	}
	switch len(match) {
	case 0:
		return nil, fmt.Errorf("no run %q (see `ganpipe runs`)", name)
	case 1:
		return match[0], nil
	default:
		ids := make([]string, len(match))
		for i, r := range match {
			ids[i] = r.ID
		}
		return nil, fmt.Errorf("run %q is ambiguous: %s", name, strings.Join(ids, ", "))
	}
}

// Kept returns the records gc must keep: the newest n (n <= 0: none by
// count) and every one started at or after since (zero: none by age).
func Kept(records []*Record, n int, since time.Time) []*Record {
	var keep []*Record
	for i, r := range records {
		if (n > 0 && i >= len(records)-n) || (!since.IsZero() && !r.Started.Before(since)) {
			keep = append(keep, r)
		}
	}
	return keep
}
