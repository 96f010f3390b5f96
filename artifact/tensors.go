package artifact

import (
	"fmt"
	"math"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

func tensorsSchema(md arrow.Metadata) *arrow.Schema {
	return arrow.NewSchema([]arrow.Field{
		{Name: "name", Type: arrow.BinaryTypes.String},
		{Name: "shape", Type: arrow.ListOf(arrow.PrimitiveTypes.Int64)},
		{Name: "data", Type: arrow.ListOf(arrow.PrimitiveTypes.Float32)},
	}, &md)
}

// numel is the element count of shape, or an error for negative dims or
// overflow.
func numel(shape []int) (int, error) {
	n := 1
	for _, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("negative dimension in shape %v", shape)
		}
		if d != 0 && n > math.MaxInt32/d {
			return 0, fmt.Errorf("shape %v has too many elements", shape)
		}
		n *= d
	}
	return n, nil
}

// WriteTensors writes ts to path, one row per tensor in the given order.
func WriteTensors(path string, ts *Tensors) error { return writeTensors(path, ts, maxBatchBytes) }

func writeTensors(path string, ts *Tensors, batchBytes int) error {
	if len(ts.Shapes) != len(ts.Names) || len(ts.Data) != len(ts.Names) {
		return fmt.Errorf("artifact: write %s: %d names, %d shapes, %d data", path, len(ts.Names), len(ts.Shapes), len(ts.Data))
	}
	seen := map[string]bool{}
	for i, name := range ts.Names {
		if name == "" || seen[name] {
			return fmt.Errorf("artifact: write %s: tensor %d: empty or duplicate name %q", path, i, name)
		}
		seen[name] = true
		n, err := numel(ts.Shapes[i])
		if err != nil {
			return fmt.Errorf("artifact: write %s: tensor %q: %w", path, name, err)
		}
		if n != len(ts.Data[i]) {
			return fmt.Errorf("artifact: write %s: tensor %q has shape %v (%d values) but %d values", path, name, ts.Shapes[i], n, len(ts.Data[i]))
		}
	}
	md, err := schemaMeta(TypeTensors, ts.Meta, nil)
	if err != nil {
		return fmt.Errorf("artifact: write %s: %w", path, err)
	}
	schema := tensorsSchema(md)
	var batches []arrow.RecordBatch
	b := array.NewRecordBuilder(memory.DefaultAllocator, schema)
	defer b.Release()
	names := b.Field(0).(*array.StringBuilder)
	shapes := b.Field(1).(*array.ListBuilder)
	dims := shapes.ValueBuilder().(*array.Int64Builder)
	data := b.Field(2).(*array.ListBuilder)
	vals := data.ValueBuilder().(*array.Float32Builder)
	size := 0
	flush := func() {
		batches = append(batches, b.NewRecordBatch())
		size = 0
	}
	for i, name := range ts.Names {
		if size > 0 && size+4*len(ts.Data[i]) > batchBytes {
			flush()
		}
		names.Append(name)
		shapes.Append(true)
		for _, d := range ts.Shapes[i] {
			dims.Append(int64(d))
		}
		data.Append(true)
		vals.AppendValues(ts.Data[i], nil)
		size += 4 * len(ts.Data[i])
	}
	if names.Len() > 0 || len(batches) == 0 {
		flush()
	}
	if err := writeArrow(path, schema, batches); err != nil {
		return fmt.Errorf("artifact: write %s: %w", path, err)
	}
	return nil
}

// ReadTensors reads a tensors artifact.
func ReadTensors(path string) (*Tensors, error) {
	t, err := readArrow(path, TypeTensors)
	if err != nil {
		return nil, err
	}
	defer t.close()
	return t.tensors()
}

func (t *table) tensors() (*Tensors, error) {
	var err error
	ni, err := t.column("name", "utf8", isType(arrow.BinaryTypes.String))
	if err != nil {
		return nil, err
	}
	si, err := t.column("shape", "list<int64>", isList(arrow.PrimitiveTypes.Int64))
	if err != nil {
		return nil, err
	}
	di, err := t.column("data", "list<float32>", isList(arrow.PrimitiveTypes.Float32))
	if err != nil {
		return nil, err
	}
	ts := &Tensors{Meta: t.userMeta()}
	seen := map[string]bool{}
	err = t.each(func(b arrow.RecordBatch) error {
		if err := t.noNulls(b, ni, si, di); err != nil {
			return err
		}
		names := b.Column(ni).(*array.String)
		shapes := b.Column(si).(*array.List)
		data := b.Column(di).(*array.List)
		dims := shapes.ListValues().(*array.Int64)
		vals := data.ListValues().(*array.Float32)
		if dims.NullN() > 0 || vals.NullN() > 0 {
			return fmt.Errorf("artifact: %s: null shape or data values", t.path)
		}
		for r := 0; r < names.Len(); r++ {
			name := strings.Clone(names.Value(r)) // Value aliases the reused body buffer
			if name == "" || seen[name] {
				return fmt.Errorf("artifact: %s: empty or duplicate tensor name %q", t.path, name)
			}
			seen[name] = true
			lo, hi := shapes.ValueOffsets(r)
			shape := make([]int, 0, hi-lo)
			for _, d := range dims.Int64Values()[lo:hi] {
				if d < 0 || d > math.MaxInt32 {
					return fmt.Errorf("artifact: %s: tensor %q: bad dimension %d", t.path, name, d)
				}
				shape = append(shape, int(d))
			}
			n, err := numel(shape)
			if err != nil {
				return fmt.Errorf("artifact: %s: tensor %q: %w", t.path, name, err)
			}
			lo, hi = data.ValueOffsets(r)
			if int64(n) != hi-lo {
				return fmt.Errorf("artifact: %s: tensor %q has shape %v but %d values", t.path, name, shape, hi-lo)
			}
			d := make([]float32, n)
			copy(d, vals.Float32Values()[lo:hi])
			ts.Names = append(ts.Names, name)
			ts.Shapes = append(ts.Shapes, shape)
			ts.Data = append(ts.Data, d)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ts, nil
}

// Get returns the tensor named name.
func (ts *Tensors) Get(name string) (shape []int, data []float32, ok bool) {
	for i, n := range ts.Names {
		if n == name {
			return ts.Shapes[i], ts.Data[i], true
		}
	}
	return nil, nil, false
}
