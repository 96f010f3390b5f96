package artifact_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/ganpipe/ganpipe/artifact"
)

// Reading an artifact: a dataset, samples or codes file is a matrix (column
// x, optional label). Any Arrow reader opens the same file.
func ExampleReadMatrix() {
	dir, err := os.MkdirTemp("", "artifact-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "samples.arrow")
	if err := artifact.WriteMatrix(path, &artifact.Matrix{Rows: 2, Cols: 3, Data: []float32{1, 2, 3, 4, 5, 6}, Labels: []int32{7, 8}}); err != nil {
		fmt.Println(err)
		return
	}
	m, err := artifact.ReadMatrix(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Rows, m.Cols, m.Row(1), m.Labels)
	// Output:
	// 2 3 [4 5 6] [7 8]
}

// Reading a model: a trained model is a tensors artifact, one row per
// parameter (name, shape, float32 data) and its architecture in the
// schema's metadata, which the model's From function reads back (e.g.
// gmmn.GMMNFrom, gan.GeneratorFrom).
func ExampleReadTensors() {
	dir, err := os.MkdirTemp("", "artifact-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "model.arrow")
	model := &artifact.Tensors{
		Names:  []string{"l0.W", "l0.b"},
		Shapes: [][]int{{2, 3}, {3}},
		Data:   [][]float32{{1, 2, 3, 4, 5, 6}, {0.5, 0, -0.5}},
		Meta:   map[string]string{"model": "gmmn", "hidden": ""},
	}
	if err := artifact.WriteTensors(path, model); err != nil {
		fmt.Println(err)
		return
	}
	ts, err := artifact.ReadTensors(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, name := range ts.Names {
		fmt.Println(name, ts.Shapes[i], ts.Data[i])
	}
	fmt.Println(ts.Meta["model"])
	// Output:
	// l0.W [2 3] [1 2 3 4 5 6]
	// l0.b [3] [0.5 0 -0.5]
	// gmmn
}

// Reading a training history: one row per logged iteration, one column per
// observer term (Values[term][row]).
func ExampleReadHistory() {
	dir, err := os.MkdirTemp("", "artifact-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "history.arrow")
	h := &artifact.History{
		Iter:   []int64{100, 200},
		Terms:  []string{"loss", "grad_norm"},
		Values: [][]float64{{0.9, 0.7}, {3.5, 2.25}},
	}
	if err := artifact.WriteHistory(path, h); err != nil {
		fmt.Println(err)
		return
	}
	got, err := artifact.ReadHistory(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	for t, term := range got.Terms {
		fmt.Println(term, got.Iter, got.Values[t])
	}
	// Output:
	// loss [100 200] [0.9 0.7]
	// grad_norm [100 200] [3.5 2.25]
}
