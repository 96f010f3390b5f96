package artifact

// Each artifact type has Write<T>(path, *T) and Read<T>(path) (*T, error).
// Writes are deterministic: the same value gives the same bytes.
// Describe(path) summarises any artifact for `ganpipe show`.

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// Shape metadata written by WriteMatrix.
const (
	MetaRows = "ganpipe.rows"
	MetaCols = "ganpipe.cols"
)

// Values of MetaType.
const (
	TypeMatrix  = "matrix"
	TypeTensors = "tensors"
	TypeMetrics = "metrics"
	TypeHistory = "history"
	TypeFiles   = "files"
)

// reserved reports the metadata keys the writers own; Read strips them from
// Meta and Write refuses them in Meta, so Meta round-trips exactly.
func reserved(key string) bool {
	return key == MetaType || key == MetaRows || key == MetaCols
}

// maxBatchBytes bounds the body of one record batch. Arrow readers cap
// message bodies (arrow-go at 256 MiB by default), so large artifacts are
// split into batches well below that.
const maxBatchBytes = 64 << 20

// maxAlloc bounds any single allocation made while decoding. Our files are
// never compressed, so decoding allocates little; the cap stops a garbage or
// hostile compressed buffer that claims a huge uncompressed size from taking
// the process down (a failed huge allocation is fatal, not a panic).
const maxAlloc = 4 << 30

// schemaMeta builds the schema metadata: the user's Meta plus the reserved
// keys, sorted by key so the bytes do not depend on map order.
func schemaMeta(typ string, meta map[string]string, extra map[string]string) (arrow.Metadata, error) {
	all := map[string]string{MetaType: typ}
	for k, v := range meta {
		if reserved(k) {
			return arrow.Metadata{}, fmt.Errorf("metadata key %q is reserved", k)
		}
		all[k] = v
	}
	for k, v := range extra {
		all[k] = v
	}
	keys := make([]string, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	vals := make([]string, len(keys))
	for i, k := range keys {
		vals[i] = all[k]
	}
	return arrow.NewMetadata(keys, vals), nil
}

// writeArrow writes schema and batches as an Arrow IPC file at path. The
// batches are released.
func writeArrow(path string, schema *arrow.Schema, batches []arrow.RecordBatch) (err error) {
	defer func() {
		for _, b := range batches {
			b.Release()
		}
	}()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path)
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<20)
	w, err := ipc.NewFileWriter(bw, ipc.WithSchema(schema), ipc.WithAllocator(memory.DefaultAllocator))
	if err != nil {
		return err
	}
	for _, b := range batches {
		if err := w.Write(b); err != nil {
			w.Close()
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	return bw.Flush()
}

// table is a decoded Arrow file.
type table struct {
	path    string
	schema  *arrow.Schema
	meta    map[string]string // schema metadata, reserved keys included
	batches []arrow.RecordBatch
	rows    int64
}

// userMeta returns the metadata minus the reserved keys, never nil.
func (t *table) userMeta() map[string]string {
	m := make(map[string]string, len(t.meta))
	for k, v := range t.meta {
		if !reserved(k) {
			m[k] = v
		}
	}
	return m
}

// column returns the index of the named field after checking its type with
// ok; desc describes the wanted type for the error.
func (t *table) column(name string, desc string, ok func(arrow.DataType) bool) (int, error) {
	idx := t.schema.FieldIndices(name)
	if len(idx) == 0 {
		return -1, fmt.Errorf("artifact: %s: no column %q", t.path, name)
	}
	if len(idx) > 1 {
		return -1, fmt.Errorf("artifact: %s: %d columns named %q", t.path, len(idx), name)
	}
	if dt := t.schema.Field(idx[0]).Type; !ok(dt) {
		return -1, fmt.Errorf("artifact: %s: column %q has type %s, want %s", t.path, name, dt, desc)
	}
	return idx[0], nil
}

// noNulls fails if the column has nulls in any batch: our types have no
// way to represent a missing value.
func (t *table) noNulls(col int) error {
	for _, b := range t.batches {
		if b.Column(col).NullN() > 0 {
			return fmt.Errorf("artifact: %s: column %q has nulls", t.path, t.schema.Field(col).Name)
		}
	}
	return nil
}

func isType(want arrow.DataType) func(arrow.DataType) bool {
	return func(dt arrow.DataType) bool { return arrow.TypeEqual(dt, want) }
}

func isList(elem arrow.DataType) func(arrow.DataType) bool {
	return func(dt arrow.DataType) bool {
		l, ok := dt.(*arrow.ListType)
		return ok && arrow.TypeEqual(l.Elem(), elem)
	}
}

// readArrow decodes the Arrow IPC file at path and checks that its
// ganpipe.type is want (any type if want is ""). Every batch is validated
// in full, so callers may index the buffers within the lengths arrow
// reports. Panics inside the Arrow library on malformed input become errors.
func readArrow(path, want string) (t *table, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("artifact: %w", err)
	}
	return decodeArrow(path, data, want)
}

