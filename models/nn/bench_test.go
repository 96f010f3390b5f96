package nn

import (
	"testing"

	"github.com/ganpipe/ganpipe/blas"
)

// The benchmarks time one full training step (forward, backward, momentum update)
// at the paper's shapes. Run with the default build (OpenBLAS) and with
// -tags noopenblas (gonum) to compare; b.ReportMetric prints ms/step.
// The backend is printed by BenchmarkBackend.

// BenchmarkBackend only logs which BLAS the binary uses.
func BenchmarkBackend(b *testing.B) {
	blas.Use()
	b.Logf("blas backend %s, %d threads", blas.Backend(), blas.Threads())
}
