package metrics

import (
	"context"
	"math/rand/v2"
	"testing"

	ganblas "github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/datasets"
	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/gonum/blas/gonum"
)

// benchData returns 10,000 samples and 10,000 points of 784 values: MNIST
// train and test images when the files are available (realistic distances,
// which matter because far kernel terms are skipped), else uniform noise.
func benchData(b *testing.B) (samples, points []float32, what string) {
	b.Helper()
	ctx := context.Background()
	if sp, err := datasets.Load(ctx, datasets.MNIST, datasets.LoadOptions{Limit: 10000, LimitEval: 10000}); err == nil {
		return sp.Train.X, sp.Test.X, "mnist"
	}
	r := rand.New(rand.NewPCG(1, 1))
	return randMatrix(r, 10000, 784, 1), randMatrix(r, 10000, 784, 1), "uniform"
}

// BenchmarkParzen10k: 10k samples x 10k points x 784 at sigma = 0.17 (the
// bandwidth the GMMN protocol picks on MNIST), per BLAS backend and worker
// count. Run with -benchtime=1x; one iteration is ~2*10k*10k*784 = 1.6e11
// flops of GEMM plus up to 1e8 exps.
func BenchmarkParzen10k(b *testing.B) {
	samples, points, what := benchData(b)
	b.Logf("data: %s", what)
	ctx := context.Background()
	backends := []string{"gonum"}
	if ganblas.Backend() == "openblas" {
		backends = append(backends, "openblas")
	}
	for _, be := range backends {
		for _, workers := range []int{1, 2} {
			b.Run(be+"/workers="+string(rune('0'+workers)), func(b *testing.B) {
				if be == "openblas" {
					ganblas.UseThreads(max(1, 2/workers))
				} else {
					blas32.Use(gonum.Implementation{})
				}
				defer blas32.Use(gonum.Implementation{})
				for b.Loop() {
					ll, err := ParzenLogLik(ctx, samples, points, 784, 0.17, ParzenOptions{Workers: workers})
					if err != nil {
						b.Fatal(err)
					}
					b.ReportMetric(Summarize(ll).Mean, "nats")
				}
			})
		}
	}
}
