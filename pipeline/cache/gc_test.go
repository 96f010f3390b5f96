package cache_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ganpipe/ganpipe/pipeline/cache"
)

func putResult(t *testing.T, s *cache.FS, key string, content string) *cache.Manifest {
	t.Helper()
	dir, err := s.TempDir()
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "out.arrow")
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	m := &cache.Manifest{Key: key, Addr: "stage." + key}
	if err := s.Put(context.Background(), m, map[string]string{"out": p}); err != nil {
		t.Fatal(err)
	}
	return m
}

func age(t *testing.T, paths ...string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	for _, p := range paths {
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGCSparesLive: while a process is registered, gc removes only what is
// older than its registration; what it stored or read since is spared. Once
// it ends, the same things are garbage.
func TestGCSparesLive(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := cache.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	stale := putResult(t, s, "stale", "old bytes")
	read := putResult(t, s, "read", "read bytes")
	h := func(m *cache.Manifest) string { return m.Outputs["out"].Digest[len("sha256:"):] }
	age(t, filepath.Join(dir, "actions/stale.json"), filepath.Join(dir, "objects", h(stale)+".arrow"),
		filepath.Join(dir, "actions/read.json"), filepath.Join(dir, "objects", h(read)+".arrow"))

	live, end, err := s.Live(ctx, "test")
	if err != nil {
		t.Fatal(err)
	}
	fresh := putResult(t, live, "fresh", "new bytes")
	if _, err := live.Get(ctx, "read"); err != nil { // an old result the live run uses
		t.Fatal(err)
	}
	rep, err := s.GC(ctx, cache.Reach{}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Live) != 1 {
		t.Errorf("live runs = %v, want one", rep.Live)
	}
	for _, m := range []*cache.Manifest{fresh, read} {
		if _, err := s.Get(ctx, m.Key); err != nil {
			t.Errorf("gc beside a live run removed %s: %v", m.Key, err)
		}
		if _, err := s.Path(ctx, m.Outputs["out"]); err != nil {
			t.Errorf("gc beside a live run removed the object of %s: %v", m.Key, err)
		}
	}
	if _, err := s.Get(ctx, "stale"); err == nil {
		t.Errorf("gc kept the stale result older than every live run")
	}

	end()
	rep, err = s.GC(ctx, cache.Reach{Keys: map[string]bool{"read": true}}, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, "fresh"); err == nil {
		t.Errorf("gc after the run ended kept its unreachable result")
	}
	if _, err := s.Get(ctx, "read"); err != nil {
		t.Errorf("gc removed a reachable result: %v", err)
	}
}

// TestGCDeadRegistration: a registration whose process died (its flock is
// gone) protects nothing and is removed.
func TestGCDeadRegistration(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, _ := cache.Open(dir)
	m := putResult(t, s, "k", "bytes")
	age(t, filepath.Join(dir, "actions/k.json"))
	_ = m
	// A registration file nobody holds a lock on, as a SIGKILL leaves it.
	reg := filepath.Join(dir, "live", "host-1-dead.lock")
	if err := os.WriteFile(reg, []byte(`{"pid":1,"started":"2000-01-01T00:00:00Z"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := s.GC(ctx, cache.Reach{}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Live) != 0 || !rep.Cutoff.IsZero() {
		t.Errorf("dead registration counted as live: %+v", rep.Live)
	}
	if _, err := os.Stat(reg); !os.IsNotExist(err) {
		t.Errorf("dead registration not removed: %v", err)
	}
	if _, err := s.Get(ctx, "k"); err == nil {
		t.Errorf("unreachable result kept")
	}
}

// TestGCDryRunChangesNothing compares every file's name, size and bytes
// before and after a dry run that has plenty to remove.
func TestGCDryRunChangesNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, _ := cache.Open(dir)
	putResult(t, s, "a", "aaa")
	m := putResult(t, s, "b", "bbb")
	os.WriteFile(filepath.Join(dir, "tmp", "obj-x"), []byte("partial"), 0o644)
	os.WriteFile(filepath.Join(dir, "corrupt", "x.arrow"), []byte("bad"), 0o644)
	os.WriteFile(filepath.Join(dir, "actions", "c.json"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "live", "h-1-dead.lock"), nil, 0o644)
	h := m.Outputs["out"].Digest[len("sha256:"):]
	os.WriteFile(filepath.Join(dir, "objects", h+".arrow"), []byte("BBB"), 0o644) // corrupt
	snap := func() map[string]string {
		out := map[string]string{}
		filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() {
				b, _ := os.ReadFile(p)
				out[p] = string(b)
			}
			return nil
		})
		return out
	}
	before := snap()
	rep, err := s.GC(ctx, cache.Reach{Keys: map[string]bool{"b": true}}, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Removed) == 0 {
		t.Fatal("dry run found nothing to remove; the test proves nothing")
	}
	after := snap()
	if len(before) != len(after) {
		t.Errorf("dry run changed the file count: %d -> %d", len(before), len(after))
	}
	for p, b := range before {
		if after[p] != b {
			t.Errorf("dry run changed %s", p)
		}
	}
}

// TestGCCheckpoints: a checkpoint of a reachable key not yet computed is
// kept; one of a computed key or of an unreachable key is collected.
func TestGCCheckpoints(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, _ := cache.Open(dir)
	save := func(key string) {
		if err := s.SaveCheckpoint(ctx, key, cache.CheckpointOwner{Pipeline: "p", Addr: "stage." + key},
			cache.CheckpointHeader{Step: 5, Total: 10}, []byte("state")); err != nil {
			t.Fatal(err)
		}
		filepath.Walk(filepath.Join(dir, "checkpoints", key), func(p string, _ os.FileInfo, _ error) error {
			age(t, p)
			return nil
		})
	}
	save("wanted")
	save("done")
	save("unreachable")
	save("pending")
	putResult(t, s, "done", "x")
	reach := cache.Reach{
		Keys:    map[string]bool{"wanted": true, "done": true},
		Pending: map[cache.CheckpointOwner]bool{{Pipeline: "p", Addr: "stage.pending"}: true},
	}
	if _, err := s.GC(ctx, reach, false); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]bool{"wanted": true, "pending": true, "done": false, "unreachable": false} {
		_, err := os.Stat(filepath.Join(dir, "checkpoints", key))
		if got := err == nil; got != want {
			t.Errorf("checkpoint %s kept = %v, want %v", key, got, want)
		}
	}
}

// TestGCRace runs gc in a loop while a live process stores results and
// reads them back: every result it stored must stay readable, objects
// included, for as long as it is live.
func TestGCRace(t *testing.T) {
	if testing.Short() {
		t.Skip("loops for a while")
	}
	ctx := context.Background()
	dir := t.TempDir()
	s, _ := cache.Open(dir)
	live, end, err := s.Live(ctx, "test")
	if err != nil {
		t.Fatal(err)
	}
	defer end()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	defer func() { close(stop); wg.Wait() }() // before the temp dir goes
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := s.GC(ctx, cache.Reach{}, false); err != nil {
				t.Error(err)
				return
			}
			// A real gc spends milliseconds outside the lock loading specs.
			time.Sleep(time.Millisecond)
		}
	}()
	var stored []*cache.Manifest
	for i := 0; i < 100; i++ {
		key := "k" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		stored = append(stored, putResult(t, live, key, key))
		for _, m := range stored[max(0, len(stored)-5):] {
			got, err := live.Get(ctx, m.Key)
			if err != nil {
				t.Fatalf("result %s lost while live: %v", m.Key, err)
			}
			if _, err := live.Path(ctx, got.Outputs["out"]); err != nil {
				t.Fatalf("object of %s lost while live: %v", m.Key, err)
			}
		}
	}
}
