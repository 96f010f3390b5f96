package cache

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// How gc and running processes stay out of each other's way.
//
// A process that computes into the store (run, check, exec-stage) registers
// itself with Live: it creates live/<id>.lock, holds an exclusive flock on it
// for its whole life and records its start time in it. The kernel drops the
// flock when the process dies, however it dies, so gc can tell live
// registrations from those of killed processes by trying the lock.
//
// gc removes an unreachable manifest, object, temp file or checkpoint only
// if it is older than the oldest live registration (the cutoff). A live
// process keeps everything it relies on younger than that:
//   - a manifest it reads (Get) is touched, so its objects stay referenced
//     by a kept manifest;
//   - the objects it stores are new files, and an existing object it
//     deduplicates against is touched;
//   - its temp files and checkpoints are new files.
//
// The touch-then-use and list-then-delete steps must not interleave, or gc
// could list a manifest as old just before a run touches and uses it. So
// gc holds an exclusive flock on gc.lock while it lists and deletes, and a
// live process holds a shared one while it reads-and-touches a manifest or
// stores a result. Both critical sections are short on the run's side (no
// stage computes under it), so gc never waits for a training stage, and a
// run waits at most for one gc pass.

// liveMargin is subtracted from a registration's start time: file times come
// from the kernel's coarse clock, which may lag time.Now by a tick, and a
// cutoff a little early only keeps a little more.
const liveMargin = 2 * time.Second

// liveRecord is the content of live/<id>.lock.
type liveRecord struct {
	PID     int       `json:"pid"`
	Host    string    `json:"host"`
	Started time.Time `json:"started"`
	Command string    `json:"command"`
}

// liveReg is this process's registration; the FS copy returned by Live
// carries it.
type liveReg struct {
	f *os.File
}

// Live registers the calling process as one that computes into the store
// and returns a store that touches what it reads, so gc never deletes it
// while the process lives. It also makes Get quarantine a corrupt manifest
// (a read-only command must not move files). end releases the registration.
func (s *FS) Live(ctx context.Context, command string) (*FS, func(), error) {
	if err := os.MkdirAll(filepath.Join(s.dir, "live"), 0o755); err != nil {
		return nil, nil, fmt.Errorf("cache: register: %w", err)
	}
	// Register under the shared gc lock, so a gc that is deleting either
	// finishes before we exist or sees us.
	unlock, err := s.gcLock(ctx, unix.LOCK_SH)
	if err != nil {
		return nil, nil, err
	}
	defer unlock()
	var nonce [6]byte
	_, _ = rand.Read(nonce[:])
	host, _ := os.Hostname()
	name := fmt.Sprintf("%s-%d-%s.lock", sanitize(host), os.Getpid(), hex.EncodeToString(nonce[:]))
	path := filepath.Join(s.dir, "live", name)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, nil, fmt.Errorf("cache: register: %w", err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		os.Remove(path)
		return nil, nil, fmt.Errorf("cache: register: flock: %w", err)
	}
	b, _ := json.Marshal(liveRecord{PID: os.Getpid(), Host: host, Started: time.Now().UTC(), Command: command})
	if _, err := f.Write(b); err == nil {
		err = f.Sync()
	}
	if err != nil {
		f.Close()
		os.Remove(path)
		return nil, nil, fmt.Errorf("cache: register: %w", err)
	}
	c := *s
	c.live = &liveReg{f: f}
	end := func() {
		// Remove before unlocking: a gc that finds the file unlocked
		// would remove it too, which is harmless either way.
		os.Remove(path)
		f.Close()
	}
	return &c, end, nil
}

func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '_'
	}, s)
}

// gcLock takes gc.lock shared (live processes) or exclusive (gc). It blocks
// in the kernel rather than polling, so that waiters are woken in turn when
// the lock is released: with LOCK_NB polling a gc in a loop could starve a
// run of its shared lock. flock cannot be interrupted, so a wait that ctx
// ends is abandoned to a goroutine that releases the lock once it gets it.
func (s *FS) gcLock(ctx context.Context, how int) (func(), error) {
	f, err := os.OpenFile(filepath.Join(s.dir, "gc.lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cache: gc lock: %w", err)
	}
	release := func() {
		unix.Flock(int(f.Fd()), unix.LOCK_UN)
		f.Close()
	}
	if unix.Flock(int(f.Fd()), how|unix.LOCK_NB) == nil {
		return release, nil
	}
	got := make(chan error, 1)
	go func() {
		var err error
		for {
			if err = unix.Flock(int(f.Fd()), how); !errors.Is(err, unix.EINTR) {
				break
			}
		}
		got <- err
	}()
	select {
	case err := <-got:
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("cache: gc lock: flock: %w", err)
		}
		return release, nil
	case <-ctx.Done():
		go func() {
			if <-got == nil {
				release()
			} else {
				f.Close()
			}
		}()
		return nil, fmt.Errorf("cache: gc lock: %w", ctx.Err())
	}
}

// shared runs fn under the shared gc lock when the store is live; a
// read-only store needs no protection from gc.
func (s *FS) shared(ctx context.Context, fn func() error) error {
	if s.live == nil {
		return fn()
	}
	unlock, err := s.gcLock(ctx, unix.LOCK_SH)
	if err != nil {
		return err
	}
	defer unlock()
	return fn()
}

// touch marks a file as used now by a live process. A failure only means gc
// may collect it later, which the next run recomputes, so it is ignored.
func touch(path string) {
	now := time.Now()
	_ = os.Chtimes(path, now, now)
}

// flockWait takes a flock, polling LOCK_NB so that ctx is honoured (flock has
// no timed or interruptible blocking form).
func flockWait(ctx context.Context, f *os.File, how int) error {
	fd := int(f.Fd())
	var tick *time.Ticker
	for {
		err := unix.Flock(fd, how|unix.LOCK_NB)
		if err == nil {
			return nil
		}
		if !errors.Is(err, unix.EWOULDBLOCK) && !errors.Is(err, unix.EINTR) {
			return fmt.Errorf("flock: %w", err)
		}
		if tick == nil {
			tick = time.NewTicker(lockPoll)
			defer tick.Stop()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// LiveRun is a registered process as gc sees it.
type LiveRun struct {
	File    string
	PID     int
	Host    string
	Started time.Time
	Command string
}

// liveRuns lists live registrations and removes those of dead processes
// (unless dry). It must run under the exclusive gc lock, so no registration
// is half written.
func (s *FS) liveRuns(dry bool) (live []LiveRun, dead []string, err error) {
	dir := filepath.Join(s.dir, "live")
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("cache: list live runs: %w", err)
	}
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".lock") || e.IsDir() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		f, err := os.Open(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("cache: live run %s: %w", e.Name(), err)
		}
		// A shared lock is enough to learn whether the owner still holds
		// its exclusive one.
		if unix.Flock(int(f.Fd()), unix.LOCK_SH|unix.LOCK_NB) == nil {
			unix.Flock(int(f.Fd()), unix.LOCK_UN)
			f.Close()
			dead = append(dead, e.Name())
			if !dry {
				os.Remove(path)
			}
			continue
		}
		var r liveRecord
		b, _ := os.ReadFile(path)
		f.Close()
		if json.Unmarshal(b, &r) != nil || r.Started.IsZero() {
			// Locked but unreadable: treat it as live since the epoch, the
			// safe side.
			r.Started = time.Unix(0, 0)
		}
		live = append(live, LiveRun{File: e.Name(), PID: r.PID, Host: r.Host, Started: r.Started, Command: r.Command})
	}
	return live, dead, nil
}
