package artifact

import (
	"bytes"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// randMatrix is a seeded matrix with distinct, non-round values so a
// misplaced copy shows.
func randMatrix(seed uint64, rows, cols int, labels bool) *Matrix {
	r := rand.New(rand.NewPCG(seed, 1))
	m := &Matrix{Rows: rows, Cols: cols, Data: make([]float32, rows*cols), Meta: map[string]string{
		"source": "test", "shape": "x", MetaProducer: "stage.t (test)",
	}}
	for i := range m.Data {
		m.Data[i] = r.Float32()*2 - 1
	}
	if labels {
		m.Labels = make([]int32, rows)
		for i := range m.Labels {
			m.Labels[i] = int32(r.IntN(10))
		}
	}
	return m
}

func TestMatrixRoundtrip(t *testing.T) {
	special := &Matrix{Rows: 2, Cols: 3, Data: []float32{
		float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)),
		-0.0, math.MaxFloat32, math.SmallestNonzeroFloat32,
	}, Labels: []int32{math.MinInt32, math.MaxInt32}}
	tests := []struct {
		name       string
		m          *Matrix
		batchBytes int
	}{
		{"labels", randMatrix(1, 50, 7, true), maxBatchBytes},
		{"nolabels", randMatrix(2, 50, 7, false), maxBatchBytes},
		{"multibatch", randMatrix(3, 103, 5, true), 4 * 5 * 10}, // 10 rows per batch, last short
		{"onerowperbatch", randMatrix(4, 3, 4, true), 1},
		{"empty", &Matrix{Rows: 0, Cols: 4, Labels: []int32{}}, maxBatchBytes},
		{"special", special, maxBatchBytes},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "m.arrow")
			if err := writeMatrix(p, tc.m, tc.batchBytes); err != nil {
				t.Fatal(err)
			}
			got, err := ReadMatrix(p)
			if err != nil {
				t.Fatal(err)
			}
			if got.Rows != tc.m.Rows || got.Cols != tc.m.Cols {
				t.Fatalf("shape %dx%d, want %dx%d", got.Rows, got.Cols, tc.m.Rows, tc.m.Cols)
			}
			// Exact bit equality (NaN payloads and -0 included): tolerance 0.
			for i := range tc.m.Data {
				if math.Float32bits(got.Data[i]) != math.Float32bits(tc.m.Data[i]) {
					t.Fatalf("Data[%d] = %v, want %v", i, got.Data[i], tc.m.Data[i])
				}
			}
			if (got.Labels == nil) != (tc.m.Labels == nil) || !slicesEqual(got.Labels, tc.m.Labels) {
				t.Errorf("Labels = %v, want %v", got.Labels, tc.m.Labels)
			}
			if !metaEqual(got.Meta, tc.m.Meta) {
				t.Errorf("Meta = %v, want %v", got.Meta, tc.m.Meta)
			}
		})
	}
}

func slicesEqual[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// metaEqual treats nil and empty as equal (Read always returns a map).
func metaEqual(a, b map[string]string) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	return reflect.DeepEqual(a, b)
}

func TestMatrixWriteErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		m    *Matrix
		want string
	}{
		{"short data", &Matrix{Rows: 2, Cols: 3, Data: make([]float32, 5)}, "has 5 values, want 6"},
		{"labels", &Matrix{Rows: 2, Cols: 1, Data: make([]float32, 2), Labels: []int32{1}}, "1 labels for 2 rows"},
		{"zero cols", &Matrix{Rows: 0, Cols: 0}, "bad matrix shape"},
		{"reserved meta", &Matrix{Rows: 1, Cols: 1, Data: []float32{1}, Meta: map[string]string{MetaRows: "9"}}, "reserved"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name+".arrow")
			err := WriteMatrix(p, tc.m)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one containing %q", err, tc.want)
			}
			if _, err := os.Stat(p); err == nil {
				t.Errorf("a failed write left %s behind", p)
			}
		})
	}
}

