// Package cachetest is the conformance suite every cache.Store implementation
// must pass. An implementation's test calls TestStore with a function that
// opens a fresh, empty store.
package cachetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ganpipe/ganpipe/pipeline/cache"
)

// TestStore runs the conformance suite. open must return a new empty store
// for each call (each subtest opens its own).
func TestStore(t *testing.T, open func(t *testing.T) cache.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s cache.Store)
	}{
		{"PutGetRoundtrip", testRoundtrip},
		{"MissingKey", testMissingKey},
		{"InvalidDigest", testInvalidDigest},
		{"CorruptObject", testCorrupt},
		{"TouchedUnchanged", testTouched},
		{"MissingObject", testMissingObject},
		{"IdempotentPut", testIdempotent},
		{"ConcurrentPutSameContent", testConcurrentPut},
		{"PutFailsMidway", testPutFails},
		{"PutCancelled", testPutCancelled},
		{"LockExclusion", testLockExclusion},
		{"LockIndependentKeys", testLockKeys},
		{"LockCancel", testLockCancel},
		{"Latest", testLatest},
		{"GCRemove", testRemove},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, open(t))
		})
	}
}

// digestOf is the expected digest, computed independently of the store.
func digestOf(b []byte) string {
	s := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(s[:])
}

// stage writes contents (output name -> bytes) into a fresh store temp dir,
// as a stage would, and returns the files map for Put.
func stage(t *testing.T, s cache.Store, contents map[string][]byte) map[string]string {
	t.Helper()
	dir, err := s.TempDir()
	if err != nil {
		t.Fatalf("TempDir: %v", err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	files := map[string]string{}
	for name, b := range contents {
		p := filepath.Join(dir, name+".arrow")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		files[name] = p
	}
	return files
}

func manifest(key string) *cache.Manifest {
	return &cache.Manifest{
		Key:      key,
		Record:   json.RawMessage(`{"kind":"test","seed":1}`),
		Addr:     "stage.test",
		Duration: 1.5,
		Host:     "testhost",
		Finished: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC),
	}
}

func put(t *testing.T, s cache.Store, key string, contents map[string][]byte) *cache.Manifest {
	t.Helper()
	m := manifest(key)
	if err := s.Put(context.Background(), m, stage(t, s, contents)); err != nil {
		t.Fatalf("Put(%s): %v", key, err)
	}
	return m
}

// readObject returns the bytes at the verified path of o.
func readObject(t *testing.T, s cache.Store, o cache.Object) []byte {
	t.Helper()
	p, err := s.Path(context.Background(), o)
	if err != nil {
		t.Fatalf("Path(%s): %v", o.Digest, err)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func testRoundtrip(t *testing.T, s cache.Store) {
	ctx := context.Background()
	contents := map[string][]byte{
		"samples": bytes.Repeat([]byte("ARROW1 samples "), 1000),
		"history": []byte("ARROW1 history"),
		"empty":   {},
	}
	put(t, s, "k1", contents)
	got, err := s.Get(ctx, "k1")
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	want := manifest("k1")
	if got.Key != want.Key || got.Addr != want.Addr || got.Host != want.Host ||
		got.Duration != want.Duration || !got.Finished.Equal(want.Finished) {
		t.Errorf("Get = %+v, want fields of %+v", got, want)
	}
	var rec map[string]any
	if err := json.Unmarshal(got.Record, &rec); err != nil || rec["kind"] != "test" {
		t.Errorf("Record = %s (%v), want the stored record", got.Record, err)
	}
	if len(got.Outputs) != len(contents) {
		t.Fatalf("Outputs = %v, want %d entries", got.Outputs, len(contents))
	}
	for name, b := range contents {
		o, ok := got.Outputs[name]
		if !ok {
			t.Errorf("output %q missing", name)
			continue
		}
		if o.Digest != digestOf(b) || o.Size != int64(len(b)) {
			t.Errorf("output %q = %+v, want digest %s size %d", name, o, digestOf(b), len(b))
		}
		if got := readObject(t, s, o); !bytes.Equal(got, b) {
			t.Errorf("output %q bytes differ from what was put", name)
		}
	}
}

func testMissingKey(t *testing.T, s cache.Store) {
	ctx := context.Background()
	if _, err := s.Get(ctx, "nosuchkey"); !errors.Is(err, cache.ErrNotFound) {
		t.Errorf("Get(missing) err = %v, want ErrNotFound", err)
	}
	o := cache.Object{Digest: digestOf([]byte("never stored")), Size: 12}
	if _, err := s.Path(ctx, o); !errors.Is(err, cache.ErrNotFound) {
		t.Errorf("Path(missing) err = %v, want ErrNotFound", err)
	}
}

func testInvalidDigest(t *testing.T, s cache.Store) {
	ctx := context.Background()
	for _, d := range []string{"", "sha256:", "md5:abcd", "sha256:../../etc/passwd", "sha256:zz"} {
		if _, err := s.Path(ctx, cache.Object{Digest: d}); err == nil {
			t.Errorf("Path(%q) succeeded, want an error", d)
		}
	}
	if _, err := s.Get(ctx, "../escape"); err == nil {
		t.Errorf("Get(../escape) succeeded, want an error")
	}
}

func testCorrupt(t *testing.T, s cache.Store) {
	ctx := context.Background()
	b := bytes.Repeat([]byte{1, 2, 3, 4}, 4096)
	m := put(t, s, "k", map[string][]byte{"out": b})
	o := m.Outputs["out"]
	p, err := s.Path(ctx, o) // verifies and (in FS) stamps the object
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	// Same size, one byte changed, mtime put back: a check on size and mtime
	// alone would miss this.
	bad := append([]byte(nil), b...)
	bad[100] ^= 0xff
	if err := os.WriteFile(p, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	_, err = s.Path(ctx, o)
	if !errors.Is(err, cache.ErrCorrupt) {
		t.Fatalf("Path(corrupt) err = %v, want ErrCorrupt", err)
	}
	if !bytes.Contains([]byte(err.Error()), []byte(o.Digest)) {
		t.Errorf("error %q does not name the digest %s", err, o.Digest)
	}
	// The corrupt object is out of the store, so it will be recomputed.
	if _, err := s.Path(ctx, o); !errors.Is(err, cache.ErrNotFound) {
		t.Errorf("Path after corruption err = %v, want ErrNotFound", err)
	}
	// Recomputing and putting again heals it.
	put(t, s, "k", map[string][]byte{"out": b})
	if got := readObject(t, s, o); !bytes.Equal(got, b) {
		t.Errorf("healed object has the wrong bytes")
	}
}

func testTouched(t *testing.T, s cache.Store) {
	ctx := context.Background()
	b := []byte("unchanged content")
	m := put(t, s, "k", map[string][]byte{"out": b})
	o := m.Outputs["out"]
	p, err := s.Path(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(p, later, later); err != nil {
		t.Fatal(err)
	}
	if got := readObject(t, s, o); !bytes.Equal(got, b) {
		t.Errorf("touched object bytes changed")
	}
	// And rewritten with identical bytes (new mtime, maybe new inode).
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := readObject(t, s, o); !bytes.Equal(got, b) {
		t.Errorf("rewritten object bytes changed")
	}
}

func testMissingObject(t *testing.T, s cache.Store) {
	ctx := context.Background()
	m := put(t, s, "k", map[string][]byte{"a": []byte("aaa"), "b": []byte("bbb")})
	p, err := s.Path(ctx, m.Outputs["a"])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(ctx, "k")
	if err != nil {
		t.Fatalf("Get with a missing object: %v (want the manifest)", err)
	}
	if _, err := s.Path(ctx, got.Outputs["a"]); !errors.Is(err, cache.ErrNotFound) {
		t.Errorf("Path(removed) err = %v, want ErrNotFound", err)
	}
	if _, err := s.Path(ctx, got.Outputs["b"]); err != nil {
		t.Errorf("Path(intact sibling) err = %v", err)
	}
}

func testIdempotent(t *testing.T, s cache.Store) {
	ctx := context.Background()
	b := []byte("same bytes twice")
	m1 := put(t, s, "k1", map[string][]byte{"out": b})
	m2 := put(t, s, "k2", map[string][]byte{"out": b})
	put(t, s, "k1", map[string][]byte{"out": b}) // re-put the same key
	if m1.Outputs["out"] != m2.Outputs["out"] {
		t.Errorf("identical content gave %v and %v", m1.Outputs["out"], m2.Outputs["out"])
	}
	objs, err := s.Objects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(objs) != 1 || objs[0].Digest != digestOf(b) || objs[0].Size != int64(len(b)) {
		t.Errorf("Objects = %v, want exactly one %s", objs, digestOf(b))
	}
	if got := readObject(t, s, m2.Outputs["out"]); !bytes.Equal(got, b) {
		t.Errorf("object bytes differ")
	}
}

func testConcurrentPut(t *testing.T, s cache.Store) {
	b := bytes.Repeat([]byte("concurrent "), 10000)
	const n = 4
	files := make([]map[string]string, n)
	for i := range files {
		files[i] = stage(t, s, map[string][]byte{"out": b})
	}
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = s.Put(context.Background(), manifest("k"), files[i])
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Put %d: %v", i, err)
		}
	}
	if got := readObject(t, s, cache.Object{Digest: digestOf(b), Size: int64(len(b))}); !bytes.Equal(got, b) {
		t.Errorf("object bytes differ after concurrent puts")
	}
}

func testPutFails(t *testing.T, s cache.Store) {
	ctx := context.Background()
	files := stage(t, s, map[string][]byte{"a": []byte("good")})
	files["b"] = filepath.Join(t.TempDir(), "does-not-exist.arrow")
	if err := s.Put(ctx, manifest("k"), files); err == nil {
		t.Fatal("Put with a missing file succeeded")
	}
	if _, err := s.Get(ctx, "k"); !errors.Is(err, cache.ErrNotFound) {
		t.Errorf("Get after failed Put err = %v, want ErrNotFound (no partial manifest)", err)
	}
	ms, err := s.Manifests(ctx)
	if err != nil || len(ms) != 0 {
		t.Errorf("Manifests after failed Put = %v, %v; want none", ms, err)
	}
}

func testPutCancelled(t *testing.T, s cache.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	files := stage(t, s, map[string][]byte{"a": []byte("x")})
	if err := s.Put(ctx, manifest("k"), files); !errors.Is(err, context.Canceled) {
		t.Errorf("Put with cancelled ctx err = %v, want context.Canceled", err)
	}
	if _, err := s.Get(context.Background(), "k"); !errors.Is(err, cache.ErrNotFound) {
		t.Errorf("Get after cancelled Put err = %v, want ErrNotFound", err)
	}
}

func testLockExclusion(t *testing.T, s cache.Store) {
	ctx := context.Background()
	unlock, err := s.Lock(ctx, "k")
	if err != nil {
		t.Fatal(err)
	}
	// A second locker must wait: with a short deadline it gives up.
	short, cancel := context.WithTimeout(ctx, 150*time.Millisecond)
	defer cancel()
	if u, err := s.Lock(short, "k"); !errors.Is(err, context.DeadlineExceeded) {
		if err == nil {
			u()
		}
		t.Fatalf("second Lock while held err = %v, want DeadlineExceeded", err)
	}
	// A blocked locker gets it once the holder releases.
	got := make(chan error, 1)
	go func() {
		u, err := s.Lock(ctx, "k")
		if err == nil {
			u()
		}
		got <- err
	}()
	select {
	case err := <-got:
		t.Fatalf("Lock returned (%v) while the lock was held", err)
	case <-time.After(100 * time.Millisecond):
	}
	unlock()
	unlock() // releasing twice is harmless
	select {
	case err := <-got:
		if err != nil {
			t.Fatalf("Lock after release: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Lock still blocked 5 s after release")
	}

	// Many goroutines: never two inside at once.
	var inside, maxInside, total atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				u, err := s.Lock(ctx, "k")
				if err != nil {
					t.Error(err)
					return
				}
				n := inside.Add(1)
				for m := maxInside.Load(); n > m && !maxInside.CompareAndSwap(m, n); m = maxInside.Load() {
				}
				time.Sleep(2 * time.Millisecond)
				inside.Add(-1)
				total.Add(1)
				u()
			}
		}()
	}
	wg.Wait()
	if maxInside.Load() != 1 || total.Load() != 18 {
		t.Errorf("max holders at once = %d (want 1), critical sections = %d (want 18)", maxInside.Load(), total.Load())
	}
}

func testLockKeys(t *testing.T, s cache.Store) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	u1, err := s.Lock(ctx, "k1")
	if err != nil {
		t.Fatal(err)
	}
	defer u1()
	u2, err := s.Lock(ctx, "k2")
	if err != nil {
		t.Fatalf("Lock(k2) while k1 held: %v", err)
	}
	u2()
}

