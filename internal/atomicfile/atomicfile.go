// Package atomicfile replaces files so that a reader sees either the old
// contents or the new, never a half-written file, and so that concurrent
// writers of the same path each use their own temporary file (the last
// rename wins) instead of clobbering one shared "path.tmp".
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// Write writes b to path with the given mode via a uniquely named temporary
// file in path's directory (created if missing), synced, then renamed over
// path.
func Write(path string, b []byte, mode os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
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
