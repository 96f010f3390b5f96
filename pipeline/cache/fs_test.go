package cache_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/pipeline/cache/cachetest"
)

func openFS(t *testing.T) cache.Store {
	s, err := cache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestFSConformance(t *testing.T) {
	cachetest.TestStore(t, openFS)
}

// TestFSLayout checks the on-disk layout other tools (gc, ls, Slurm nodes)
// rely on, and that Put leaves nothing behind in tmp/.
func TestFSLayout(t *testing.T) {
	ctx := context.Background()
	s, err := cache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	dir, err := s.TempDir()
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "x.arrow")
	if err := os.WriteFile(p, []byte("abc"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := &cache.Manifest{Key: "deadbeef"}
	if err := s.Put(ctx, m, map[string]string{"x": p}); err != nil {
		t.Fatal(err)
	}
	// sha256("abc"), from FIPS 180-2 appendix B.1.
	const h = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
	if m.Outputs["x"].Digest != "sha256:"+h {
		t.Errorf("digest = %s, want sha256:%s", m.Outputs["x"].Digest, h)
	}
	for _, rel := range []string{"objects/" + h + ".arrow", "objects/" + h + ".ok", "actions/deadbeef.json"} {
		if _, err := os.Stat(filepath.Join(s.Dir(), rel)); err != nil {
			t.Errorf("expected %s: %v", rel, err)
		}
	}
	if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("source file still present after Put (stat err %v)", err)
	}
	os.Remove(dir)
	ents, _ := os.ReadDir(filepath.Join(s.Dir(), "tmp"))
	if len(ents) != 0 {
		t.Errorf("tmp/ not empty after Put: %v", ents)
	}
	var back cache.Manifest
	b, _ := os.ReadFile(filepath.Join(s.Dir(), "actions/deadbeef.json"))
	if err := json.Unmarshal(b, &back); err != nil || back.Outputs["x"].Size != 3 {
		t.Errorf("manifest on disk = %s (%v)", b, err)
	}
}

// TestFSPutFromOtherDir covers files not created in TempDir (they may be on
// another filesystem; either way the store must end up with the bytes).
func TestFSPutFromOtherDir(t *testing.T) {
	ctx := context.Background()
	s, err := cache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join("/dev/shm", fmt.Sprintf("ganpipe-cache-test-%d", os.Getpid()))
	if _, err := os.Stat("/dev/shm"); err != nil {
		p = filepath.Join(t.TempDir(), "x")
	}
	if err := os.WriteFile(p, []byte("elsewhere"), 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(p)
	m := &cache.Manifest{Key: "k"}
	if err := s.Put(ctx, m, map[string]string{"x": p}); err != nil {
		t.Fatal(err)
	}
	q, err := s.Path(ctx, m.Outputs["x"])
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(q); string(b) != "elsewhere" {
		t.Errorf("object = %q", b)
	}
}

// The helper process for TestFSLockCrossProcess: it takes the lock, says so
// on stdout, and holds it until stdin closes or it is killed.
func TestFSLockHelperProcess(t *testing.T) {
	dir := os.Getenv("GANPIPE_CACHE_LOCK_HELPER")
	if dir == "" {
		t.Skip("helper process for TestFSLockCrossProcess")
	}
	s, err := cache.Open(dir)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	unlock, err := s.Lock(ctx, "shared")
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	fmt.Println("locked")
	bufio.NewReader(os.Stdin).ReadString('\n') // until the parent says "release" or dies
	unlock()
	fmt.Println("released")
	os.Exit(0)
}

func startHelper(t *testing.T, dir string) (*exec.Cmd, *bufio.Reader, func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestFSLockHelperProcess$")
	cmd.Env = append(os.Environ(), "GANPIPE_CACHE_LOCK_HELPER="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	r := bufio.NewReader(stdout)
	line, err := r.ReadString('\n')
	if strings.TrimSpace(line) != "locked" {
		t.Fatalf("helper said %q (%v), want \"locked\"", line, err)
	}
	return cmd, r, func() { stdin.Write([]byte("release\n")) }
}

func TestFSLockCrossProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	s, err := cache.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	tryLock := func(d time.Duration) error {
		c, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		u, err := s.Lock(c, "shared")
		if err == nil {
			u()
		}
		return err
	}

	t.Run("ReleaseByUnlock", func(t *testing.T) {
		_, r, release := startHelper(t, dir)
		if err := tryLock(200 * time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Lock while another process holds it: err = %v, want DeadlineExceeded", err)
		}
		release()
		if line, _ := r.ReadString('\n'); strings.TrimSpace(line) != "released" {
			t.Fatalf("helper said %q, want released", line)
		}
		if err := tryLock(5 * time.Second); err != nil {
			t.Fatalf("Lock after the helper released: %v", err)
		}
	})

	t.Run("ReleaseByDeath", func(t *testing.T) {
		cmd, _, _ := startHelper(t, dir)
		if err := tryLock(200 * time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Lock while another process holds it: err = %v, want DeadlineExceeded", err)
		}
		// Block first, then kill the holder: the waiter must get the lock.
		got := make(chan error, 1)
		go func() { got <- tryLock(10 * time.Second) }()
		time.Sleep(100 * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		if err := <-got; err != nil {
			t.Fatalf("Lock after the holder was killed: %v", err)
		}
	})
}
