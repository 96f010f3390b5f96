package slurm

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ganpipe/ganpipe/internal/atomicfile"
)

// LedgerEntry records the Slurm job submitted for a cache key, so that a
// controller started after this one died can find the job and wait for it
// instead of submitting the same stage again.
type LedgerEntry struct {
	Key       string    `json:"key"`
	JobID     string    `json:"job_id"`
	Addr      string    `json:"addr"`
	Submitted time.Time `json:"submitted"`
	Host      string    `json:"host"` // where the controller that submitted it ran
}

// ledgerPath is <cache>/slurm/ledger/<key>.json.
func ledgerPath(cacheDir, key string) string {
	return filepath.Join(cacheDir, "slurm", "ledger", key+".json")
}

// ReadLedger returns the ledger entry for a key; (nil, nil) when there is none.
func ReadLedger(cacheDir, key string) (*LedgerEntry, error) {
	b, err := os.ReadFile(ledgerPath(cacheDir, key))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("slurm ledger: %w", err)
	}
	var e LedgerEntry
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("slurm ledger %s: %w", ledgerPath(cacheDir, key), err)
	}
	if e.Key != key || e.JobID == "" {
		return nil, fmt.Errorf("slurm ledger %s: entry is for key %q job %q", ledgerPath(cacheDir, key), e.Key, e.JobID)
	}
	return &e, nil
}

// writeLedger replaces the entry for e.Key atomically (temp file + rename),
// so a reader never sees half an entry.
func writeLedger(cacheDir string, e *LedgerEntry) error {
	b, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(ledgerPath(cacheDir, e.Key), append(b, '\n'), 0o644)
}
