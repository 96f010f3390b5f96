package artifact

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// WriteMetrics writes m to path, one row per metric in the given order.
func WriteMetrics(path string, m *Metrics) error {
	md, err := schemaMeta(TypeMetrics, m.Meta, nil)
	if err != nil {
		return fmt.Errorf("artifact: write %s: %w", path, err)
	}
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "name", Type: arrow.BinaryTypes.String},
		{Name: "value", Type: arrow.PrimitiveTypes.Float64},
		{Name: "stderr", Type: arrow.PrimitiveTypes.Float64},
		{Name: "n", Type: arrow.PrimitiveTypes.Int64},
	}, &md)
	b := array.NewRecordBuilder(memory.DefaultAllocator, schema)
	defer b.Release()
	for _, r := range m.Rows {
		b.Field(0).(*array.StringBuilder).Append(r.Name)
		b.Field(1).(*array.Float64Builder).Append(r.Value)
		b.Field(2).(*array.Float64Builder).Append(r.Stderr)
		b.Field(3).(*array.Int64Builder).Append(r.N)
	}
	if err := writeArrow(path, schema, []arrow.RecordBatch{b.NewRecordBatch()}); err != nil {
		return fmt.Errorf("artifact: write %s: %w", path, err)
	}
	return nil
}

// ReadMetrics reads a metrics artifact.
func ReadMetrics(path string) (*Metrics, error) {
	t, err := readArrow(path, TypeMetrics)
	if err != nil {
		return nil, err
	}
	defer t.close()
	return t.metrics()
}

