// Command mode_collapse_cost measures the per-update cost of each mode_collapse_2d
// method at short scale, side by side in one process: CPU time (user+sys
// of the process, getrusage) and wall time per generator update, on a
// 100k-point 5 x 5 grid (std 0.05). Usage: go run ./scripts/mode_collapse_cost N
// (N updates per method; docs/results/mode_collapse.md used 30).
package main

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/nn"
)

func cpu() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func main() {
	blas.Use() // as ganpipe run does
	iters, _ := strconv.Atoi(os.Args[1])
	rng := rand.New(rand.NewSource(1))
	n := 100000
	data := make([]float32, 2*n)
	for i := 0; i < n; i++ {
		data[2*i] = float32(2*(rng.Intn(5)-2)) + float32(0.05*rng.NormFloat64())
		data[2*i+1] = float32(2*(rng.Intn(5)-2)) + float32(0.05*rng.NormFloat64())
	}
	adam := func(lr, b1 float64) nn.Optimizer {
		return nn.Optimizer{Kind: nn.OptAdam, LR: lr, Beta1: b1, Beta2: 0.999}
	}
	pac := gan.GANConfig{NoiseDim: 2, Noise: gan.NoiseNormal, Out: 2, GHidden: []int{400, 400, 400, 400}, GOutAct: nn.Linear,
		GBatchNorm: true, DHidden: []int{200, 200, 200}, DPieces: 5, GInit: 0.02, DInit: 0.02, InitNormal: true,
		Loss: gan.LossNonSaturating, Batch: 100, Iters: iters, DOpt: adam(1e-4, 0.8), GOpt: adam(1e-4, 0.8)}
	cfgs := []struct {
		name string
		c    gan.GANConfig
	}{{"GAN", pac}}
	sn := pac
	sn.SpectralNorm = true
	st, dy := sn, sn
	st.SpectralReg, dy.SpectralReg = gan.SpecRegStatic, gan.SpecRegDynamic
	p2, p4 := pac, pac
	p2.Pack, p4.Pack = 2, 4
	un := gan.GANConfig{NoiseDim: 256, Noise: gan.NoiseNormal, Out: 2, GHidden: []int{128, 128}, GOutAct: nn.Linear,
		DHidden: []int{128, 128}, DPieces: 1, DAct: gan.DActTanh, Loss: gan.LossMinimax, Batch: 512, Iters: iters,
		DOpt: adam(1e-4, 0.5), GOpt: adam(1e-3, 0.5), UnrolledSteps: 5}
	u0 := un
	u0.UnrolledSteps = 0
	cfgs = append(cfgs, []struct {
		name string
		c    gan.GANConfig
	}{{"GAN+SN", sn}, {"SR-GAN static", st}, {"SR-GAN dynamic", dy}, {"PacGAN2", p2}, {"PacGAN4", p4},
		{"Unrolled GAN k=5", un}, {"Unrolled nets k=0", u0}}...)
	report := func(name string, c0 time.Duration, w0 time.Time) {
		fmt.Printf("| %s | %.1f | %.1f |\n", name, float64(cpu()-c0)/float64(iters)/1e6, float64(time.Since(w0))/float64(iters)/1e6)
	}
	fmt.Printf("%d updates each; CPU ms / update (process user+sys) | wall ms / update\n", iters)
	for _, x := range cfgs {
		m, err := gan.NewGAN(x.c, rand.New(rand.NewSource(2)))
		if err != nil {
			panic(err)
		}
		c0, w0 := cpu(), time.Now()
		if err := m.Train(context.Background(), data, n, rand.New(rand.NewSource(3)), nil); err != nil {
			panic(err)
		}
		report(x.name, c0, w0)
	}
	v, err := gan.NewVEEGAN(gan.VEEGANConfig{NoiseDim: 254, EpsDim: 1, Out: 2, GHidden: []int{128, 128}, FHidden: []int{128, 128},
		DHidden: []int{128}, Batch: 500, Iters: iters, DOpt: adam(1e-3, 0.5), GOpt: adam(1e-3, 0.5)}, rand.New(rand.NewSource(2)))
	if err != nil {
		panic(err)
	}
	c0, w0 := cpu(), time.Now()
	if err := v.Train(context.Background(), data, n, rand.New(rand.NewSource(3)), nil); err != nil {
		panic(err)
	}
	report("VEEGAN", c0, w0)
}
