package artifact

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash"
	"hash/fnv"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// interopExpect is what check.mjs must find in one file. Types are written
// the way apache-arrow JS prints them.
type interopExpect struct {
	Format    string            `json:"format"`
	Rows      int               `json:"rows"`
	Batches   int               `json:"batches"`
	Fields    [][2]string       `json:"fields"`
	Metadata  map[string]string `json:"metadata"`
	Checksums map[string]string `json:"checksums"`
}

// colSum computes the checksum defined in check.mjs from Go values,
// independently of arrow-go.
type colSum struct{ h hash.Hash32 }

func newSum() *colSum { return &colSum{fnv.New32a()} }

func (c *colSum) u32(n int) { c.h.Write(binary.LittleEndian.AppendUint32(nil, uint32(n))) }
func (c *colSum) f32s(v []float32) {
	for _, x := range v {
		c.h.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(x)))
	}
}
func (c *colSum) i32(x int32) { c.h.Write(binary.LittleEndian.AppendUint32(nil, uint32(x))) }
func (c *colSum) i64(x int64) { c.h.Write(binary.LittleEndian.AppendUint64(nil, uint64(x))) }
func (c *colSum) f64(x float64) {
	c.h.Write(binary.LittleEndian.AppendUint64(nil, math.Float64bits(x)))
}
func (c *colSum) blob(b []byte) { c.u32(len(b)); c.h.Write(b) }
func (c *colSum) hex() string   { return fmt.Sprintf("%08x", c.h.Sum32()) }

