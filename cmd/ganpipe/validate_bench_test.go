package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// sweepSpec is a sweep of cells gmmn_train stages, each read by a sample
// stage: 2*cells stages, the shape of a cluster user's grid search.
func sweepSpec(cells int) string {
	return fmt.Sprintf(`pipeline "sweep" {
  seed = 1
}

dataset "ring" {
  source = "ring"
  n      = 400
  valid  = 100
  test   = 100
}

stage "gmmn_train" "g" {
  for_each = { for p in setproduct(range(%d), range(100)) : "c${p[0]}_${p[1]}" => p[0] * 100 + p[1] }
  data   = dataset.ring.train
  noise  = 4
  hidden = [32, 32]
  output_activation = "linear"
  sigmas = [0.05, 0.5]
  batch  = 100
  iters  = 10 + each.value
  schedule = [{ from = 0, lr = 0.5, momentum = 0.9 }]
}

stage "sample" "s" {
  for_each = stage.g
  model = each.value.model
  n     = 100
}
`, cells/100)
}

// BenchmarkValidate validates sweeps of 1,000 and 10,000 cells (twice as
// many stages): decoding, reference checks and the graph. The time must
// grow about linearly with the cells.
func BenchmarkValidate(b *testing.B) {
	for _, cells := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("cells=%d", cells), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "sweep.hcl")
			if err := os.WriteFile(path, []byte(sweepSpec(cells)), 0o644); err != nil {
				b.Fatal(err)
			}
			for i := 0; i < b.N; i++ {
				var out, errb bytes.Buffer
				env := &cmdEnv{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
				if code := runMain(context.Background(), env, []string{"validate", path}); code != 0 {
					b.Fatalf("validate exit %d: %s", code, errb.String())
				}
				if want := fmt.Sprintf("valid (%d stages)", 2*cells+1); !bytes.Contains(out.Bytes(), []byte(want)) {
					b.Fatalf("validate said %q, want %q", out.String(), want)
				}
			}
		})
	}
}
