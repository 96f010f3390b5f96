package pipeline_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/speclang"
)

// TestGraphScalesWithCells orders a sweep of 20,000 cells, each reading one
// dataset and read by one cell of a second sweep (40,001 stages). Ordering
// in n log n takes tens of milliseconds; the quadratic ordering it replaces
// took minutes at this size (15 s of validate for half of it), so the bound
// separates the two with a wide margin on a loaded machine.
func TestGraphScalesWithCells(t *testing.T) {
	const cells = 20000
	stages := []*speclang.Stage{{Addr: "dataset.d", Block: "dataset", Kind: "dataset"}}
	for i := 0; i < cells; i++ {
		a := fmt.Sprintf("stage.g[\"c%05d\"]", i)
		stages = append(stages, &speclang.Stage{Addr: a, Block: "stage", Kind: "k", Inputs: []speclang.Ref{{Stage: "dataset.d", Output: "train"}}})
	}
	for i := 0; i < cells; i++ {
		stages = append(stages, &speclang.Stage{Addr: fmt.Sprintf("stage.s[\"c%05d\"]", i), Block: "stage", Kind: "k",
			Inputs: []speclang.Ref{{Stage: fmt.Sprintf("stage.g[\"c%05d\"]", i), Output: "model"}}})
	}
	start := time.Now()
	g, err := pipeline.NewGraph(&speclang.Spec{Stages: stages})
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if took > 10*time.Second {
		t.Errorf("NewGraph over %d stages took %s; it must grow as n log n", len(stages), took)
	}
	// The order is still "earliest declared ready stage first".
	order := g.Order()
	if order[0] != "dataset.d" || order[1] != `stage.g["c00000"]` || order[cells+1] != `stage.s["c00000"]` {
		t.Errorf("order starts %v ... %v", order[:2], order[cells+1])
	}
	t.Logf("NewGraph over %d stages: %s", len(stages), took)
}
