package gan

import (
	"context"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/memory"
)

// Benchmarks of a MemoryGAN training iteration (a D update and a G update
// with their memory updates) at the authors' Fashion-MNIST sizes (N 4096,
// M 256, k 128, z 2, D 64-128-256, G 128/128, batch 64), with and without
// the memory; BenchmarkDCGANStep64 is the DCGAN beside it (go test -run
// '^$' -bench 'MemoryGANStep|DCGANStep64' ./models/gan; ns/op is per
// iteration).

func benchmarkMemoryGANStep(b *testing.B, noMemory bool) {
	rng := rand.New(rand.NewSource(1))
	n, data, adam := benchImages(rng)
	m, err := NewMemoryGAN(MemoryGANConfig{Side: 28, NoiseDim: 2, GChannels: []int{128, 128}, DChannels: []int{64, 128, 256},
		Memory: memory.Config{Slots: 4096, Dim: 256, TopK: 128}, Lambda: 1e-2, NoMemory: noMemory,
		Batch: 64, Iters: b.N, DOpt: adam, GOpt: adam}, rng)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if err := m.Train(context.Background(), data, n, rng, nil); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkMemoryGANStep(b *testing.B)         { benchmarkMemoryGANStep(b, false) }
func BenchmarkMemoryGANNoMemoryStep(b *testing.B) { benchmarkMemoryGANStep(b, true) }