func TestTensorsRoundtrip(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	vals := func(n int) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = r.Float32()
		}
		return v
	}
	ts := &Tensors{
		Names:  []string{"enc.0.w", "enc.0.b", "scalar", "empty", "dec.w"},
		Shapes: [][]int{{4, 3}, {3}, {}, {0, 5}, {2, 3, 4}},
		Data:   [][]float32{vals(12), vals(3), {7.5}, {}, vals(24)},
		Meta:   map[string]string{"arch": `{"kind":"mlp","hidden":[1024,32]}`},
	}
	for _, batchBytes := range []int{maxBatchBytes, 40} { // 40 bytes: several batches
		p := filepath.Join(t.TempDir(), "t.arrow")
		if err := writeTensors(p, ts, batchBytes); err != nil {
			t.Fatal(err)
		}
		got, err := ReadTensors(p)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Names, ts.Names) || !metaEqual(got.Meta, ts.Meta) {
			t.Errorf("names/meta = %v %v", got.Names, got.Meta)
		}
		for i := range ts.Names {
			if !slicesEqual(got.Shapes[i], ts.Shapes[i]) || !slicesEqual(got.Data[i], ts.Data[i]) {
				t.Errorf("batch limit %d: tensor %s = %v %v, want %v %v", batchBytes, ts.Names[i], got.Shapes[i], got.Data[i], ts.Shapes[i], ts.Data[i])
			}
		}
		if shape, data, ok := got.Get("scalar"); !ok || len(shape) != 0 || data[0] != 7.5 {
			t.Errorf("Get(scalar) = %v %v %v", shape, data, ok)
		}
	}
	bad := []struct {
		name string
		ts   *Tensors
	}{
		{"count mismatch", &Tensors{Names: []string{"a"}, Shapes: [][]int{{2}}, Data: [][]float32{{1}}}},
		{"duplicate", &Tensors{Names: []string{"a", "a"}, Shapes: [][]int{{1}, {1}}, Data: [][]float32{{1}, {1}}}},
		{"negative", &Tensors{Names: []string{"a"}, Shapes: [][]int{{-1}}, Data: [][]float32{{}}}},
		{"lengths", &Tensors{Names: []string{"a"}, Data: [][]float32{{1}}}},
	}
	for _, tc := range bad {
		if err := WriteTensors(filepath.Join(t.TempDir(), "x.arrow"), tc.ts); err == nil {
			t.Errorf("%s: WriteTensors succeeded", tc.name)
		}
	}
}

func TestMetricsRoundtrip(t *testing.T) {
	m := &Metrics{Rows: []Metric{
		{"parzen_ll", 282.3, 2.1, 10000},
		{"nan", math.NaN(), math.Inf(1), 0},
		{"neg", -1e-300, 0, -1},
	}, Meta: map[string]string{"sigma": "0.2"}}
	p := filepath.Join(t.TempDir(), "m.arrow")
	if err := WriteMetrics(p, m); err != nil {
		t.Fatal(err)
	}
	got, err := ReadMetrics(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Rows) != 3 || !metaEqual(got.Meta, m.Meta) {
		t.Fatalf("got %+v", got)
	}
	for i, r := range m.Rows {
		g := got.Rows[i]
		if g.Name != r.Name || math.Float64bits(g.Value) != math.Float64bits(r.Value) ||
			math.Float64bits(g.Stderr) != math.Float64bits(r.Stderr) || g.N != r.N {
			t.Errorf("row %d = %+v, want %+v", i, g, r)
		}
	}
	if v, ok := got.Get("parzen_ll"); !ok || v.Value != 282.3 {
		t.Errorf("Get = %v %v", v, ok)
	}
	// Empty metrics are a valid artifact.
	if err := WriteMetrics(p, &Metrics{}); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadMetrics(p); err != nil || len(got.Rows) != 0 {
		t.Errorf("empty: %v %v", got, err)
	}
}

