package artifact

// Each artifact type has Write<T>(path, *T) and Read<T>(path) (*T, error).
// Writes are deterministic: the same value gives the same bytes.
// Describe(path) summarises any artifact for `ganpipe show`.

import (
	"bufio"
	"fmt"
	"io"
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
// split into batches well below that; small batches also keep the reader's
// working buffer small.
const maxBatchBytes = 16 << 20

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

// table is an open Arrow file whose batches are decoded one at a time, so
// reading a large matrix holds one batch body (reused across batches, see
// reuseAllocator) plus the result, not the whole file twice.
type table struct {
	path   string
	schema *arrow.Schema
	meta   map[string]string // schema metadata, reserved keys included
	r      *ipc.FileReader
	file   *os.File // nil when decoding from memory
	rows   int64    // set by each once it has visited every batch
	bytes  int64    // file size
	src    io.ReaderAt
	blocks []fileBlock // record batch blocks, from verifyFooter
}

func (t *table) size() int64 { return t.bytes }

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

// noNulls fails if any of the columns has nulls in b: our types have no
// way to represent a missing value.
func (t *table) noNulls(b arrow.RecordBatch, cols ...int) error {
	for _, c := range cols {
		if b.Column(c).NullN() > 0 {
			return fmt.Errorf("artifact: %s: column %q has nulls", t.path, t.schema.Field(c).Name)
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

// readArrow opens the Arrow IPC file at path and checks that its
// ganpipe.type is want (any type if want is ""). The caller must close it.
func readArrow(path, want string) (*table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("artifact: %w", err)
	}
	t, err := decodeArrow(path, f, want)
	if err != nil {
		f.Close()
		return nil, err
	}
	t.file = f
	return t, nil
}

// decodeArrow reads the footer and schema from r. Panics inside the Arrow
// library on malformed input become errors.
func decodeArrow(path string, r ipc.ReadAtSeeker, want string) (t *table, err error) {
	defer func() {
		if p := recover(); p != nil {
			t, err = nil, fmt.Errorf("artifact: %s: malformed Arrow file: %v", path, p)
		}
	}()
	size, err := r.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, fmt.Errorf("artifact: %s: %w", path, err)
	}
	blocks, err := verifyFooter(r, size)
	if err != nil {
		return nil, fmt.Errorf("artifact: %s: not an Arrow IPC file: %w", path, err)
	}
	// Block sizes are checked against the file size by the reader; the
	// limits only need to admit our large batches.
	fr, err := ipc.NewFileReader(r,
		ipc.WithAllocator(&reuseAllocator{}),
		ipc.WithBodySizeLimit(size+1),
		ipc.WithMetadataSizeLimit(size+1))
	if err != nil {
		return nil, fmt.Errorf("artifact: %s: not an Arrow IPC file: %w", path, err)
	}
	t = &table{path: path, schema: fr.Schema(), meta: map[string]string{}, r: fr, bytes: size, src: r, blocks: blocks}
	md := t.schema.Metadata()
	for i, k := range md.Keys() {
		t.meta[k] = md.Values()[i]
	}
	if want != "" {
		got, ok := t.meta[MetaType]
		if !ok {
			fr.Close()
			return nil, fmt.Errorf("artifact: %s: not a ganpipe artifact (no %s metadata), want a %q artifact", path, MetaType, want)
		}
		if got != want {
			fr.Close()
			return nil, fmt.Errorf("artifact: %s: is a %q artifact, want a %q artifact", path, got, want)
		}
	}
	return t, nil
}

// each decodes every batch in order, validates it in full (so fn may index
// buffers within the lengths arrow reports) and passes it to fn. The batch
// is released after fn returns: fn must copy what it keeps.
func (t *table) each(fn func(b arrow.RecordBatch) error) error {
	t.rows = 0
	for i := 0; i < t.r.NumRecords(); i++ {
		b, err := t.batch(i)
		if err != nil {
			return err
		}
		t.rows += b.NumRows()
		err = fn(b)
		b.Release()
		if err != nil {
			return err
		}
	}
	return nil
}

func (t *table) batch(i int) (b arrow.RecordBatch, err error) {
	defer func() {
		if p := recover(); p != nil {
			if b != nil {
				b.Release()
			}
			b, err = nil, fmt.Errorf("artifact: %s: batch %d: malformed: %v", t.path, i, p)
		}
	}()
	if i < len(t.blocks) {
		if err := verifyMessage(t.src, t.bytes, t.blocks[i]); err != nil {
			return nil, fmt.Errorf("artifact: %s: batch %d: %w", t.path, i, err)
		}
	}
	b, err = t.r.RecordBatchAt(i)
	if err != nil {
		return nil, fmt.Errorf("artifact: %s: batch %d: %w", t.path, i, err)
	}
	if err := array.ValidateRecordFull(b); err != nil {
		b.Release()
		return nil, fmt.Errorf("artifact: %s: batch %d: %w", t.path, i, err)
	}
	if !b.Schema().Equal(t.schema) {
		b.Release()
		return nil, fmt.Errorf("artifact: %s: batch %d has a different schema", t.path, i)
	}
	return b, nil
}

func (t *table) close() {
	t.r.Close()
	if t.file != nil {
		t.file.Close()
	}
}

// reuseAllocator hands freed buffers out again, so decoding batch after
// batch reuses one body buffer instead of faulting in fresh pages for each
// (fresh pages cost more than the copy on this kind of machine). It also
// refuses allocations over maxAlloc: a garbage or hostile compressed buffer
// can claim any uncompressed size, and a failed huge allocation is fatal,
// not a panic. Used by one reader on one goroutine.
type reuseAllocator struct {
	free [][]byte
}

func (a *reuseAllocator) Allocate(size int) []byte {
	if size < 0 || size > maxAlloc {
		panic(fmt.Sprintf("refusing to allocate %d bytes", size))
	}
	for i, b := range a.free {
		if cap(b) >= size {
			a.free = append(a.free[:i], a.free[i+1:]...)
			b = b[:size]
			clear(b)
			return b
		}
	}
	return memory.DefaultAllocator.Allocate(size)
}

func (a *reuseAllocator) Reallocate(size int, b []byte) []byte {
	if cap(b) >= size {
		return b[:size]
	}
	nb := a.Allocate(size)
	copy(nb, b)
	a.Free(b)
	return nb
}

// Free keeps large buffers for reuse; small ones go to the GC.
func (a *reuseAllocator) Free(b []byte) {
	if cap(b) >= 1<<20 && len(a.free) < 4 {
		a.free = append(a.free, b[:0])
	}
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
