package slurm

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
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
	return writeFileAtomic(ledgerPath(cacheDir, e.Key), append(b, '\n'), 0o644)
}

func writeFileAtomic(path string, b []byte, mode os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, mode)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