func TestHistoryRoundtrip(t *testing.T) {
	h := &History{
		Iter:    []int64{0, 100, 200},
		Seconds: []float64{0.1, 10.5, 21},
		Terms:   []string{"loss", "mmd", "d_loss"},
		Values:  [][]float64{{3, 2, 1}, {0.5, 0.25, 0.125}, {math.NaN(), 1, 2}},
		Meta:    map[string]string{"every": "100"},
	}
	p := filepath.Join(t.TempDir(), "h.arrow")
	if err := WriteHistory(p, h); err != nil {
		t.Fatal(err)
	}
	got, err := ReadHistory(p)
	if err != nil {
		t.Fatal(err)
	}
	if !slicesEqual(got.Iter, h.Iter) || !slicesEqual(got.Seconds, h.Seconds) || !slicesEqual(got.Terms, h.Terms) || !metaEqual(got.Meta, h.Meta) {
		t.Fatalf("got %+v", got)
	}
	for k := range h.Terms {
		for i := range h.Iter {
			if math.Float64bits(got.Values[k][i]) != math.Float64bits(h.Values[k][i]) {
				t.Errorf("%s[%d] = %v, want %v", h.Terms[k], i, got.Values[k][i], h.Values[k][i])
			}
		}
	}
	// Seconds is optional (nil: no seconds column, so a seeded run's history
	// is byte-identical across runs).
	noSec := &History{Iter: []int64{5, 6}, Terms: []string{"loss"}, Values: [][]float64{{1, 2}}}
	if err := WriteHistory(p, noSec); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadHistory(p); err != nil || got.Seconds != nil || !slicesEqual(got.Iter, noSec.Iter) || !slicesEqual(got.Values[0], noSec.Values[0]) {
		t.Errorf("history without seconds = %+v, %v", got, err)
	}
	for _, bad := range []*History{
		{Iter: []int64{1}, Seconds: []float64{1, 2}},
		{Iter: []int64{1}, Seconds: []float64{1}, Terms: []string{"iter"}, Values: [][]float64{{1}}},
		{Iter: []int64{1}, Seconds: []float64{1}, Terms: []string{"a"}, Values: [][]float64{{1, 2}}},
	} {
		if err := WriteHistory(p, bad); err == nil {
			t.Errorf("WriteHistory(%+v) succeeded", bad)
		}
	}
}

func TestFilesRoundtrip(t *testing.T) {
	f := &Files{
		Names: []string{"table1.md", "table1.csv", "img/grid.png", "empty.txt"},
		Data:  [][]byte{[]byte("| a |\n"), []byte("a,b\n"), {0x89, 'P', 'N', 'G', 0, 1, 2}, {}},
		Meta:  map[string]string{"report": "table1"},
	}
	for _, batchBytes := range []int{maxBatchBytes, 5} {
		p := filepath.Join(t.TempDir(), "f.arrow")
		if err := writeFiles(p, f, batchBytes); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFiles(p)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Names, f.Names) || !reflect.DeepEqual(got.Data, f.Data) || !metaEqual(got.Meta, f.Meta) {
			t.Errorf("batch limit %d: got %q %q %v", batchBytes, got.Names, got.Data, got.Meta)
		}
	}
	for _, name := range []string{"../x", "/abs", "a//b", "", ".", "a/./b"} {
		if err := WriteFiles(filepath.Join(t.TempDir(), "f.arrow"), &Files{Names: []string{name}, Data: [][]byte{nil}}); err == nil {
			t.Errorf("WriteFiles accepted name %q", name)
		}
	}
}

// TestDeterministic: writing the same value twice gives identical bytes,
// including Meta maps with many keys (Go randomises map order per range).
func TestDeterministic(t *testing.T) {
	meta := map[string]string{}
	for i := 0; i < 30; i++ {
		meta[string(rune('a'+i%26))+strings.Repeat("k", i)] = strings.Repeat("v", i)
	}
	m := randMatrix(9, 20, 3, true)
	m.Meta = meta
	writers := map[string]func(p string) error{
		"matrix": func(p string) error { return WriteMatrix(p, m) },
		"tensors": func(p string) error {
			return WriteTensors(p, &Tensors{Names: []string{"w"}, Shapes: [][]int{{3}}, Data: [][]float32{{1, 2, 3}}, Meta: meta})
		},
		"metrics": func(p string) error { return WriteMetrics(p, &Metrics{Rows: []Metric{{"a", 1, 2, 3}}, Meta: meta}) },
		"history": func(p string) error {
			return WriteHistory(p, &History{Iter: []int64{1}, Seconds: []float64{2}, Terms: []string{"l"}, Values: [][]float64{{3}}, Meta: meta})
		},
		"files": func(p string) error {
			return WriteFiles(p, &Files{Names: []string{"a"}, Data: [][]byte{{1}}, Meta: meta})
		},
	}
	for name, w := range writers {
		dir := t.TempDir()
		var first []byte
		for i := 0; i < 5; i++ {
			p := filepath.Join(dir, "x.arrow")
			if err := w(p); err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(p)
			if i == 0 {
				first = b
			} else if !bytes.Equal(b, first) {
				t.Fatalf("%s: write %d differs from write 0", name, i)
			}
		}
	}
}