func testLockCancel(t *testing.T, s cache.Store) {
	unlock, err := s.Lock(context.Background(), "k")
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		u, err := s.Lock(ctx, "k")
		if err == nil {
			u()
		}
		done <- err
	}()
	time.Sleep(80 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Lock err = %v, want context.Canceled", err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Lock took %v to notice cancellation", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Lock ignored ctx cancellation for 5 s")
	}
	// An already-cancelled ctx fails at once even on a free key.
	if u, err := s.Lock(ctx, "free"); !errors.Is(err, context.Canceled) {
		if err == nil {
			u()
		}
		t.Errorf("Lock(cancelled ctx) err = %v, want context.Canceled", err)
	}
}

func testLatest(t *testing.T, s cache.Store) {
	ctx := context.Background()
	if _, err := s.Latest(ctx, "p", "stage.a"); !errors.Is(err, cache.ErrNotFound) {
		t.Errorf("Latest(unset) err = %v, want ErrNotFound", err)
	}
	steps := []struct{ pipeline, addr, key string }{
		{"p", "stage.a", "k1"},
		{"p", "stage.b", "k2"},
		{"p.stage", "a", "k3"}, // must not collide with ("p", "stage.a")
		{"q", "stage.a", "k4"},
		{"p", "stage.a", "k5"}, // overwrite
	}
	for _, st := range steps {
		if err := s.SetLatest(ctx, st.pipeline, st.addr, st.key); err != nil {
			t.Fatal(err)
		}
	}
	want := map[[2]string]string{
		{"p", "stage.a"}: "k5", {"p", "stage.b"}: "k2", {"p.stage", "a"}: "k3", {"q", "stage.a"}: "k4",
	}
	for pa, k := range want {
		got, err := s.Latest(ctx, pa[0], pa[1])
		if err != nil || got != k {
			t.Errorf("Latest(%q, %q) = %q, %v; want %q", pa[0], pa[1], got, err, k)
		}
	}
}

