package artifact

import (
	"bytes"
	"os"
	"testing"
	"time"
)

// Fuzz targets: decoding arbitrary bytes must return an error or a value,
// never panic or allocate without bound. Each is seeded with real files of
// every kind (the wrong kinds exercise the type checks) and truncations.
// They call the same decode path as Read* minus os.ReadFile.

func seedFuzz(f *testing.F) {
	for _, p := range writeAllKinds(f, f.TempDir()) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)-len(b)/3])
	}
	f.Add([]byte("ARROW1\x00\x00"))
}

func fuzzDecode[T any](f *testing.F, typ string, conv func(*table) (T, error)) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		defer notSlow(t, time.Now())
		tb, err := decodeArrow("fuzz.arrow", bytes.NewReader(data), typ)
		if err != nil {
			return
		}
		defer tb.close()
		if _, err := conv(tb); err != nil {
			return
		}
	})
}

func FuzzReadMatrix(f *testing.F) {
	fuzzDecode(f, TypeMatrix, (*table).matrix)
}

func FuzzReadTensors(f *testing.F) {
	fuzzDecode(f, TypeTensors, (*table).tensors)
}

func FuzzReadMetrics(f *testing.F) {
	fuzzDecode(f, TypeMetrics, (*table).metrics)
}

func FuzzReadHistory(f *testing.F) {
	fuzzDecode(f, TypeHistory, (*table).history)
}

func FuzzReadFiles(f *testing.F) {
	fuzzDecode(f, TypeFiles, (*table).files)
}

// FuzzDescribe covers the generic path used by `ganpipe show` (Describe
// minus the file read), which accepts any schema; the type check is off, so
// mutated schemas reach the head formatting and statistics.
func FuzzDescribe(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		defer notSlow(t, time.Now())
		tb, err := decodeArrow("fuzz.arrow", bytes.NewReader(data), "")
		if err != nil {
			return
		}
		defer tb.close()
		if s, err := tb.describe(int64(len(data))); err == nil {
			s.Format(discard{})
		}
	})
}

// notSlow fails an input that takes seconds: decoding a small file must
// not loop or allocate in proportion to lengths it merely claims. The bound
// is loose because the machine may be loaded.
func notSlow(t *testing.T, start time.Time) {
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("decoding took %v", d)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
