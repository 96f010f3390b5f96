// Command mmdbatches measured the MMD² column of the README's pixel-GMMN
// training-length table: the biased six-kernel MMD² (sigmas 2..80, the
// paper's pixel kernels) at the paper's batch size, 1000 against 1000, as
// mean and sd over 8 random pairs of batches. It prints the floor (two
// batches of training images), then each samples matrix against training
// batches.
//
//	go run ./docs/experiments/mmdbatches TRAIN.arrow SAMPLES.arrow...
//
// TRAIN.arrow is a dataset's train output and SAMPLES.arrow a sample stage's
// output (`ganpipe show SPEC dataset.data.train` prints the cached path).
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/metrics"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: mmdbatches TRAIN.arrow [SAMPLES.arrow...]")
		os.Exit(2)
	}
	train, err := artifact.ReadMatrix(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sigmas := []float64{2, 5, 10, 20, 40, 80}
	const batch, pairs = 1000, 8
	rng := rand.New(rand.NewSource(7))
	d := train.Cols
	draw := func(m *artifact.Matrix) []float32 {
		out := make([]float32, 0, batch*d)
		for _, i := range rng.Perm(m.Rows)[:batch] {
			out = append(out, m.Row(i)...)
		}
		return out
	}
	report := func(name string, mmd2 func() float64) {
		var s, s2 float64
		for range pairs {
			v := mmd2()
			s += v
			s2 += v * v
		}
		mean := s / pairs
		fmt.Printf("%-40s mean %.5f  sd %.5f  (%d pairs of %d vs %d)\n", name, mean, math.Sqrt(max(0, s2/pairs-mean*mean)), pairs, batch, batch)
	}
	report("training vs training (the floor)", func() float64 { return metrics.MMD2(draw(train), draw(train), d, sigmas) })
	for _, p := range os.Args[2:] {
		s, err := artifact.ReadMatrix(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		report(p, func() float64 { return metrics.MMD2(draw(s), draw(train), d, sigmas) })
	}
}