func (t *table) metrics() (*Metrics, error) {
	var err error
	var idx [4]int
	for i, c := range []struct {
		name, desc string
		dt         arrow.DataType
	}{
		{"name", "utf8", arrow.BinaryTypes.String},
		{"value", "float64", arrow.PrimitiveTypes.Float64},
		{"stderr", "float64", arrow.PrimitiveTypes.Float64},
		{"n", "int64", arrow.PrimitiveTypes.Int64},
	} {
		if idx[i], err = t.column(c.name, c.desc, isType(c.dt)); err != nil {
			return nil, err
		}
	}
	m := &Metrics{Meta: t.userMeta(), Rows: []Metric{}}
	err = t.each(func(b arrow.RecordBatch) error {
		if err := t.noNulls(b, idx[:]...); err != nil {
			return err
		}
		names := b.Column(idx[0]).(*array.String)
		vals := b.Column(idx[1]).(*array.Float64).Float64Values()
		errs := b.Column(idx[2]).(*array.Float64).Float64Values()
		ns := b.Column(idx[3]).(*array.Int64).Int64Values()
		for r := 0; r < names.Len(); r++ {
			m.Rows = append(m.Rows, Metric{Name: strings.Clone(names.Value(r)), Value: vals[r], Stderr: errs[r], N: ns[r]})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// WriteHistory writes h to path.
func WriteHistory(path string, h *History) error {
	n := len(h.Iter)
	// Seconds is optional: stages leave wall time out (it lives in the cache
	// manifest) so that the same seed gives byte-identical artifacts.
	hasSeconds := h.Seconds != nil
	if hasSeconds && len(h.Seconds) != n {
		return fmt.Errorf("artifact: write %s: %d iters but %d seconds", path, n, len(h.Seconds))
	}
	if len(h.Values) != len(h.Terms) {
		return fmt.Errorf("artifact: write %s: %d terms but %d value columns", path, len(h.Terms), len(h.Values))
	}
	fields := []arrow.Field{{Name: "iter", Type: arrow.PrimitiveTypes.Int64}}
	if hasSeconds {
		fields = append(fields, arrow.Field{Name: "seconds", Type: arrow.PrimitiveTypes.Float64})
	}
	seen := map[string]bool{"iter": true, "seconds": true}
	for i, term := range h.Terms {
		if term == "" || seen[term] {
			return fmt.Errorf("artifact: write %s: empty, duplicate or reserved term name %q", path, term)
		}
		seen[term] = true
		if len(h.Values[i]) != n {
			return fmt.Errorf("artifact: write %s: term %q has %d values for %d iters", path, term, len(h.Values[i]), n)
		}
		fields = append(fields, arrow.Field{Name: term, Type: arrow.PrimitiveTypes.Float64})
	}
	md, err := schemaMeta(TypeHistory, h.Meta, nil)
	if err != nil {
		return fmt.Errorf("artifact: write %s: %w", path, err)
	}
	schema := arrow.NewSchema(fields, &md)
	b := array.NewRecordBuilder(memory.DefaultAllocator, schema)
	defer b.Release()
	b.Field(0).(*array.Int64Builder).AppendValues(h.Iter, nil)
	first := 1
	if hasSeconds {
		b.Field(1).(*array.Float64Builder).AppendValues(h.Seconds, nil)
		first = 2
	}
	for i := range h.Terms {
		b.Field(first+i).(*array.Float64Builder).AppendValues(h.Values[i], nil)
	}
	if err := writeArrow(path, schema, []arrow.RecordBatch{b.NewRecordBatch()}); err != nil {
		return fmt.Errorf("artifact: write %s: %w", path, err)
	}
	return nil
}

// ReadHistory reads a history artifact: every float64 column after iter and
// seconds is a term, in schema order.
func ReadHistory(path string) (*History, error) {
	t, err := readArrow(path, TypeHistory)
	if err != nil {
		return nil, err
	}
	defer t.close()
	return t.history()
}

func (t *table) history() (*History, error) {
	var err error
	ii, err := t.column("iter", "int64", isType(arrow.PrimitiveTypes.Int64))
	if err != nil {
		return nil, err
	}
	si := -1 // the seconds column is optional
	if t.schema.HasField("seconds") {
		if si, err = t.column("seconds", "float64", isType(arrow.PrimitiveTypes.Float64)); err != nil {
			return nil, err
		}
	}
	h := &History{Meta: t.userMeta(), Iter: []int64{}}
	if si >= 0 {
		h.Seconds = []float64{}
	}
	var terms []int
	for i, f := range t.schema.Fields() {
		if i == ii || i == si {
			continue
		}
		if _, err := t.column(f.Name, "float64", isType(arrow.PrimitiveTypes.Float64)); err != nil {
			return nil, err
		}
		terms = append(terms, i)
		h.Terms = append(h.Terms, f.Name)
		h.Values = append(h.Values, []float64{})
	}
	cols := append([]int{ii}, terms...)
	if si >= 0 {
		cols = append(cols, si)
	}
	err = t.each(func(b arrow.RecordBatch) error {
		if err := t.noNulls(b, cols...); err != nil {
			return err
		}
		h.Iter = append(h.Iter, b.Column(ii).(*array.Int64).Int64Values()...)
		if si >= 0 {
			h.Seconds = append(h.Seconds, b.Column(si).(*array.Float64).Float64Values()...)
		}
		for k, c := range terms {
			h.Values[k] = append(h.Values[k], b.Column(c).(*array.Float64).Float64Values()...)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return h, nil
}

// WriteFiles writes fs to path. Names must be clean relative slash paths
// (io/fs.ValidPath), so extracting them cannot escape a directory.
func WriteFiles(path string, f *Files) error { return writeFiles(path, f, maxBatchBytes) }

func writeFiles(path string, f *Files, batchBytes int) error {
	if len(f.Data) != len(f.Names) {
		return fmt.Errorf("artifact: write %s: %d names but %d blobs", path, len(f.Names), len(f.Data))
	}
	seen := map[string]bool{}
	for _, name := range f.Names {
		if !fs.ValidPath(name) || name == "." || seen[name] {
			return fmt.Errorf("artifact: write %s: invalid or duplicate file name %q", path, name)
		}
		seen[name] = true
	}
	md, err := schemaMeta(TypeFiles, f.Meta, nil)
	if err != nil {
		return fmt.Errorf("artifact: write %s: %w", path, err)
	}
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "name", Type: arrow.BinaryTypes.String},
		{Name: "data", Type: arrow.BinaryTypes.Binary},
	}, &md)
	b := array.NewRecordBuilder(memory.DefaultAllocator, schema)
	defer b.Release()
	var batches []arrow.RecordBatch
	size := 0
	for i, name := range f.Names {
		if size > 0 && size+len(f.Data[i]) > batchBytes {
			batches = append(batches, b.NewRecordBatch())
			size = 0
		}
		b.Field(0).(*array.StringBuilder).Append(name)
		b.Field(1).(*array.BinaryBuilder).Append(f.Data[i])
		size += len(f.Data[i])
	}
	if b.Field(0).Len() > 0 || len(batches) == 0 {
		batches = append(batches, b.NewRecordBatch())
	}
	if err := writeArrow(path, schema, batches); err != nil {
		return fmt.Errorf("artifact: write %s: %w", path, err)
	}
	return nil
}

// ReadFiles reads a files artifact.
func ReadFiles(path string) (*Files, error) {
	t, err := readArrow(path, TypeFiles)
	if err != nil {
		return nil, err
	}
	defer t.close()
	return t.files()
}

func (t *table) files() (*Files, error) {
	var err error
	ni, err := t.column("name", "utf8", isType(arrow.BinaryTypes.String))
	if err != nil {
		return nil, err
	}
	di, err := t.column("data", "binary", isType(arrow.BinaryTypes.Binary))
	if err != nil {
		return nil, err
	}
	f := &Files{Meta: t.userMeta()}
	seen := map[string]bool{}
	err = t.each(func(b arrow.RecordBatch) error {
		if err := t.noNulls(b, ni, di); err != nil {
			return err
		}
		names := b.Column(ni).(*array.String)
		data := b.Column(di).(*array.Binary)
		for r := 0; r < names.Len(); r++ {
			name := strings.Clone(names.Value(r)) // Value aliases the reused body buffer
			if !fs.ValidPath(name) || name == "." || seen[name] {
				return fmt.Errorf("artifact: %s: invalid or duplicate file name %q", t.path, name)
			}
			seen[name] = true
			f.Names = append(f.Names, name)
			f.Data = append(f.Data, append([]byte{}, data.Value(r)...))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return f, nil
}

// Get returns the file named name.
func (f *Files) Get(name string) ([]byte, bool) {
	for i, n := range f.Names {
		if n == name {
			return f.Data[i], true
		}
	}
	return nil, false
}