func testRemove(t *testing.T, s cache.Store) {
	ctx := context.Background()
	shared := []byte("shared")
	m1 := put(t, s, "k1", map[string][]byte{"a": []byte("only k1"), "s": shared})
	m2 := put(t, s, "k2", map[string][]byte{"b": []byte("only k2"), "s": shared})
	if err := s.Remove(ctx, []string{"k1"}, []string{m1.Outputs["a"].Digest}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, "k1"); !errors.Is(err, cache.ErrNotFound) {
		t.Errorf("Get(removed) err = %v, want ErrNotFound", err)
	}
	ms, err := s.Manifests(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Key != "k2" {
		t.Errorf("Manifests after remove = %v, want only k2", ms)
	}
	objs, err := s.Objects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, o := range objs {
		have[o.Digest] = true
	}
	if len(objs) != 2 || !have[m2.Outputs["b"].Digest] || !have[m2.Outputs["s"].Digest] {
		t.Errorf("Objects after remove = %v, want k2's two objects", objs)
	}
	if _, err := s.Path(ctx, m1.Outputs["a"]); !errors.Is(err, cache.ErrNotFound) {
		t.Errorf("Path(removed object) err = %v, want ErrNotFound", err)
	}
	// Removing what is already gone is not an error.
	if err := s.Remove(ctx, []string{"k1", "never"}, []string{m1.Outputs["a"].Digest}); err != nil {
		t.Errorf("Remove(absent) = %v, want nil", err)
	}
}