// TestWrongType: every reader refuses every other kind, naming the file and
// both types.
func TestWrongType(t *testing.T) {
	dir := t.TempDir()
	files := writeAllKinds(t, dir)
	readers := map[string]func(string) error{
		TypeMatrix:  func(p string) error { _, err := ReadMatrix(p); return err },
		TypeTensors: func(p string) error { _, err := ReadTensors(p); return err },
		TypeMetrics: func(p string) error { _, err := ReadMetrics(p); return err },
		TypeHistory: func(p string) error { _, err := ReadHistory(p); return err },
		TypeFiles:   func(p string) error { _, err := ReadFiles(p); return err },
	}
	for want, read := range readers {
		for got, p := range files {
			err := read(p)
			if got == want {
				if err != nil {
					t.Errorf("Read%s(%s): %v", want, got, err)
				}
				continue
			}
			if err == nil {
				t.Errorf("reading a %s as %s succeeded", got, want)
				continue
			}
			msg := err.Error()
			if !strings.Contains(msg, p) || !strings.Contains(msg, `"`+got+`"`) || !strings.Contains(msg, `"`+want+`"`) {
				t.Errorf("error %q should name %s, %q and %q", msg, p, got, want)
			}
		}
	}
}

// writeAllKinds writes one small artifact of each kind; it returns type -> path.
func writeAllKinds(t testing.TB, dir string) map[string]string {
	out := map[string]string{}
	must := func(typ string, err error) {
		if err != nil {
			t.Fatalf("write %s: %v", typ, err)
		}
	}
	out[TypeMatrix] = filepath.Join(dir, "matrix.arrow")
	must(TypeMatrix, WriteMatrix(out[TypeMatrix], randMatrix(7, 6, 4, true)))
	out[TypeTensors] = filepath.Join(dir, "tensors.arrow")
	must(TypeTensors, WriteTensors(out[TypeTensors], &Tensors{
		Names: []string{"w", "b"}, Shapes: [][]int{{2, 3}, {3}},
		Data: [][]float32{{1, 2, 3, 4, 5, 6}, {0.5, -0.5, 0}}, Meta: map[string]string{"arch": "mlp"},
	}))
	out[TypeMetrics] = filepath.Join(dir, "metrics.arrow")
	must(TypeMetrics, WriteMetrics(out[TypeMetrics], &Metrics{Rows: []Metric{{"ll", 282, 2, 1000}, {"mmd", 0.01, 0.001, 500}}}))
	out[TypeHistory] = filepath.Join(dir, "history.arrow")
	must(TypeHistory, WriteHistory(out[TypeHistory], &History{
		Iter: []int64{0, 10, 20}, Seconds: []float64{0, 1.5, 3}, Terms: []string{"loss"}, Values: [][]float64{{2, 1, 0.5}},
	}))
	out[TypeFiles] = filepath.Join(dir, "files.arrow")
	must(TypeFiles, WriteFiles(out[TypeFiles], &Files{Names: []string{"r.md", "r.csv"}, Data: [][]byte{[]byte("# r\n"), []byte("a\n")}}))
	return out
}

func TestReadGarbage(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(writeAllKinds(t, dir)[TypeMatrix])
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string][]byte{
		"empty":     {},
		"text":      []byte("hello, not arrow"),
		"magiconly": []byte("ARROW1\x00\x00ARROW1"),
		"truncated": good[:len(good)/2],
		"headonly":  good[:16],
		"tailonly":  good[len(good)-40:],
	}
	flipped := append([]byte(nil), good...)
	for i := len(flipped) - 200; i < len(flipped)-10; i += 7 {
		flipped[i] ^= 0x5a
	}
	tests["flippedfooter"] = flipped
	for name, b := range tests {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		if _, err := ReadMatrix(p); err == nil {
			t.Errorf("%s: ReadMatrix succeeded", name)
		} else if !strings.Contains(err.Error(), p) {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
		if _, err := Describe(p); err == nil {
			t.Errorf("%s: Describe succeeded", name)
		}
	}
	if _, err := ReadMatrix(filepath.Join(dir, "missing")); err == nil {
		t.Error("ReadMatrix(missing) succeeded")
	}
}

