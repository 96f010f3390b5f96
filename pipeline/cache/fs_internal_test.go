package cache

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestStampAvoidsRehash shows that Path trusts a matching stamp instead of
// rehashing, and that any change to the file's identity makes it rehash. To
// observe the absence of a rehash we corrupt the object and then forge a
// stamp for the corrupt bytes: a rehash would report ErrCorrupt, trusting the
// stamp returns the path.
func TestStampAvoidsRehash(t *testing.T) {
	ctx := context.Background()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := s.TempDir()
	src := filepath.Join(dir, "x")
	if err := os.WriteFile(src, []byte("original bytes"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := &Manifest{Key: "k"}
	if err := s.Put(ctx, m, map[string]string{"x": src}); err != nil {
		t.Fatal(err)
	}
	o := m.Outputs["x"]
	h, _ := digestHex(o.Digest)
	p := s.objectPath(h)
	if err := os.WriteFile(p, []byte("tampered bytes"), 0o644); err != nil { // same length
		t.Fatal(err)
	}
	s.writeStamp(h) // forge: the stamp now describes the tampered file
	if _, err := s.Path(ctx, o); err != nil {
		t.Fatalf("Path with a matching stamp rehashed (err %v); it should trust the stamp", err)
	}
	// Touching changes mtime and ctime: the stamp no longer matches, so Path
	// rehashes and finds the tampering.
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(p, later, later); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Path(ctx, o); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Path after touch err = %v, want ErrCorrupt", err)
	}
	if _, err := os.Stat(filepath.Join(s.dir, "corrupt", h+".arrow")); err != nil {
		t.Errorf("corrupt object not quarantined: %v", err)
	}
}

// TestStampSizeMismatch: a stamp cannot vouch for an object whose size
// differs from the one the manifest recorded.
func TestStampSizeMismatch(t *testing.T) {
	ctx := context.Background()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := s.TempDir()
	src := filepath.Join(dir, "x")
	os.WriteFile(src, []byte("12345"), 0o644)
	m := &Manifest{Key: "k"}
	if err := s.Put(ctx, m, map[string]string{"x": src}); err != nil {
		t.Fatal(err)
	}
	o := m.Outputs["x"]
	o.Size = 4
	if _, err := s.Path(ctx, o); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Path with wrong recorded size err = %v, want ErrCorrupt", err)
	}
}
