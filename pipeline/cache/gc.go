package cache

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// Reach is what the specs given to gc still need, whatever its age.
type Reach struct {
	// Keys are the cache keys of every stage the specs reach, computed or
	// not: their manifests, the objects those name, and their checkpoints
	// are kept.
	Keys map[string]bool
	// Pending are stages (CheckpointOwner) whose key cannot be known until
	// an input is recomputed; their checkpoints are kept, since the
	// recomputed input reproduces the same key.
	Pending map[CheckpointOwner]bool
}

// Garbage is one thing gc removes (or would remove).
type Garbage struct {
	What string // "result", "object", "stamp", "manifest", "temp", "checkpoint", "quarantined", "registration"
	Name string // key, digest or path relative to the store root
	Addr string // the stage, for results and checkpoints
	Size int64
}

// GCReport is what a GC did.
type GCReport struct {
	Removed []Garbage
	// Kept counts reachable results; Spared lists unreachable entries kept
	// because a live process may be using them (younger than Cutoff).
	Kept   int
	Spared []Garbage
	Live   []LiveRun
	Cutoff time.Time // zero when no process was live
}

// Freed is the total size of what was removed.
func (r *GCReport) Freed() int64 {
	var n int64
	for _, g := range r.Removed {
		n += g.Size
	}
	return n
}

