package artifact

// Schema metadata keys common to every artifact.
const (
	MetaType     = "ganpipe.type"     // "matrix", "tensors", "metrics", "history", "files"
	MetaProducer = "ganpipe.producer" // stage address and kind that wrote it
)

// Matrix is a set of fixed-width float32 rows with optional integer labels:
// datasets, samples, codes. On disk: column x FixedSizeList<float32>[Cols],
// optional column label int32.
type Matrix struct {
	Rows, Cols int
	Data       []float32 // row-major, len Rows*Cols
	Labels     []int32   // nil, or len Rows
	Meta       map[string]string
}

// Row returns row i as a slice of Data.
func (m *Matrix) Row(i int) []float32 { return m.Data[i*m.Cols : (i+1)*m.Cols] }

// Tensors is a named set of float32 tensors: model parameters. On disk one row
// per tensor: name utf8, shape list<int64>, data list<float32>; the model's
// architecture lives in Meta.
type Tensors struct {
	Names  []string
	Shapes [][]int
	Data   [][]float32
	Meta   map[string]string
}

// Metric is one figure of a metrics artifact.
type Metric struct {
	Name   string
	Value  float64
	Stderr float64
	N      int64
}

// Metrics is a metrics artifact: columns name utf8, value/stderr float64, n int64.
type Metrics struct {
	Rows []Metric
	Meta map[string]string
}

// Get returns the metric by name.
func (m *Metrics) Get(name string) (Metric, bool) {
	for _, r := range m.Rows {
		if r.Name == name {
			return r, true
		}
	}
	return Metric{}, false
}

// History is a training log: column iter int64, seconds float64 (omitted
// when Seconds is nil, so a seeded run's history is byte-identical), then one
// float64 column per logged term (loss, mmd, ...), in Terms order.
type History struct {
	Iter    []int64
	Seconds []float64
	Terms   []string
	Values  [][]float64 // Values[t][row]
	Meta    map[string]string
}

// Files is a set of named byte blobs (rendered reports: Markdown, CSV, PNG)
// as an Arrow table: name utf8, data binary.
type Files struct {
	Names []string
	Data  [][]byte
	Meta  map[string]string
}
