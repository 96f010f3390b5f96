package stages

import (
	"bytes"
	"encoding/gob"
	"testing"
	"time"
)

// TestTrainTimeSurvivesResume: a stage killed after 3 s of training and
// resumed for 2 more reports 5 s (train_seconds, "trained N iterations in"),
// not the last process's 2 s divided over every iteration. The clock is
// fake, so the expected durations are exact.
func TestTrainTimeSurvivesResume(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }

	first := newTrainCheckpoint(nil, &countingSource{}, newRecorder(nil, 0), "train", 1, 10)
	first.now, first.start = now, clock
	clock = clock.Add(3 * time.Second)
	st := first.state(nil)
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&st); err != nil {
		t.Fatal(err)
	}

	// The resumed process starts an hour later: the pause is no training.
	clock = clock.Add(time.Hour)
	second := newTrainCheckpoint(nil, &countingSource{}, newRecorder(nil, 0), "train", 1, 10)
	second.now, second.start = now, clock
	var back trainState
	if err := gob.NewDecoder(&b).Decode(&back); err != nil {
		t.Fatal(err)
	}
	second.resumeFrom(&back)
	clock = clock.Add(2 * time.Second)
	if got := second.elapsed(); got != 5*time.Second {
		t.Fatalf("resumed stage's training time %v, want 5s (3s before the checkpoint + 2s after)", got)
	}
	if got := second.state(nil).TrainNanos; got != int64(5*time.Second) {
		t.Fatalf("the next checkpoint records %v ns, want 5s", got)
	}
}
