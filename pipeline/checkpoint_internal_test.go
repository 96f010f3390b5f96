package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/speclang"
)

// TestCheckpointInterval: a stage's resources block wins over -checkpoint-every,
// which wins over the 5-minute default.
func TestCheckpointInterval(t *testing.T) {
	store, err := cache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ten := 10 * time.Second
	for _, c := range []struct {
		name string
		res  *speclang.Resources
		flag time.Duration
		want time.Duration
	}{
		{"default", nil, 0, DefaultCheckpointEvery},
		{"flag", nil, time.Minute, time.Minute},
		{"resources win", &speclang.Resources{CheckpointEvery: &ten}, time.Minute, ten},
	} {
		st := &speclang.Stage{Addr: "stage.x", Resources: c.res}
		g, err := NewGraph(&speclang.Spec{Pipeline: speclang.Pipeline{Name: "p"}, Stages: []*speclang.Stage{st}})
		if err != nil {
			t.Fatal(err)
		}
		task := &Task{Graph: g, Addr: "stage.x", Key: "k", Options: &Options{CheckpointEvery: c.flag}}
		ck, err := newCheckpoints(context.Background(), task, store, NopProgress{})
		if err != nil {
			t.Fatal(err)
		}
		if ck.every != c.want {
			t.Errorf("%s: every = %s, want %s", c.name, ck.every, c.want)
		}
	}
}

// failingStore is a CheckpointStore whose saves fail.
type failingStore struct{ CheckpointStore }

func (failingStore) SaveCheckpoint(context.Context, string, cache.CheckpointOwner, cache.CheckpointHeader, []byte) error {
	return errors.New("disk full")
}

type logs struct {
	NopProgress
	lines []string
}

func (l *logs) Logf(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

// TestCheckpointFailureIsNotFatal: a checkpoint that cannot be written is
// logged and training goes on.
func TestCheckpointFailureIsNotFatal(t *testing.T) {
	l := &logs{}
	c := &Checkpoints{ctx: context.Background(), store: failingStore{}, key: "k", prog: l}
	if err := c.Save(10, 100, "train", []byte("state")); err != nil {
		t.Fatalf("Save = %v, want nil", err)
	}
	if len(l.lines) != 1 || !strings.Contains(l.lines[0], "checkpoint at 10 / 100 failed, training goes on without it: disk full") {
		t.Errorf("log = %q", l.lines)
	}
}