// GC removes what reach does not need: unreachable manifests and the objects
// only they name, undecodable manifests, temp files, checkpoints of
// finished or unreachable keys, quarantined files, and registrations of
// dead processes. Anything younger than the oldest live process (see Live)
// is spared, so a concurrent run loses nothing. It verifies no object:
// hashing is the run's job, and a corrupt object must cost only the results
// that need it, which are recomputed by the next run. With dry, it only
// reports.
func (s *FS) GC(ctx context.Context, reach Reach, dry bool) (*GCReport, error) {
	unlock, err := s.gcLock(ctx, unix.LOCK_EX)
	if err != nil {
		return nil, err
	}
	defer unlock()
	rep := &GCReport{}
	live, dead, err := s.liveRuns(dry)
	if err != nil {
		return nil, err
	}
	rep.Live = live
	for _, d := range dead {
		rep.Removed = append(rep.Removed, Garbage{What: "registration", Name: "live/" + d})
	}
	if len(live) > 0 {
		rep.Cutoff = live[0].Started
		for _, l := range live[1:] {
			if l.Started.Before(rep.Cutoff) {
				rep.Cutoff = l.Started
			}
		}
		rep.Cutoff = rep.Cutoff.Add(-liveMargin)
	}
	old := func(t time.Time) bool { return rep.Cutoff.IsZero() || t.Before(rep.Cutoff) }
	var rmPaths []string // relative to the root, removed after the listing

	// Manifests.
	ms, bad, err := s.Scan(ctx)
	if err != nil {
		return nil, err
	}
	keepObj := map[string]bool{}
	hasManifest := map[string]bool{}
	for _, m := range ms {
		hasManifest[m.Key] = true
		g := Garbage{What: "result", Name: m.Key, Addr: m.Addr}
		info, err := os.Stat(s.actionPath(m.Key))
		young := err == nil && !old(info.ModTime())
		switch {
		case reach.Keys[m.Key]:
			rep.Kept++
		case young || err != nil:
			rep.Spared = append(rep.Spared, g)
		default:
			rep.Removed = append(rep.Removed, g)
			rmPaths = append(rmPaths, filepath.Join("actions", m.Key+".json"))
			continue
		}
		for _, o := range m.Outputs {
			keepObj[o.Digest] = true
		}
	}
	for _, b := range bad {
		rep.Removed = append(rep.Removed, Garbage{What: "manifest", Name: "actions/" + b.Key + ".json", Size: b.Size})
		rmPaths = append(rmPaths, filepath.Join("actions", b.Key+".json"))
	}

	// Objects and their stamps.
	ents, err := os.ReadDir(filepath.Join(s.dir, "objects"))
	if err != nil {
		return nil, fmt.Errorf("cache: gc: %w", err)
	}
	present := map[string]bool{}
	for _, e := range ents {
		if h, ok := strings.CutSuffix(e.Name(), ".arrow"); ok {
			present[h] = true
		}
	}
	for _, e := range ents {
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		if h, ok := strings.CutSuffix(e.Name(), ".ok"); ok {
			if !present[h] && old(info.ModTime()) {
				rep.Removed = append(rep.Removed, Garbage{What: "stamp", Name: "objects/" + e.Name(), Size: info.Size()})
				rmPaths = append(rmPaths, filepath.Join("objects", e.Name()))
			}
			continue
		}
		h, ok := strings.CutSuffix(e.Name(), ".arrow")
		if !ok || e.IsDir() {
			continue
		}
		if _, err := digestHex("sha256:" + h); err != nil {
			continue // not ours
		}
		g := Garbage{What: "object", Name: "sha256:" + h, Size: info.Size()}
		switch {
		case keepObj[g.Name]:
		case !old(info.ModTime()):
			rep.Spared = append(rep.Spared, g)
		default:
			rep.Removed = append(rep.Removed, g)
			rmPaths = append(rmPaths, filepath.Join("objects", e.Name()), filepath.Join("objects", h+".ok"))
		}
	}

	// Temp files: a live process's are younger than the cutoff.
	tmps, err := s.entries("tmp")
	if err != nil {
		return nil, err
	}
	for _, t := range tmps {
		if old(t.newest) {
			rep.Removed = append(rep.Removed, Garbage{What: "temp", Name: t.rel, Size: t.size})
			rmPaths = append(rmPaths, t.rel)
		}
	}

	// Checkpoints: kept while their key is reachable and not yet computed.
	cks, err := s.entries("checkpoints")
	if err != nil {
		return nil, err
	}
	for _, c := range cks {
		key := filepath.Base(c.rel)
		owner, _ := s.checkpointOwner(key)
		g := Garbage{What: "checkpoint", Name: c.rel, Addr: owner.Addr, Size: c.size}
		needed := !hasManifest[key] && (reach.Keys[key] || reach.Pending[owner])
		switch {
		case needed:
		case !old(c.newest):
			rep.Spared = append(rep.Spared, g)
		default:
			rep.Removed = append(rep.Removed, g)
			rmPaths = append(rmPaths, c.rel)
		}
	}

	// Quarantined files are kept only for inspection until the next gc.
	qs, err := s.entries("corrupt")
	if err != nil {
		return nil, err
	}
	for _, q := range qs {
		rep.Removed = append(rep.Removed, Garbage{What: "quarantined", Name: q.rel, Size: q.size})
		rmPaths = append(rmPaths, q.rel)
	}

	if dry {
		return rep, nil
	}
	// Manifests go before objects (rmPaths is in that order), so an
	// interrupted gc never leaves a manifest naming a removed object.
	var errs []error
	for _, rel := range rmPaths {
		if err := os.RemoveAll(filepath.Join(s.dir, rel)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return rep, fmt.Errorf("cache: gc: %w", errors.Join(errs...))
	}
	return rep, nil
}

// entry is a top-level file or directory under one of the store's folders.
type entry struct {
	rel    string    // path relative to the store root
	size   int64     // bytes, summed over a directory's tree
	newest time.Time // latest modification in the tree
}

// entries lists the top-level entries of a store folder with their total
// size and newest modification time (a directory that a process is still
// writing into has a recent file even if the directory itself is old).
func (s *FS) entries(folder string) ([]entry, error) {
	root := filepath.Join(s.dir, folder)
	ents, err := os.ReadDir(root)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cache: list %s: %w", folder, err)
	}
	var out []entry
	for _, e := range ents {
		en := entry{rel: filepath.Join(folder, e.Name())}
		_ = filepath.WalkDir(filepath.Join(root, e.Name()), func(_ string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // removed meanwhile
			}
			info, err := d.Info()
			if err != nil {
				return nil
			}
			if !d.IsDir() {
				en.size += info.Size()
			}
			if info.ModTime().After(en.newest) {
				en.newest = info.ModTime()
			}
			return nil
		})
		out = append(out, en)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].rel < out[j].rel })
	return out, nil
}

// Leftovers is what ls shows beside the results: temp files, in-progress
// checkpoints and quarantined files, each with its size.
type Leftovers struct {
	Temp, Quarantined []Garbage
	Checkpoints       []CheckpointInfo
}

// Leftovers lists temp files, checkpoints and quarantined files. It changes
// nothing.
func (s *FS) Leftovers(ctx context.Context) (*Leftovers, error) {
	l := &Leftovers{}
	tmps, err := s.entries("tmp")
	if err != nil {
		return nil, err
	}
	for _, t := range tmps {
		l.Temp = append(l.Temp, Garbage{What: "temp", Name: t.rel, Size: t.size})
	}
	qs, err := s.entries("corrupt")
	if err != nil {
		return nil, err
	}
	for _, q := range qs {
		l.Quarantined = append(l.Quarantined, Garbage{What: "quarantined", Name: q.rel, Size: q.size})
	}
	l.Checkpoints, err = s.Checkpoints(ctx)
	return l, err
}
