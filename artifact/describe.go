package artifact

import (
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
)

// headRows is how many rows Describe shows; headItems how many elements of
// a list cell before it is abbreviated.
const (
	headRows  = 5
	headItems = 5
	maxCell   = 48
	maxMeta   = 160
)

// Summary describes an Arrow file for `ganpipe show`.
type Summary struct {
	Path    string     `json:"path"`
	Size    int64      `json:"size"` // bytes on disk
	Type    string     `json:"type"` // ganpipe.type, "" for a foreign Arrow file
	Fields  []Field    `json:"fields"`
	Meta    []KV       `json:"metadata"` // schema metadata, sorted by key
	Rows    int64      `json:"rows"`
	Batches int        `json:"batches"`
	Head    [][]string `json:"head"`  // up to 5 rows, one formatted cell per field
	Stats   []Stat     `json:"stats"` // numeric columns (lists: over all their values)
}

// Field is one schema field.
type Field struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Nullable bool   `json:"nullable"`
}

// KV is one metadata entry.
type KV struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Stat summarises the non-null, non-NaN values of a numeric column. For a
// list column (matrix x, tensor data) it covers every element of every row.
type Stat struct {
	Column string  `json:"column"`
	Count  int64   `json:"count"` // values counted in Min/Mean/Max
	NaN    int64   `json:"nan"`
	Nulls  int64   `json:"nulls"`
	Min    float64 `json:"min"`
	Mean   float64 `json:"mean"`
	Max    float64 `json:"max"`
}

// accum gathers a Stat across batches.
type accum struct {
	Stat
	numeric         bool
	sum, compensate float64 // Kahan sum, so a 43M-value mean keeps its digits
}

// Describe reads any Arrow IPC file and summarises it.
func Describe(path string) (*Summary, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("artifact: %w", err)
	}
	t, err := readArrow(path, "")
	if err != nil {
		return nil, err
	}
	defer t.close()
	return t.describe(info.Size())
}

