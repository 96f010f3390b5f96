package artifact

import (
	"fmt"
	"strconv"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// matrixSchema is the schema of a matrix with cols columns.
func matrixSchema(cols int, labels bool, md arrow.Metadata) *arrow.Schema {
	fields := []arrow.Field{{Name: "x", Type: arrow.FixedSizeListOf(int32(cols), arrow.PrimitiveTypes.Float32)}}
	if labels {
		fields = append(fields, arrow.Field{Name: "label", Type: arrow.PrimitiveTypes.Int32})
	}
	return arrow.NewSchema(fields, &md)
}

// WriteMatrix writes m to path. The batches point into m.Data and m.Labels
// (no copy); the IPC writer copies them out.
func WriteMatrix(path string, m *Matrix) error { return writeMatrix(path, m, maxBatchBytes) }

// writeMatrix writes batches of at most batchBytes (tests use small ones).
func writeMatrix(path string, m *Matrix, batchBytes int) error {
	if m.Rows < 0 || m.Cols <= 0 || m.Cols > 1<<30 {
		return fmt.Errorf("artifact: write %s: bad matrix shape %dx%d", path, m.Rows, m.Cols)
	}
	if len(m.Data) != m.Rows*m.Cols {
		return fmt.Errorf("artifact: write %s: matrix %dx%d has %d values, want %d", path, m.Rows, m.Cols, len(m.Data), m.Rows*m.Cols)
	}
	if m.Labels != nil && len(m.Labels) != m.Rows {
		return fmt.Errorf("artifact: write %s: %d labels for %d rows", path, len(m.Labels), m.Rows)
	}
	md, err := schemaMeta(TypeMatrix, m.Meta, map[string]string{
		MetaRows: strconv.Itoa(m.Rows),
		MetaCols: strconv.Itoa(m.Cols),
	})
	if err != nil {
		return fmt.Errorf("artifact: write %s: %w", path, err)
	}
	schema := matrixSchema(m.Cols, m.Labels != nil, md)
	xType := schema.Field(0).Type
	var batches []arrow.RecordBatch
	for _, r := range batchRows(m.Rows, 4*m.Cols, batchBytes) {
		lo, hi := r[0], r[1]
		n := hi - lo
		vals := array.NewData(arrow.PrimitiveTypes.Float32, n*m.Cols,
			[]*memory.Buffer{nil, memory.NewBufferBytes(arrow.Float32Traits.CastToBytes(m.Data[lo*m.Cols : hi*m.Cols]))}, nil, 0, 0)
		xd := array.NewData(xType, n, []*memory.Buffer{nil}, []arrow.ArrayData{vals}, 0, 0)
		cols := []arrow.Array{array.NewFixedSizeListData(xd)}
		vals.Release()
		xd.Release()
		if m.Labels != nil {
			ld := array.NewData(arrow.PrimitiveTypes.Int32, n,
				[]*memory.Buffer{nil, memory.NewBufferBytes(arrow.Int32Traits.CastToBytes(m.Labels[lo:hi]))}, nil, 0, 0)
			cols = append(cols, array.NewInt32Data(ld))
			ld.Release()
		}
		batches = append(batches, array.NewRecordBatch(schema, cols, int64(n)))
		for _, c := range cols {
			c.Release()
		}
	}
	if err := writeArrow(path, schema, batches); err != nil {
		return fmt.Errorf("artifact: write %s: %w", path, err)
	}
	return nil
}

// ReadMatrix reads a matrix artifact. Values are copied in bulk, batch by
// batch, into one preallocated slice.
func ReadMatrix(path string) (*Matrix, error) {
	t, err := readArrow(path, TypeMatrix)
	if err != nil {
		return nil, err
	}
	defer t.close()
	return t.matrix()
}

func (t *table) matrix() (*Matrix, error) {
	xi, err := t.column("x", "fixed_size_list<float32>", func(dt arrow.DataType) bool {
		l, ok := dt.(*arrow.FixedSizeListType)
		return ok && arrow.TypeEqual(l.Elem(), arrow.PrimitiveTypes.Float32) && l.Len() > 0
	})
	if err != nil {
		return nil, err
	}
	cols := int(t.schema.Field(xi).Type.(*arrow.FixedSizeListType).Len())
	li := -1
	if len(t.schema.FieldIndices("label")) > 0 {
		if li, err = t.column("label", "int32", isType(arrow.PrimitiveTypes.Int32)); err != nil {
			return nil, err
		}
	}
	metaRows, hasRows, err := t.metaInt(MetaRows)
	if err != nil {
		return nil, err
	}
	if c, ok, err := t.metaInt(MetaCols); err != nil {
		return nil, err
	} else if ok && c != int64(cols) {
		return nil, fmt.Errorf("artifact: %s: metadata says %d columns, x has %d", t.path, c, cols)
	}
	m := &Matrix{Cols: cols, Meta: t.userMeta()}
	// Preallocate from the metadata row count, but only as far as the file
	// could hold: garbage metadata must not make us allocate more than the
	// file's own size. The count is checked against the batches below.
	if hasRows && metaRows <= t.size()/(4*int64(cols)) {
		m.Data = make([]float32, 0, int(metaRows)*cols)
		if li >= 0 {
			m.Labels = make([]int32, 0, metaRows)
		}
	}
	if li >= 0 && m.Labels == nil {
		m.Labels = []int32{}
	}
	err = t.each(func(b arrow.RecordBatch) error {
		if err := t.noNulls(b, xi); err != nil {
			return err
		}
		x := b.Column(xi).(*array.FixedSizeList)
		vals, ok := x.ListValues().(*array.Float32)
		if !ok {
			return fmt.Errorf("artifact: %s: x values are %s, want float32", t.path, x.ListValues().DataType())
		}
		n := x.Len()
		start := x.Offset() * cols // validated: the child holds (offset+len)*cols values
		if vals.NullN() > 0 && hasNullIn(vals, start, start+n*cols) {
			return fmt.Errorf("artifact: %s: x has null values", t.path)
		}
		m.Data = append(m.Data, vals.Float32Values()[start:start+n*cols]...)
		if li >= 0 {
			if err := t.noNulls(b, li); err != nil {
				return err
			}
			m.Labels = append(m.Labels, b.Column(li).(*array.Int32).Int32Values()...)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if hasRows && metaRows != t.rows {
		return nil, fmt.Errorf("artifact: %s: metadata says %d rows, file has %d", t.path, metaRows, t.rows)
	}
	m.Rows = int(t.rows)
	if m.Data == nil {
		m.Data = []float32{}
	}
	return m, nil
}

// hasNullIn reports whether a has a null in [lo, hi).
func hasNullIn(a arrow.Array, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if a.IsNull(i) {
			return true
		}
	}
	return false
}
