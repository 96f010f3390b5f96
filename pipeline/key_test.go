package pipeline_test

import (
	"testing"

	"github.com/ganpipe/ganpipe/pipeline"
)

// TestFlattenRecordKeepsIntegersExact: explain prints a 64-bit seed as the
// key record holds it, not rounded through float64 (which turns
// 3496477586206792713 into 3496477586206792700).
func TestFlattenRecordKeepsIntegersExact(t *testing.T) {
	rec := &pipeline.Record{Kind: "k", KindVersion: "1", Config: []byte(`{"iters":40000,"lr":0.1,"sizes":[784,1024]}`), Seed: 3496477586206792713}
	_, b, err := rec.Key()
	if err != nil {
		t.Fatal(err)
	}
	fields, err := pipeline.FlattenRecord(b)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"seed": "3496477586206792713", "config.iters": "40000", "config.lr": "0.1", "config.sizes": "[784,1024]"}
	for _, kv := range fields {
		if w, ok := want[kv[0]]; ok && kv[1] != w {
			t.Errorf("%s = %s, want %s", kv[0], kv[1], w)
		}
		delete(want, kv[0])
	}
	if len(want) > 0 {
		t.Errorf("fields missing: %v", want)
	}
}
