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

// ReadMatrix reads a matrix artifact. Values are copied in bulk per batch.
func ReadMatrix(path string) (*Matrix, error) {
	t, err := readArrow(path, TypeMatrix)
	if err != nil {
		return nil, err
	}
	defer t.release()
	return t.matrix()
}

func (t *table) matrix() (*Matrix, error) {
	xi, err := t.column("x", "fixed_size_list<float32>", func(dt arrow.DataType) bool {
		l, ok := dt.(*arrow.FixedSizeListType)
		return ok && arrow.TypeEqual(l.Elem(), arrow.PrimitiveTypes.Float32)
	})
	if err != nil {
		return nil, err
	}
	if err := t.noNulls(xi); err != nil {
		return nil, err
	}
	cols := int(t.schema.Field(xi).Type.(*arrow.FixedSizeListType).Len())
	li := -1
	if len(t.schema.FieldIndices("label")) > 0 {
		if li, err = t.column("label", "int32", isType(arrow.PrimitiveTypes.Int32)); err != nil {
			return nil, err
		}
		if err := t.noNulls(li); err != nil {
			return nil, err
		}
	}
	if r, ok, err := t.metaInt(MetaRows); err != nil {
		return nil, err
	} else if ok && r != t.rows {
		return nil, fmt.Errorf("artifact: %s: metadata says %d rows, file has %d", t.path, r, t.rows)
	}
	if c, ok, err := t.metaInt(MetaCols); err != nil {
		return nil, err
	} else if ok && c != int64(cols) {
		return nil, fmt.Errorf("artifact: %s: metadata says %d columns, x has %d", t.path, c, cols)
	}
	m := &Matrix{Rows: int(t.rows), Cols: cols, Data: make([]float32, int(t.rows)*cols), Meta: t.userMeta()}
	if li >= 0 {
		m.Labels = make([]int32, t.rows)
	}
	row := 0
	for _, b := range t.batches {
		x := b.Column(xi).(*array.FixedSizeList)
		vals, ok := x.ListValues().(*array.Float32)
		if !ok {
			return nil, fmt.Errorf("artifact: %s: x values are %s, want float32", t.path, x.ListValues().DataType())
		}
		if vals.NullN() > 0 {
			return nil, fmt.Errorf("artifact: %s: x has null values", t.path)
		}
		n := x.Len()
		start := x.Offset() * cols // validated: the child holds (offset+len)*cols values
		copy(m.Data[row*cols:(row+n)*cols], vals.Float32Values()[start:start+n*cols])
		if li >= 0 {
			copy(m.Labels[row:row+n], b.Column(li).(*array.Int32).Int32Values())
		}
		row += n
	}
	return m, nil
}
