// Command memorygan_start prints, iteration by iteration, what MemoryGAN's
// memory does at the start of training on Fashion-MNIST at the authors'
// sizes (N 4096, M 256, k 128, z 2, lambda 1e-2, Adam 2e-4 / 0.5, batch 64;
// the nets of specs/memorygan.hcl): D's mean reads of the real and the
// generated batch, the MI loss, the real-valued slots, the slots of each
// value that some EM step has touched (h >= 1: a replaced slot starts
// below 1 under the authors' rule and only an EM step, h <- alpha h + 1,
// lifts it), the distinct keys among the real slots, the largest real h
// and the mean h. docs/results/memorygan.md ("Session 17") used it.
//
// Usage: go run ./scripts/memorygan_start ITERS RESET_HIST [SEED]
// (RESET_HIST 0: the authors' mean-h rule; 1: the non-authors' variant).
package main

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"strconv"

	"github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/datasets"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/memory"
	"github.com/ganpipe/ganpipe/models/nn"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "memorygan_start:", err)
		os.Exit(1)
	}
}

func run() error {
	blas.Use() // as ganpipe run does
	if len(os.Args) < 3 {
		return fmt.Errorf("usage: memorygan_start ITERS RESET_HIST [SEED]")
	}
	iters, err := strconv.Atoi(os.Args[1])
	if err != nil {
		return err
	}
	resetH, err := strconv.ParseFloat(os.Args[2], 64)
	if err != nil {
		return err
	}
	seed := int64(1)
	if len(os.Args) > 3 {
		if seed, err = strconv.ParseInt(os.Args[3], 10, 64); err != nil {
			return err
		}
	}
	ctx := context.Background()
	sp, err := datasets.Load(ctx, "fashion_mnist", datasets.LoadOptions{Valid: 5000, Seed: 1})
	if err != nil {
		return err
	}
	opt := nn.Optimizer{Kind: nn.OptAdam, LR: 2e-4, Beta1: 0.5, Beta2: 0.999}
	cfg := gan.MemoryGANConfig{Side: 28, Channels: 1, NoiseDim: 2, GChannels: []int{128, 128}, DChannels: []int{64, 128, 256},
		Memory: memory.Config{Slots: 4096, Dim: 256, TopK: 128, ResetHist: resetH}, Lambda: 1e-2,
		Batch: 64, Iters: iters, DOpt: opt, GOpt: opt}
	rng := rand.New(rand.NewSource(seed))
	m, err := gan.NewMemoryGAN(cfg, rng)
	if err != nil {
		return err
	}
	fmt.Println("iter d_real d_fake mi_loss real_slots real_h>=1 fake_h>=1 distinct_real_keys max_real_h mean_h cos_new_fake_real")
	obs := func(it, _ int, t map[string]float64) {
		mem := m.Memory()
		var real, realUsed, fakeUsed int
		maxH, sumH, best := 0.0, 0.0, -1
		keys := map[[4]float64]bool{}
		for i, v := range mem.Values {
			h := mem.Hist[i]
			sumH += h
			if v == 1 {
				real++
				if h > maxH {
					maxH, best = h, i
				}
				k := mem.Keys[i*256 : i*256+4]
				keys[[4]float64{k[0], k[1], k[2], k[3]}] = true
				if h >= 1 {
					realUsed++
				}
			} else if h >= 1 {
				fakeUsed++
			}
		}
		cos, n := 0.0, 0
		for i, v := range mem.Values {
			if v == 0 && mem.Ages[i] == 0 && best >= 0 {
				for j, x := range mem.Keys[i*256 : (i+1)*256] {
					cos += x * mem.Keys[best*256+j]
				}
				n++
			}
		}
		fmt.Printf("%d %.4g %.4g %.4g %d %d %d %d %.4g %.4g %.4g\n", it, t["d_real"], t["d_fake"], t["mi_loss"],
			real, realUsed, fakeUsed, len(keys), maxH, sumH/float64(len(mem.Hist)), cos/float64(max(n, 1)))
	}
	return m.Train(ctx, sp.Train.X, sp.Train.N, rng, obs)
}
