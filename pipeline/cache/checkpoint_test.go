package cache_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ganpipe/ganpipe/pipeline/cache"
)

// TestCheckpoints: the newest valid checkpoint is returned; the newest two
// are kept; a truncated or altered one is skipped (and moved to corrupt/)
// for the one before it; Drop removes them all.
func TestCheckpoints(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, _ := cache.Open(dir)
	owner := cache.CheckpointOwner{Pipeline: "p", Addr: "stage.x"}
	if _, _, _, err := s.LoadCheckpoint(ctx, "k"); !errors.Is(err, cache.ErrNotFound) {
		t.Fatalf("no checkpoint: err = %v, want ErrNotFound", err)
	}
	for _, step := range []int64{100, 200, 300} {
		payload := []byte{byte(step), 1, 2, 3}
		if err := s.SaveCheckpoint(ctx, "k", owner, cache.CheckpointHeader{Step: step, Total: 1000, Phase: "train"}, payload); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "checkpoints", "k", "*.ckpt"))
	if len(files) != 2 {
		t.Errorf("checkpoint files = %v, want the newest two", files)
	}
	h, payload, skipped, err := s.LoadCheckpoint(ctx, "k")
	if err != nil || h.Step != 300 || payload[0] != byte(300%256) || len(skipped) != 0 {
		t.Fatalf("Load = %+v %v %v %v, want step 300", h, payload, skipped, err)
	}
	infos, err := s.Checkpoints(ctx)
	if err != nil || len(infos) != 1 || infos[0].Header.Step != 300 || infos[0].Owner != owner {
		t.Errorf("Checkpoints = %+v, %v", infos, err)
	}

	// Truncate the newest: it is skipped, the one at 200 is used.
	newest := filepath.Join(dir, "checkpoints", "k", "0000000000000300.ckpt")
	b, _ := os.ReadFile(newest)
	os.WriteFile(newest, b[:len(b)-5], 0o644)
	h, _, skipped, err = s.LoadCheckpoint(ctx, "k")
	if err != nil || h.Step != 200 || len(skipped) != 1 {
		t.Fatalf("after truncation: %+v %v %v, want step 200 and one skipped", h, skipped, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "corrupt", "k-0000000000000300.ckpt")); err != nil {
		t.Errorf("truncated checkpoint not quarantined: %v", err)
	}
	// Alter a byte of the remaining one: nothing valid is left.
	old := filepath.Join(dir, "checkpoints", "k", "0000000000000200.ckpt")
	b, _ = os.ReadFile(old)
	b[len(b)/2] ^= 1
	os.WriteFile(old, b, 0o644)
	if _, _, skipped, err = s.LoadCheckpoint(ctx, "k"); !errors.Is(err, cache.ErrNotFound) || len(skipped) != 1 {
		t.Fatalf("after a flipped bit: skipped %v err %v, want one skipped and ErrNotFound", skipped, err)
	}
	if err := s.DropCheckpoints(ctx, "k"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "checkpoints", "k")); !os.IsNotExist(err) {
		t.Errorf("checkpoints not dropped: %v", err)
	}
}
