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
