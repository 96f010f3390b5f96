package blas

import (
	"sync/atomic"
	"testing"
	"time"
)

// TestTeamRunsEveryPartOnce: every part of a section runs exactly once and
// Run returns after all of them, for section sizes below, at and above the
// team size, with workers awake (back-to-back sections) and asleep (after a
// pause longer than spinWait), nested sections, a nil team and a closed one.
func TestTeamRunsEveryPartOnce(t *testing.T) {
	check := func(t *testing.T, team *Team, n int) {
		t.Helper()
		counts := make([]atomic.Int32, n)
		team.Run(n, func(i int) {
			time.Sleep(time.Duration(i%3) * 50 * time.Microsecond)
			counts[i].Add(1)
		})
		for i := range counts {
			if c := counts[i].Load(); c != 1 {
				t.Fatalf("n=%d: part %d ran %d times", n, i, c)
			}
		}
	}
	team := NewTeam(3)
	defer team.Close()
	if team.Size() != 3 {
		t.Fatalf("Size() = %d, want 3", team.Size())
	}
	for rep := 0; rep < 50; rep++ {
		for _, n := range []int{0, 1, 2, 3, 4, 7} {
			check(t, team, n)
		}
	}
	time.Sleep(3 * spinWait) // the workers block; Run must wake them
	check(t, team, 3)

	// Nested: a part starts its own section on the same team.
	var total atomic.Int32
	team.Run(3, func(int) {
		team.Run(3, func(int) { total.Add(1) })
	})
	if total.Load() != 9 {
		t.Fatalf("nested sections ran %d parts, want 9", total.Load())
	}

	var none *Team
	check(t, none, 4)
	if none.Size() != 1 {
		t.Fatalf("nil team Size() = %d", none.Size())
	}
	closed := NewTeam(2)
	closed.Close()
	time.Sleep(time.Millisecond)
	check(t, closed, 3)
}

// TestUseThreadsTeam: the split BLAS gets a team of the thread count, kept
// when the count does not change.
func TestUseThreadsTeam(t *testing.T) {
	defer Use()
	UseThreads(2)
	a := CurrentTeam()
	UseThreads(2)
	if b := CurrentTeam(); b != a {
		t.Errorf("UseThreads(2) twice made a new team")
	}
	UseThreads(1)
	if CurrentTeam() != nil {
		t.Errorf("one thread has a team")
	}
	if Backend() == "openblas" {
		UseThreads(3)
		if s := CurrentTeam().Size(); s != 3 {
			t.Errorf("team size %d, want 3", s)
		}
	}
}

// TestTeamFastPartsFinishOnce: parts that return at once let a worker finish
// before Run has handed out the section's next part. Run used to count only
// the parts handed out so far, so such a worker could bring the count to 0
// early and a later one close the section's done channel a second time
// (panic: close of closed channel, seen under -race with 3+ workers).
func TestTeamFastPartsFinishOnce(t *testing.T) {
	team := NewTeam(6)
	defer team.Close()
	var total atomic.Int64
	const sections, parts = 20000, 6
	for s := 0; s < sections; s++ {
		team.Run(parts, func(int) { total.Add(1) })
	}
	if got := total.Load(); got != sections*parts {
		t.Fatalf("ran %d parts, want %d", got, sections*parts)
	}
}
