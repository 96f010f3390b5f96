package gan

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

// testDStep and testGStep build a model's discriminator / generator
// training step for batch B, failing the test on error, and close its tape
// machine when the test (or subtest) ends.
func testDStep(t *testing.T, m *GAN, B int) *dStep {
	t.Helper()
	ds, err := m.buildDStep(B)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ds.t.Machine.Close() })
	return ds
}

func testGStep(t *testing.T, m *GAN, B int) *gStep {
	t.Helper()
	gs, err := m.buildGStep(B)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { gs.t.Machine.Close() })
	return gs
}