func TestDescribe(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "m.arrow")
	// 7 rows of 8 values: row i is i*8 .. i*8+7, so over all values
	// min 0, max 55, mean 27.5 (closed form: mean of 0..55); labels 0..6,
	// mean 3. Tolerance: exact (these are small integers in float64).
	m := &Matrix{Rows: 7, Cols: 8, Data: make([]float32, 56), Labels: []int32{0, 1, 2, 3, 4, 5, 6},
		Meta: map[string]string{"source": "ramp", "z": strings.Repeat("long ", 100)}}
	for i := range m.Data {
		m.Data[i] = float32(i)
	}
	if err := WriteMatrix(p, m); err != nil {
		t.Fatal(err)
	}
	s, err := Describe(p)
	if err != nil {
		t.Fatal(err)
	}
	if s.Type != TypeMatrix || s.Rows != 7 || len(s.Head) != headRows || len(s.Fields) != 2 {
		t.Fatalf("summary = %+v", s)
	}
	wantKeys := []string{MetaCols, MetaRows, MetaType, "source", "z"}
	for i, kv := range s.Meta {
		if kv.Key != wantKeys[i] {
			t.Errorf("Meta[%d] = %s, want %s (sorted)", i, kv.Key, wantKeys[i])
		}
	}
	if got := s.Head[1][0]; got != "[8, 9, 10, 11, 12, … 3 more]" {
		t.Errorf("head x cell = %q", got)
	}
	wantStats := []Stat{{Column: "x", Count: 56, Min: 0, Mean: 27.5, Max: 55}, {Column: "label", Count: 7, Min: 0, Mean: 3, Max: 6}}
	for i, w := range wantStats {
		g := s.Stats[i]
		if g.Column != w.Column || g.Count != w.Count || g.Min != w.Min || g.Mean != w.Mean || g.Max != w.Max {
			t.Errorf("stats[%d] = %+v, want %+v", i, g, w)
		}
	}
	var out bytes.Buffer
	if err := s.Format(&out); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{"type:", "matrix", "x ", "fixed_size_list", "ganpipe.rows", "head (5 of 7 rows)", "27.5", "… (500 chars)"} {
		if !strings.Contains(text, want) {
			t.Errorf("Format output lacks %q:\n%s", want, text)
		}
	}

	// Every kind describes without error, and tables show their strings.
	for typ, p := range writeAllKinds(t, dir) {
		s, err := Describe(p)
		if err != nil || s.Type != typ {
			t.Errorf("Describe(%s) = %+v, %v", typ, s, err)
			continue
		}
		out.Reset()
		s.Format(&out)
		if typ == TypeFiles && !strings.Contains(out.String(), "<4 bytes>") {
			t.Errorf("files head should show blob sizes:\n%s", out.String())
		}
		if typ == TypeMetrics && !strings.Contains(out.String(), `"ll"`) {
			t.Errorf("metrics head should show names:\n%s", out.String())
		}
	}
}

// TestStringsSurviveBatchReuse: the reader reuses a batch's body buffer for
// the next batch, so anything kept from a batch must be a copy. arrow-go's
// String.Value aliases the buffer; names read from an early batch would
// change when a later batch is decoded. Bodies here are over the 1 MiB
// reuse threshold, with one tensor / file per batch.
func TestStringsSurviveBatchReuse(t *testing.T) {
	const n = 400_000 // 1.6 MB per tensor
	ts := &Tensors{Names: []string{"first", "second", "third"}, Shapes: [][]int{{n}, {n}, {n}},
		Data: [][]float32{make([]float32, n), make([]float32, n), make([]float32, n)}}
	p := filepath.Join(t.TempDir(), "t.arrow")
	if err := writeTensors(p, ts, 4*n); err != nil {
		t.Fatal(err)
	}
	got, err := ReadTensors(p)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Names, ts.Names) {
		t.Errorf("tensor names = %q, want %q", got.Names, ts.Names)
	}
	big := bytes.Repeat([]byte{7}, 1_600_000)
	f := &Files{Names: []string{"a.png", "b.png", "c.png"}, Data: [][]byte{big, big, big}}
	if err := writeFiles(p, f, len(big)); err != nil {
		t.Fatal(err)
	}
	gf, err := ReadFiles(p)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gf.Names, f.Names) || !bytes.Equal(gf.Data[0], big) {
		t.Errorf("file names = %q (data[0] intact: %v)", gf.Names, bytes.Equal(gf.Data[0], big))
	}
}
