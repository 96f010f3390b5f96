package pipeline

import (
	"context"
	"testing"
	"time"

	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/specs"
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
		res  *specs.Resources
		flag time.Duration
		want time.Duration
	}{
		{"default", nil, 0, DefaultCheckpointEvery},
		{"flag", nil, time.Minute, time.Minute},
		{"resources win", &specs.Resources{CheckpointEvery: &ten}, time.Minute, ten},
	} {
		st := &specs.Stage{Addr: "stage.x", Resources: c.res}
		g, err := NewGraph(&specs.Spec{Pipeline: specs.Pipeline{Name: "p"}, Stages: []*specs.Stage{st}})
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