func withReserved(meta map[string]string, kv ...string) map[string]string {
	out := map[string]string{}
	for k, v := range meta {
		out[k] = v
	}
	for i := 0; i < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

// writeInteropFixtures writes one or more artifacts of each kind into dir
// and returns what a foreign reader must see in each.
func writeInteropFixtures(t *testing.T, dir string) map[string]interopExpect {
	exp := map[string]interopExpect{}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	matrix := func(name string, m *Matrix, batchBytes, batches int) {
		must(writeMatrix(filepath.Join(dir, name), m, batchBytes))
		x := newSum()
		x.f32s(m.Data)
		e := interopExpect{
			Format: "file", Rows: m.Rows, Batches: batches,
			Fields:    [][2]string{{"x", fmt.Sprintf("FixedSizeList[%d]<Float32>", m.Cols)}},
			Metadata:  withReserved(m.Meta, MetaType, TypeMatrix, MetaRows, strconv.Itoa(m.Rows), MetaCols, strconv.Itoa(m.Cols)),
			Checksums: map[string]string{"x": x.hex()},
		}
		if m.Labels != nil {
			l := newSum()
			for _, v := range m.Labels {
				l.i32(v)
			}
			e.Fields = append(e.Fields, [2]string{"label", "Int32"})
			e.Checksums["label"] = l.hex()
		}
		exp[name] = e
	}
	m := randMatrix(11, 37, 784, true)
	m.Data[5] = float32(math.Inf(-1))
	m.Data[6] = -0.0
	matrix("matrix.arrow", m, maxBatchBytes, 1)
	matrix("matrix_batches.arrow", randMatrix(12, 25, 6, true), 4*6*10, 3) // 10+10+5 rows
	matrix("matrix_nolabels.arrow", randMatrix(13, 4, 3, false), maxBatchBytes, 1)

	ts := &Tensors{
		Names:  []string{"enc.w", "enc.b", "scalar"},
		Shapes: [][]int{{3, 4}, {4}, {}},
		Data:   [][]float32{randMatrix(14, 3, 4, false).Data, {0.5, -1, 2, 1e-7}, {3.25}},
		Meta:   map[string]string{"arch": `{"kind":"autoencoder","hidden":[1024,32]}`},
	}
	must(WriteTensors(filepath.Join(dir, "tensors.arrow"), ts))
	names, shapes, data := newSum(), newSum(), newSum()
	for i := range ts.Names {
		names.blob([]byte(ts.Names[i]))
		shapes.u32(len(ts.Shapes[i]))
		for _, d := range ts.Shapes[i] {
			shapes.i64(int64(d))
		}
		data.u32(len(ts.Data[i]))
		data.f32s(ts.Data[i])
	}
	exp["tensors.arrow"] = interopExpect{
		Format: "file", Rows: 3, Batches: 1,
		Fields:    [][2]string{{"name", "Utf8"}, {"shape", "List<Int64>"}, {"data", "List<Float32>"}},
		Metadata:  withReserved(ts.Meta, MetaType, TypeTensors),
		Checksums: map[string]string{"name": names.hex(), "shape": shapes.hex(), "data": data.hex()},
	}

	ms := &Metrics{Rows: []Metric{{"parzen_ll", 282.25, 2.125, 10000}, {"mmd²", 1e-3, 0, -5}}, Meta: map[string]string{"pipeline": "gmmn_ae"}}
	must(WriteMetrics(filepath.Join(dir, "metrics.arrow"), ms))
	mn, mv, me, mc := newSum(), newSum(), newSum(), newSum()
	for _, r := range ms.Rows {
		mn.blob([]byte(r.Name))
		mv.f64(r.Value)
		me.f64(r.Stderr)
		mc.i64(r.N)
	}
	exp["metrics.arrow"] = interopExpect{
		Format: "file", Rows: 2, Batches: 1,
		Fields:    [][2]string{{"name", "Utf8"}, {"value", "Float64"}, {"stderr", "Float64"}, {"n", "Int64"}},
		Metadata:  withReserved(ms.Meta, MetaType, TypeMetrics),
		Checksums: map[string]string{"name": mn.hex(), "value": mv.hex(), "stderr": me.hex(), "n": mc.hex()},
	}

	h := &History{Iter: []int64{0, 50, 100, 1 << 40}, Seconds: []float64{0, 1.5, 3.25, 4}, Terms: []string{"loss", "mmd"},
		Values: [][]float64{{2, 1, 0.5, 0.25}, {0.1, 0.01, 0.001, 0}}}
	must(WriteHistory(filepath.Join(dir, "history.arrow"), h))
	hi, hs, hl, hm := newSum(), newSum(), newSum(), newSum()
	for r := range h.Iter {
		hi.i64(h.Iter[r])
		hs.f64(h.Seconds[r])
		hl.f64(h.Values[0][r])
		hm.f64(h.Values[1][r])
	}
	exp["history.arrow"] = interopExpect{
		Format: "file", Rows: 4, Batches: 1,
		Fields:    [][2]string{{"iter", "Int64"}, {"seconds", "Float64"}, {"loss", "Float64"}, {"mmd", "Float64"}},
		Metadata:  map[string]string{MetaType: TypeHistory},
		Checksums: map[string]string{"iter": hi.hex(), "seconds": hs.hex(), "loss": hl.hex(), "mmd": hm.hex()},
	}

	fs := &Files{Names: []string{"table1.md", "grid.png"}, Data: [][]byte{[]byte("| model | ll |\n"), {0x89, 'P', 'N', 'G', 0, 0xff}}}
	must(WriteFiles(filepath.Join(dir, "files.arrow"), fs))
	fn, fd := newSum(), newSum()
	for i := range fs.Names {
		fn.blob([]byte(fs.Names[i]))
		fd.blob(fs.Data[i])
	}
	exp["files.arrow"] = interopExpect{
		Format: "file", Rows: 2, Batches: 1,
		Fields:    [][2]string{{"name", "Utf8"}, {"data", "Binary"}},
		Metadata:  map[string]string{MetaType: TypeFiles},
		Checksums: map[string]string{"name": fn.hex(), "data": fd.hex()},
	}

	b, err := json.MarshalIndent(exp, "", "  ")
	must(err)
	must(os.WriteFile(filepath.Join(dir, "expected.json"), b, 0o644))
	return exp
}

// TestInteropNode reads every artifact kind with apache-arrow JS. It skips
// when node or the npm packages are missing, unless GANPIPE_REQUIRE_INTEROP=1
// (set by testdata/interop/run.sh, which installs them first).
func TestInteropNode(t *testing.T) {
	if testing.Short() && os.Getenv("GANPIPE_REQUIRE_INTEROP") != "1" {
		t.Skip("interop test skipped in -short mode")
	}
	skip := func(msg string) {
		t.Helper()
		if os.Getenv("GANPIPE_REQUIRE_INTEROP") == "1" {
			t.Fatal(msg + " (GANPIPE_REQUIRE_INTEROP=1)")
		}
		t.Skip(msg + "; run artifact/testdata/interop/run.sh to set up and run this test")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		skip("node not found on PATH")
	}
	script, err := filepath.Abs("testdata/interop")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(script, "node_modules", "apache-arrow", "package.json")); err != nil {
		skip("apache-arrow is not installed in artifact/testdata/interop/node_modules (npm ci)")
	}
	dir := t.TempDir()
	exp := writeInteropFixtures(t, dir)
	cmd := exec.Command(node, "check.mjs", dir)
	cmd.Dir = script
	out, err := cmd.CombinedOutput()
	t.Logf("node check.mjs:\n%s", out)
	if err != nil {
		t.Fatalf("apache-arrow JS check failed: %v", err)
	}
	// The script must have checked every file, not exited early.
	files := make([]string, 0, len(exp))
	for f := range exp {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		if !strings.Contains(string(out), "ok   "+f+":") {
			t.Errorf("no ok line for %s", f)
		}
	}
	if want := fmt.Sprintf("all %d artifacts OK", len(exp)); !strings.Contains(string(out), want) {
		t.Errorf("output lacks %q", want)
	}
}