func decodeArrow(path string, data []byte, want string) (t *table, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, fmt.Errorf("artifact: %s: malformed Arrow file: %v", path, r)
		}
	}()
	// The mapped reader slices batches out of data (no second copy) and
	// checks every block against len(data).
	r, err := ipc.NewMappedFileReader(data,
		ipc.WithAllocator(limitAllocator{memory.NewGoAllocator()}),
		ipc.WithBodySizeLimit(int64(len(data))+1),
		ipc.WithMetadataSizeLimit(int64(len(data))+1))
	if err != nil {
		return nil, fmt.Errorf("artifact: %s: not an Arrow IPC file: %w", path, err)
	}
	defer r.Close()
	t = &table{path: path, schema: r.Schema(), meta: map[string]string{}}
	md := t.schema.Metadata()
	for i, k := range md.Keys() {
		t.meta[k] = md.Values()[i]
	}
	if want != "" {
		got, ok := t.meta[MetaType]
		if !ok {
			return nil, fmt.Errorf("artifact: %s: not a ganpipe artifact (no %s metadata), want a %q artifact", path, MetaType, want)
		}
		if got != want {
			return nil, fmt.Errorf("artifact: %s: is a %q artifact, want a %q artifact", path, got, want)
		}
	}
	for i := 0; i < r.NumRecords(); i++ {
		b, err := r.RecordBatchAt(i)
		if err != nil {
			t.release()
			return nil, fmt.Errorf("artifact: %s: batch %d: %w", path, i, err)
		}
		t.batches = append(t.batches, b)
		if err := array.ValidateRecordFull(b); err != nil {
			t.release()
			return nil, fmt.Errorf("artifact: %s: batch %d: %w", path, i, err)
		}
		if !b.Schema().Equal(t.schema) {
			t.release()
			return nil, fmt.Errorf("artifact: %s: batch %d has a different schema", path, i)
		}
		t.rows += b.NumRows()
	}
	return t, nil
}

func (t *table) release() {
	for _, b := range t.batches {
		b.Release()
	}
	t.batches = nil
}

// limitAllocator panics (which decodeArrow turns into an error) instead of
// attempting an allocation larger than maxAlloc.
type limitAllocator struct{ memory.Allocator }

func (a limitAllocator) Allocate(size int) []byte {
	if size < 0 || size > maxAlloc {
		panic(fmt.Sprintf("refusing to allocate %d bytes", size))
	}
	return a.Allocator.Allocate(size)
}

func (a limitAllocator) Reallocate(size int, b []byte) []byte {
	if size < 0 || size > maxAlloc {
		panic(fmt.Sprintf("refusing to allocate %d bytes", size))
	}
	return a.Allocator.Reallocate(size, b)
}

// metaInt parses an integer metadata value if present.
func (t *table) metaInt(key string) (int64, bool, error) {
	s, ok := t.meta[key]
	if !ok {
		return 0, false, nil
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 0 {
		return 0, true, fmt.Errorf("artifact: %s: metadata %s=%q is not a count", t.path, key, s)
	}
	return v, true, nil
}

// batchRows splits n items of the given size in bytes into [lo, hi) ranges
// of at most limit bytes (at least one item each); n == 0 gives one empty
// range so the file still has a batch.
func batchRows(n, itemBytes, limit int) [][2]int {
	per := 1
	if itemBytes > 0 && limit/itemBytes > 1 {
		per = limit / itemBytes
	}
	if n == 0 {
		return [][2]int{{0, 0}}
	}
	var out [][2]int
	for lo := 0; lo < n; lo += per {
		out = append(out, [2]int{lo, min(lo+per, n)})
	}
	return out
}
