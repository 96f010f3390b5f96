package runlog

import (
	"testing"
	"time"
)

func TestWriteListFind(t *testing.T) {
	dir := t.TempDir()
	t0 := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	var ids []string
	for i := range 3 {
		r := &Record{ID: NewID(t0.Add(time.Duration(i) * time.Hour)), Pipeline: "p", Started: t0.Add(time.Duration(i) * time.Hour),
			Metrics: map[string]float64{"ll.mean": float64(i)}}
		ids = append(ids, r.ID)
		if err := Write(dir, r); err != nil {
			t.Fatal(err)
		}
	}
	recs, err := List(dir)
	if err != nil || len(recs) != 3 {
		t.Fatalf("List: %d records, %v", len(recs), err)
	}
	for i, r := range recs {
		if r.ID != ids[i] {
			t.Errorf("record %d is %s, want %s (oldest first)", i, r.ID, ids[i])
		}
	}
	for name, want := range map[string]string{"latest": ids[2], "latest~0": ids[2], "latest~2": ids[0], ids[1]: ids[1], ids[1][:13]: ids[1]} {
		r, err := Find(recs, name)
		if err != nil || r.ID != want {
			t.Errorf("Find(%q) = %v, %v; want %s", name, r, err, want)
		}
	}
	for _, bad := range []string{"latest~3", "latest~x", "2026", "nope"} {
		if _, err := Find(recs, bad); err == nil {
			t.Errorf("Find(%q) found a run", bad)
		}
	}
	if k := Kept(recs, 2, time.Time{}); len(k) != 2 || k[0].ID != ids[1] {
		t.Errorf("Kept(2) = %d records", len(k))
	}
	if k := Kept(recs, 0, t0.Add(90*time.Minute)); len(k) != 1 || k[0].ID != ids[2] {
		t.Errorf("Kept(since) = %d records", len(k))
	}
}