func (t *table) describe(size int64) (*Summary, error) {
	var err error
	s := &Summary{Path: t.path, Size: size, Type: t.meta[MetaType], Batches: t.r.NumRecords()}
	for _, f := range t.schema.Fields() {
		s.Fields = append(s.Fields, Field{Name: f.Name, Type: f.Type.String(), Nullable: f.Nullable})
	}
	for k, v := range t.meta {
		s.Meta = append(s.Meta, KV{k, v})
	}
	sort.Slice(s.Meta, func(i, j int) bool { return s.Meta[i].Key < s.Meta[j].Key })

	stats := make([]accum, t.schema.NumFields())
	for c := range stats {
		stats[c].Stat = Stat{Column: t.schema.Field(c).Name, Min: math.Inf(1), Max: math.Inf(-1)}
	}
	err = t.each(func(b arrow.RecordBatch) error {
		for r := 0; r < int(b.NumRows()) && len(s.Head) < headRows; r++ {
			row := make([]string, b.NumCols())
			for c := range row {
				row[c] = formatCell(b.Column(c), r)
			}
			s.Head = append(s.Head, row)
		}
		for c := range stats {
			if accumulate(&stats[c], b.Column(c)) {
				stats[c].numeric = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.Rows = t.rows
	for _, a := range stats {
		if !a.numeric {
			continue
		}
		st := a.Stat
		if st.Count > 0 {
			st.Mean = a.sum / float64(st.Count)
		} else {
			st.Min, st.Max, st.Mean = math.NaN(), math.NaN(), math.NaN()
		}
		s.Stats = append(s.Stats, st)
	}
	return s, nil
}

// valuesRange returns the child array of a list column and the element
// range [lo, hi) its rows cover, or ok=false if arr is not a list.
func valuesRange(arr arrow.Array) (child arrow.Array, lo, hi int, ok bool) {
	switch a := arr.(type) {
	case *array.FixedSizeList:
		n := int(a.DataType().(*arrow.FixedSizeListType).Len())
		return a.ListValues(), a.Offset() * n, (a.Offset() + a.Len()) * n, true
	case *array.List:
		if a.Len() == 0 {
			return a.ListValues(), 0, 0, true
		}
		l, _ := a.ValueOffsets(0)
		_, h := a.ValueOffsets(a.Len() - 1)
		return a.ListValues(), int(l), int(h), true
	case *array.LargeList:
		if a.Len() == 0 {
			return a.ListValues(), 0, 0, true
		}
		l, _ := a.ValueOffsets(0)
		_, h := a.ValueOffsets(a.Len() - 1)
		return a.ListValues(), int(l), int(h), true
	}
	return nil, 0, 0, false
}

// accumulate adds arr's values to st and reports whether arr is numeric.
// Values under null list rows are counted (a reader sees them only if it
// ignores validity; none of ours have nulls).
func accumulate(st *accum, arr arrow.Array) bool {
	lo, hi := 0, arr.Len()
	if child, l, h, ok := valuesRange(arr); ok {
		arr, lo, hi = child, l, h
	}
	switch a := arr.(type) {
	case *array.Float32:
		addValues(st, a, a.Float32Values(), lo, hi)
	case *array.Float64:
		addValues(st, a, a.Float64Values(), lo, hi)
	case *array.Int8:
		addValues(st, a, a.Int8Values(), lo, hi)
	case *array.Int16:
		addValues(st, a, a.Int16Values(), lo, hi)
	case *array.Int32:
		addValues(st, a, a.Int32Values(), lo, hi)
	case *array.Int64:
		addValues(st, a, a.Int64Values(), lo, hi)
	case *array.Uint8:
		addValues(st, a, a.Uint8Values(), lo, hi)
	case *array.Uint16:
		addValues(st, a, a.Uint16Values(), lo, hi)
	case *array.Uint32:
		addValues(st, a, a.Uint32Values(), lo, hi)
	case *array.Uint64:
		addValues(st, a, a.Uint64Values(), lo, hi)
	default:
		return false
	}
	return true
}

type number interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64
}

func addValues[T number](st *accum, arr arrow.Array, vals []T, lo, hi int) {
	hasNulls := arr.NullN() > 0
	for i := lo; i < hi; i++ {
		if hasNulls && arr.IsNull(i) {
			st.Nulls++
			continue
		}
		v := float64(vals[i])
		if math.IsNaN(v) {
			st.NaN++
			continue
		}
		st.Count++
		st.Min = min(st.Min, v)
		st.Max = max(st.Max, v)
		y := v - st.compensate
		s := st.sum + y
		st.compensate = (s - st.sum) - y
		st.sum = s
	}
}

// formatCell renders one cell compactly: lists show their first few
// elements and a count, binary shows its size, long strings are cut.
func formatCell(arr arrow.Array, i int) string {
	if arr.IsNull(i) {
		return "null"
	}
	switch a := arr.(type) {
	case *array.FixedSizeList, *array.List, *array.LargeList:
		var child arrow.Array
		var lo, hi int
		switch a := a.(type) {
		case *array.FixedSizeList:
			n := int(a.DataType().(*arrow.FixedSizeListType).Len())
			child, lo, hi = a.ListValues(), (a.Offset()+i)*n, (a.Offset()+i+1)*n
		case *array.List:
			l, h := a.ValueOffsets(i)
			child, lo, hi = a.ListValues(), int(l), int(h)
		case *array.LargeList:
			l, h := a.ValueOffsets(i)
			child, lo, hi = a.ListValues(), int(l), int(h)
		}
		var parts []string
		for j := lo; j < hi && j < lo+headItems; j++ {
			parts = append(parts, formatCell(child, j))
		}
		if hi-lo > headItems {
			parts = append(parts, fmt.Sprintf("… %d more", hi-lo-headItems))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *array.Float32:
		return strconv.FormatFloat(float64(a.Value(i)), 'g', 6, 32)
	case *array.Float64:
		return strconv.FormatFloat(a.Value(i), 'g', 8, 64)
	case *array.String:
		return abbreviate(strconv.Quote(a.Value(i)), maxCell)
	case *array.Binary:
		return fmt.Sprintf("<%d bytes>", len(a.Value(i)))
	}
	return abbreviate(arr.ValueStr(i), maxCell)
}

// abbreviate cuts s to at most n runes, saying how much was left out.
func abbreviate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return fmt.Sprintf("%s… (%d chars)", string(r[:n]), len(r))
}

// Format writes the summary as text.
func (s *Summary) Format(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	typ := s.Type
	if typ == "" {
		typ = "(not a ganpipe artifact)"
	}
	fmt.Fprintf(tw, "file:\t%s (%d bytes)\n", s.Path, s.Size)
	fmt.Fprintf(tw, "type:\t%s\n", typ)
	fmt.Fprintf(tw, "rows:\t%d in %d batch(es)\n", s.Rows, s.Batches)
	fmt.Fprintf(tw, "schema:\n")
	for _, f := range s.Fields {
		null := ""
		if f.Nullable {
			null = " (nullable)"
		}
		fmt.Fprintf(tw, "  %s\t%s%s\n", f.Name, f.Type, null)
	}
	fmt.Fprintf(tw, "metadata:\n")
	for _, kv := range s.Meta {
		fmt.Fprintf(tw, "  %s\t%s\n", kv.Key, abbreviate(kv.Value, maxMeta))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "head (%d of %d rows):\n", len(s.Head), s.Rows)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	names := make([]string, len(s.Fields))
	for i, f := range s.Fields {
		names[i] = f.Name
	}
	fmt.Fprintf(tw, "  %s\n", strings.Join(names, "\t"))
	for _, row := range s.Head {
		fmt.Fprintf(tw, "  %s\n", strings.Join(row, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	if len(s.Stats) > 0 {
		fmt.Fprintf(w, "stats:\n")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "  column\tcount\tmin\tmean\tmax\tnan\tnull\t\n")
		for _, st := range s.Stats {
			fmt.Fprintf(tw, "  %s\t%d\t%.6g\t%.6g\t%.6g\t%d\t%d\t\n", st.Column, st.Count, st.Min, st.Mean, st.Max, st.NaN, st.Nulls)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}
