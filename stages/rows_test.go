package stages

import (
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/artifact"
)

// TestPickRows: on 1000 rows stored in class order (label 0 for the first
// half, 1 for the second; each row's value is its index), a cap of 200
// returns 200 distinct rows in their original order with their own labels,
// and both classes: the first 200 rows would all be class 0. With 200 of
// 1000 drawn the count of class 1 is hypergeometric, mean 100, sd ~6.3, so
// the bounds 60..140 are over 6 sds away. The same seed gives the same rows;
// no cap, or a cap at or above the row count, returns the matrix itself.
func TestPickRows(t *testing.T) {
	const rows, limit = 1000, 200
	m := &artifact.Matrix{Rows: rows, Cols: 2, Data: make([]float32, 2*rows), Labels: make([]int32, rows)}
	for i := range rows {
		m.Data[2*i], m.Data[2*i+1] = float32(i), float32(-i)
		if i >= rows/2 {
			m.Labels[i] = 1
		}
	}
	got := pickRows(m, limit, rand.New(rand.NewSource(7)))
	if got.Rows != limit || got.Cols != 2 || len(got.Data) != 2*limit || len(got.Labels) != limit {
		t.Fatalf("picked %d x %d (%d values, %d labels), want %d x 2", got.Rows, got.Cols, len(got.Data), len(got.Labels), limit)
	}
	ones := 0
	for j := range limit {
		i := int(got.Data[2*j])
		if got.Data[2*j+1] != float32(-i) || got.Labels[j] != m.Labels[i] {
			t.Fatalf("picked row %d is not source row %d with its label", j, i)
		}
		if j > 0 && i <= int(got.Data[2*j-2]) {
			t.Fatalf("picked rows out of order or repeated at %d: %v after %v", j, i, got.Data[2*j-2])
		}
		ones += int(got.Labels[j])
	}
	if ones < 60 || ones > 140 {
		t.Errorf("%d of %d picked rows are class 1, want about half (60..140)", ones, limit)
	}
	again := pickRows(m, limit, rand.New(rand.NewSource(7)))
	for j := range again.Data {
		if again.Data[j] != got.Data[j] {
			t.Fatalf("same seed, different rows at value %d", j)
		}
	}
	for _, l := range []int{0, -1, rows, rows + 1} {
		if pickRows(m, l, rand.New(rand.NewSource(7))) != m {
			t.Errorf("cap %d: want the matrix itself", l)
		}
	}
}
