package ae

import (
	"os"
	"runtime"
	"testing"

	"github.com/ganpipe/ganpipe/blas"
)

// TestMain fixes the SGEMM split at 2 blocks (all CPUs run them), so that
// bitwise results such as the fingerprint test's do not depend on the
// machine's CPU count (see blas.UseSplit).
func TestMain(m *testing.M) {
	blas.UseSplit(runtime.NumCPU(), 2)
	os.Exit(m.Run())
}
