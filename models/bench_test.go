package models

import (
	"math/rand"
	"os"
	"runtime"
	"testing"

	"github.com/ganpipe/ganpipe/blas"
)

// The benchmarks time one full training step (forward, backward, momentum update)
// at the paper's shapes. Run with the default build (OpenBLAS) and with
// -tags noopenblas (gonum) to compare; b.ReportMetric prints ms/step.
// The backend is printed by BenchmarkBackend.

func benchStep(b *testing.B, t *graphNet, fill func()) {
	b.Helper()
	// GANPIPE_BLAS_MODE=native benchmarks OpenBLAS's own threading instead of the
	// default Go-side SGEMM split (see blas.UseThreads).
	if os.Getenv("GANPIPE_BLAS_MODE") == "native" {
		blas.UseNativeThreads(runtime.NumCPU())
	} else {
		blas.Use()
	}
	fill()
	if _, err := t.forwardBackward(); err != nil { // warm-up allocates buffers
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fill()
		if _, err := t.forwardBackward(); err != nil {
			b.Fatal(err)
		}
		momentumStep(t.pdata, t.gdata, t.vel, 1e-3, 0.9, 0)
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/step")
}

func benchAE(b *testing.B, batch int) {
	rng := rand.New(rand.NewSource(1))
	a, err := NewAutoencoder(AEConfig{Sizes: []int{784, 1024, 32}, Dropout: []float64{0.2, 0.5}, Activation: Sigmoid}, rng)
	if err != nil {
		b.Fatal(err)
	}
	x := make([]float32, 5000*784)
	for i := range x {
		x[i] = rng.Float32()
	}
	t, xbuf, masks, err := a.buildFull(batch)
	if err != nil {
		b.Fatal(err)
	}
	s := newSampler(5000, rng)
	benchStep(b, t, func() {
		s.fill(xbuf, x, 784)
		for l, m := range masks {
			fillMask(m, a.dropout(l), rng)
		}
	})
}

func BenchmarkAEStep100(b *testing.B)  { benchAE(b, 100) }
func BenchmarkAEStep1000(b *testing.B) { benchAE(b, 1000) }

func benchGMMN(b *testing.B, out int, sigmas []float64) {
	rng := rand.New(rand.NewSource(1))
	g, err := NewGMMN(GMMNConfig{NoiseDim: 10, Hidden: []int{64, 256, 256, 1024}, Out: out, OutAct: Sigmoid, Sigmas: sigmas}, rng)
	if err != nil {
		b.Fatal(err)
	}
	data := make([]float32, 5000*out)
	for i := range data {
		data[i] = rng.Float32()
	}
	t, noise, dbuf, _, err := g.build(1000, 1000)
	if err != nil {
		b.Fatal(err)
	}
	s := newSampler(5000, rng)
	benchStep(b, t, func() {
		fillNoise(noise, rng)
		s.fill(dbuf, data, out)
	})
}

func BenchmarkGMMNCodeStep(b *testing.B)  { benchGMMN(b, 32, []float64{1}) }
func BenchmarkGMMNPixelStep(b *testing.B) { benchGMMN(b, 784, []float64{2, 5, 10, 20, 40, 80}) }

// BenchmarkBackend only logs which BLAS the binary uses.
func BenchmarkBackend(b *testing.B) {
	blas.Use()
	b.Logf("blas backend %s, %d threads", blas.Backend(), blas.Threads())
}
