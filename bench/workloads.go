package bench

import (
	"context"
	"errors"
	"fmt"
	"math/rand"

	ganblas "github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/metrics"
	"github.com/ganpipe/ganpipe/models/ae"
	"github.com/ganpipe/ganpipe/models/classifier"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/gmmn"
	"github.com/ganpipe/ganpipe/models/memory"
	"github.com/ganpipe/ganpipe/models/nn"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// Shapes of the benchmarked models (PAPERS.md: GMMN+AE of Li et al. 2015 and the
// Goodfellow et al. 2014 MNIST GAN). peers/peers.py uses the same constants.
var (
	aeSizes     = []int{784, 1024, 32, 1024, 784}
	gmmnPixel   = []int{10, 64, 256, 256, 1024, 784}
	gmmnCode    = []int{10, 64, 256, 256, 1024, 32}
	pixelSigmas = []float64{2, 5, 10, 20, 40, 80}
	ganG        = []int{100, 1200, 1200, 784}
	// ganDGEMM are the discriminator's GEMMs (in, out): two maxout layers of 240
	// units x 5 pieces (a 1200-column GEMM each) and the output unit.
	ganDGEMM = [][2]int{{784, 1200}, {240, 1200}, {240, 1}}
)

const (
	gmmnBatch   = 1000 // samples and data rows per GMMN step
	dataRows    = 5000 // rows of the random training set minibatches come from
	parzenN     = 10000
	parzenDim   = 784
	parzenSigma = 0.17 // the bandwidth the GMMN protocol picks on MNIST
)

// The FLOP counts below are nominal: the GEMM FLOPs a straightforward
// implementation performs per step, elementwise work not counted. They are the
// same formulas as in peers/peers.py (TestPeerFlopsAgree checks), so GFLOP/s of
// the two sides compare like for like.

// mlpFlops is forward + backward of a dense stack: 2*b*in*out per layer forward,
// the same for the weight gradient and for the input gradient, except that the
// first layer's input gradient is not needed unless inputGrad.
func mlpFlops(batch int, sizes []int, inputGrad bool) float64 {
	var f float64
	for i := 0; i+1 < len(sizes); i++ {
		mm := 2 * float64(batch) * float64(sizes[i]) * float64(sizes[i+1])
		f += 2 * mm
		if i > 0 || inputGrad {
			f += mm
		}
	}
	return f
}

func mlpForwardFlops(batch int, sizes []int) float64 {
	var f float64
	for i := 0; i+1 < len(sizes); i++ {
		f += 2 * float64(batch) * float64(sizes[i]) * float64(sizes[i+1])
	}
	return f
}

// gmmnFlops: the generator on m noise vectors, the (m+b)^2 Gram matrix of
// samples and data, and its backward pass to the m samples.
func gmmnFlops(m, b int, sizes []int) float64 {
	n, d := float64(m+b), float64(sizes[len(sizes)-1])
	return mlpFlops(m, sizes, false) + 2*n*n*d + 2*float64(m)*n*d
}

func ganDFlops(batch int, inputGrad, weightGrad bool) float64 {
	return denseFlops(batch, ganDGEMM, inputGrad, weightGrad)
}

// denseFlops counts a stack of GEMMs (in, out) on batch rows: forward,
// weight gradients if weightGrad, input gradients past the first layer (and
// of the first if inputGrad).
func denseFlops(batch int, gemms [][2]int, inputGrad, weightGrad bool) float64 {
	var f float64
	for i, g := range gemms {
		mm := 2 * float64(batch) * float64(g[0]) * float64(g[1])
		f += mm
		if weightGrad {
			f += mm
		}
		if i > 0 || inputGrad {
			f += mm
		}
	}
	return f
}

// ganFlops: the D update (G forward on the fakes, D forward and backward on
// real + fake) and the G update (G forward and backward, D forward and input
// gradients; D's weight gradients are not needed).
func ganFlops(batch int) float64 {
	d := mlpForwardFlops(batch, ganG) + ganDFlops(2*batch, false, true)
	g := mlpFlops(batch, ganG, false) + ganDFlops(batch, true, false)
	return d + g
}

// The 2-D mode-collapse networks of specs/mode_collapse_2d.hcl at paper
// scale (PAPERS.md: PacGAN's 2-D grid and VEEGAN's notebook).
var (
	// pacG: G 2 -> 400 x 4 (linear, batch norm, ReLU) -> 2; pacDHidden: D's
	// maxout layers of 200 units x pacPieces pieces on packs of pacPack
	// samples, then one logit.
	pacG       = []int{2, 400, 400, 400, 400, 2}
	pacDHidden = []int{200, 200, 200}
	// veeganG (and F): ReLU MLPs 128, 128; veeganD: one ReLU layer of 128 on
	// [z | x].
	veeganG = []int{128, 128}
	veeganD = []int{128}
	// unrolledG: the unrolled GAN demo's G, z 256 -> 128 -> 128 (tanh) -> 2;
	// unrolledD: D 2 -> 128 -> 128 (tanh) -> logit.
	unrolledG = []int{256, 128, 128, 2}
	unrolledD = []int{2, 128, 128, 1}
)

const (
	pacPieces   = 5
	pacPack     = 2   // PacGAN2
	pacBatch    = 100 // packs per step
	veeganNoise = 254 // z, which D sees
	veeganEps   = 1   // extra generator noise D does not see
	veeganBatch = 500
	gridDim     = 2
	// unrolledSteps D updates G's loss is taken through; unrolledBatch rows
	// of data and of samples per step.
	unrolledSteps = 5
	unrolledBatch = 512
)

// MemoryGAN at the authors' Fashion-MNIST sizes (specs/memorygan.hcl at paper
// scale): z 2-d, memory of mgSlots keys of mgDim with top mgTopK, G on [z,
// key] with mgG feature maps, D convolutions mgD, batch 64.
var (
	mgG = []int{128, 128}
	mgD = []int{64, 128, 256}
)

const (
	mgNoise = 2
	mgSlots = 4096
	mgDim   = 256
	mgTopK  = 128
	mgBatch = 64
)

// unrolledFlops is a nominal count of an unrolled GAN update: the D step (G
// forward, D forward and weight gradients on real and fake rows) and G's:
// G forward and backward, then per unrolled step D's forward and written-out
// gradient on the 2*batch rows (weight and input gradients) and, for the
// derivative through it, twice that again, and D's forward and input
// gradients at w_k. The second-order terms are not counted exactly: both
// sides use this formula, so the ratio is a time ratio.
func unrolledFlops(batch, steps int) float64 {
	d := gemmsOf(unrolledD)
	return mlpForwardFlops(batch, unrolledG) + denseFlops(2*batch, d, false, true) +
		mlpFlops(batch, unrolledG, false) + float64(3*steps)*denseFlops(2*batch, d, true, true) +
		denseFlops(2*batch, d, true, false)
}

// gemmsOf lists the (in, out) GEMMs of a dense stack of the given widths.
func gemmsOf(sizes []int) [][2]int {
	var g [][2]int
	for i := 0; i+1 < len(sizes); i++ {
		g = append(g, [2]int{sizes[i], sizes[i+1]})
	}
	return g
}

// pacDGEMMs are the PacGAN D's GEMMs: maxout layers (pieces columns per
// unit) on packs of pack samples, then the logit.
func pacDGEMMs(pack int) [][2]int {
	in := pacG[len(pacG)-1] * pack
	var g [][2]int
	for _, h := range pacDHidden {
		g = append(g, [2]int{in, h * pacPieces})
		in = h
	}
	return append(g, [2]int{in, 1})
}

// pacFlops counts a simultaneous PacGAN step (both players' gradients at
// the same parameters, as the spec's rows train), like ganFlops: the D
// pass is G forward on the batch*pack fake samples and D forward and weight
// gradients on the real and fake packs; the G pass is G forward and
// backward and D forward and input gradients on the fake packs. Batch norm
// is elementwise and not counted.
func pacFlops(batch, pack int) float64 {
	rows, dg := batch*pack, pacDGEMMs(pack)
	d := mlpForwardFlops(rows, pacG) + denseFlops(2*batch, dg, false, true)
	g := mlpFlops(rows, pacG, false) + denseFlops(batch, dg, true, false)
	return d + g
}

// veeganSizes are the widths of VEEGAN's G ([z | eps] -> x), F (x -> z) and
// D ([z | x] -> logit).
func veeganSizes() (g, f, d []int) {
	g = append(append([]int{veeganNoise + veeganEps}, veeganG...), gridDim)
	f = append(append([]int{gridDim}, veeganG...), veeganNoise)
	d = append(append([]int{veeganNoise + gridDim}, veeganD...), 1)
	return g, f, d
}

// veeganFlops counts a VEEGAN step: G forward on the batch's noise and F
// forward on the real batch (outside the graphs, to fill D's pairs); D
// forward and weight gradients on the 2*batch pairs; then the G/F graph: G
// forward and backward, D forward and input gradients on the generated
// pairs, F forward and backward with its input gradients (they reach G).
func veeganFlops(batch int) float64 {
	g, f, d := veeganSizes()
	return mlpForwardFlops(batch, g) + mlpForwardFlops(batch, f) +
		denseFlops(2*batch, gemmsOf(d), false, true) +
		mlpFlops(batch, g, false) + denseFlops(batch, gemmsOf(d), true, false) + mlpFlops(batch, f, true)
}

// dcganBatch is specs/dcgan_mnist.hcl's batch (Radford et al.'s 64).
const dcganBatch = 64

// dcganGEMMs are the per-image multiply-adds of each GEMM of the 28x28 DCGAN
// (models/gan/dcgan.go, channels image channels): G's FC 100 -> 7*7*128, its
// deconvolutions (49 rows x 128 -> 16*64 columns, then 196 rows x 64 ->
// 16*channels), D's convolutions (196 rows x 16*channels -> 64, 49 rows x
// 16*64 -> 128) and its FC 6272 -> 1.
func dcganGEMMs(channels int) (g, d []float64) {
	c := float64(channels)
	g = []float64{100 * 6272, 49 * 128 * 16 * 64, 196 * 64 * 16 * c}
	d = []float64{196 * 16 * c * 64, 49 * 16 * 64 * 128, 6272}
	return g, d
}

// dcganFlops counts like ganFlops: the D update is G forward on the fakes and
// D forward plus weight and (past the first layer) input gradients on real +
// fake; the G update is G forward and backward (no gradient to the noise) and
// D forward plus input gradients (no weight gradients).
func dcganFlops(batch, channels int) float64 {
	g, d := dcganGEMMs(channels)
	return convGANFlops(batch, g, d)
}

// convGANFlops is dcganFlops's count for G's and D's per-image GEMM
// multiply-adds g and d (in layer order).
func convGANFlops(batch int, g, d []float64) float64 {
	b := float64(batch)
	var f float64
	for i, mm := range g {
		f += 2 * b * mm // D update's G forward
		f += 2 * 2 * b * mm
		if i > 0 {
			f += 2 * b * mm
		}
	}
	for i, mm := range d {
		f += 3 * 2 * 2 * b * mm // D update on 2b rows: forward, weight and input gradients
		if i == 0 {
			f -= 2 * 2 * b * mm // no gradient to the images
		}
		f += 2 * 2 * b * mm // G update: forward and input gradients
	}
	return f
}

// memoryganGEMMs are the per-image multiply-adds of MemoryGAN's GEMMs
// (models/gan/memorygan.go, 28x28x1): G's FC [z, key] -> 7*7*128 and its
// deconvolutions (49 rows x 128 -> 16*128, 196 rows x 128 -> 16); D's
// convolutions (196 rows x 16 -> 64, 49 x 1024 -> 128, 9 x 2048 -> 256) and
// the query 2304 -> 256.
func memoryganGEMMs() (g, d []float64) {
	g = []float64{(mgNoise + mgDim) * 49 * 128, 49 * 128 * 16 * 128, 196 * 128 * 16}
	d = []float64{196 * 16 * 64, 49 * 16 * 64 * 128, 9 * 16 * 128 * 256, 2304 * mgDim}
	return g, d
}

// memoryganFlops is convGANFlops plus the memory's similarity products,
// one [rows, M] x [M, N] GEMM per read and per update: the D step reads
// and updates with its 2B queries, the G step reads and updates with B.
func memoryganFlops(batch int) float64 {
	g, d := memoryganGEMMs()
	return convGANFlops(batch, g, d) + 2*6*float64(batch)*mgSlots*mgDim
}

// classifierGEMMs are the per-image multiply-adds of the MNIST classifier's
// GEMMs (models/classifier, the specs' configuration: 5x5 convolutions of 16
// and 32 channels with 2x2 pooling, dense 128, 10 logits): 784 rows x 25 ->
// 16, 196 rows x 400 -> 32, 1568 -> 128, 128 -> 10.
var classifierGEMMs = []float64{784 * 25 * 16, 196 * 400 * 32, 1568 * 128, 128 * 10}

// classifierFlops: forward, weight gradients and (past the first layer)
// input gradients of every GEMM, 2 FLOPs per multiply-add.
func classifierFlops(batch int) float64 {
	var f float64
	for i, mm := range classifierGEMMs {
		passes := 3.0
		if i == 0 {
			passes = 2 // no gradient to the images
		}
		f += passes * 2 * float64(batch) * mm
	}
	return f
}

// classifierBatch is classifier_train's default batch.
const classifierBatch = 64

func parzenFlops(samples, points, d int) float64 {
	return 2 * float64(samples) * float64(points) * float64(d)
}

// Workloads returns the suite in its fixed order. The names are shared with
// peers/peers.py.
func Workloads() []Workload {
	return []Workload{
		{Name: "gemm", Flops: 2 * 1000 * 1024 * 1024, Setup: gemmSetup(1000, 1024, 1024)},
		{Name: "ae_step_b1000", Flops: mlpFlops(1000, aeSizes, false), Setup: aeSetup(1000)},
		{Name: "ae_step_b100", Flops: mlpFlops(100, aeSizes, false), Setup: aeSetup(100)},
		{Name: "gmmn_step", Flops: gmmnFlops(gmmnBatch, gmmnBatch, gmmnPixel), Setup: gmmnSetup(gmmnPixel, pixelSigmas)},
		{Name: "gmmn_code_step", Flops: gmmnFlops(gmmnBatch, gmmnBatch, gmmnCode), Setup: gmmnSetup(gmmnCode, []float64{1})},
		{Name: "gan_step", Flops: ganFlops(100), Setup: ganSetup},
		{Name: "dcgan_step", Flops: dcganFlops(dcganBatch, 1), Setup: dcganSetup(1)},
		{Name: "dcgan3_step", Flops: dcganFlops(dcganBatch, 3), Setup: dcganSetup(3)},
		{Name: "classifier_step", Flops: classifierFlops(classifierBatch), Setup: classifierSetup},
		{Name: "pacgan_step", Flops: pacFlops(pacBatch, pacPack), Setup: pacganSetup},
		{Name: "veegan_step", Flops: veeganFlops(veeganBatch), Setup: veeganSetup},
		{Name: "unrolled_step", Flops: unrolledFlops(unrolledBatch, unrolledSteps), Setup: unrolledSetup},
		{Name: "memorygan_step", Flops: memoryganFlops(mgBatch), Setup: memoryganSetup},
		{Name: "parzen", Flops: parzenFlops(parzenN, parzenN, parzenDim), Setup: parzenSetup(parzenN, parzenN, parzenDim, parzenSigma)},
	}
}

// uniform returns n values in [0,1) from a seeded generator.
func uniform(rng *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = rng.Float32()
	}
	return v
}

// gemmSetup: C = A B with A m x k, B k x n in float32 through blas32, i.e. the
// BLAS package blas installed (OpenBLAS in the default cgo build).
func gemmSetup(m, k, n int) func(int) (func() error, func(), error) {
	return func(threads int) (func() error, func(), error) {
		ganblas.UseThreads(threads)
		_, _, _, step := newGemm(m, k, n)
		return step, nil, nil
	}
}

// newGemm returns seeded operands and the step computing c = a b.
func newGemm(m, k, n int) (a, b, c blas32.General, step func() error) {
	rng := rand.New(rand.NewSource(1))
	a = blas32.General{Rows: m, Cols: k, Stride: k, Data: uniform(rng, m*k)}
	b = blas32.General{Rows: k, Cols: n, Stride: n, Data: uniform(rng, k*n)}
	c = blas32.General{Rows: m, Cols: n, Stride: n, Data: make([]float32, m*n)}
	return a, b, c, func() error {
		blas32.Gemm(blas.NoTrans, blas.NoTrans, 1, a, b, 0, c)
		return nil
	}
}

// parzenSetup: metrics.ParzenLogLik of points under samples (uniform random
// pixels). With random data almost every kernel term is far below the row
// maximum, which the metrics code skips; on MNIST more terms survive.
func parzenSetup(samples, points, d int, sigma float64) func(int) (func() error, func(), error) {
	return func(threads int) (func() error, func(), error) {
		ganblas.UseThreads(threads)
		rng := rand.New(rand.NewSource(2))
		s, p := uniform(rng, samples*d), uniform(rng, points*d)
		step := func() error {
			// One worker drives an OpenBLAS GEMM that uses all threads; see
			// docs/performance.md for the worker/thread split measured.
			_, err := metrics.ParzenLogLik(context.Background(), s, p, d, sigma, metrics.ParzenOptions{Workers: 1})
			return err
		}
		return step, nil, nil
	}
}

// aeSetup: one Autoencoder.Finetune iteration of the paper's AE (784-1024-32,
// sigmoid, mirrored decoder, encoder dropout 0.2/0.5, BCE) at the given batch.
func aeSetup(batch int) func(int) (func() error, func(), error) {
	return func(threads int) (func() error, func(), error) {
		ganblas.UseThreads(threads)
		rng := rand.New(rand.NewSource(3))
		model, err := ae.NewAutoencoder(ae.AEConfig{Sizes: aeSizes[:3], Dropout: []float64{0.2, 0.5}, Activation: nn.Sigmoid}, rng)
		if err != nil {
			return nil, nil, err
		}
		x := uniform(rng, dataRows*aeSizes[0])
		opt := nn.Optimizer{Schedule: []nn.Phase{{From: 1, LR: 0.1, Momentum: 0.9}}, Batch: batch}
		return observerSteps(func(ctx context.Context, obs nn.Observer) error {
			return model.Finetune(ctx, x, dataRows, opt, maxIters, rng, obs)
		})
	}
}

// gmmnSetup: one GMMN.Train iteration (1000 samples vs 1000 data rows).
func gmmnSetup(sizes []int, sigmas []float64) func(int) (func() error, func(), error) {
	return func(threads int) (func() error, func(), error) {
		ganblas.UseThreads(threads)
		rng := rand.New(rand.NewSource(4))
		last := len(sizes) - 1
		g, err := gmmn.NewGMMN(gmmn.GMMNConfig{NoiseDim: sizes[0], Hidden: sizes[1:last], Out: sizes[last], OutAct: nn.Sigmoid, Sigmas: sigmas, Batch: gmmnBatch}, rng)
		if err != nil {
			return nil, nil, err
		}
		data := uniform(rng, dataRows*sizes[last])
		opt := nn.Optimizer{Schedule: []nn.Phase{{From: 1, LR: 2, Momentum: 0.9}}, Batch: gmmnBatch}
		return observerSteps(func(ctx context.Context, obs nn.Observer) error {
			return g.Train(ctx, data, dataRows, opt, maxIters, rng, obs)
		})
	}
}

// ganSetup: one GAN.Train generator update of Goodfellow et al.'s MNIST GAN
// (G 100-1200-1200-784 ReLU/sigmoid; D maxout 240x5 twice, dropout 0.2 on the
// input and 0.5 on the hidden layers, sigmoid output; non-saturating G loss;
// SGD momentum 0.5), i.e. one D update and one G update on batch 100. The
// learning rate is 0.05, not the paper's 0.1: on these random-uniform "images"
// and without the paper's max-column-norm constraint, lr 0.1 drives the
// generator loss to +Inf at update 294, and the 1,000-step heap check must
// keep training (the work per step does not depend on the rate).
func ganSetup(threads int) (func() error, func(), error) {
	ganblas.UseThreads(threads)
	rng := rand.New(rand.NewSource(5))
	sgd := nn.Optimizer{Kind: nn.OptSGD, LR: 0.05, Momentum: 0.5}
	m, err := gan.NewGAN(gan.GANConfig{
		NoiseDim: ganG[0], Noise: "uniform", Out: ganG[3], GHidden: ganG[1:3], GOutAct: nn.Sigmoid,
		DHidden: []int{240, 240}, DPieces: 5, DDropIn: 0.2, DDrop: 0.5,
		Loss: gan.LossNonSaturating, Batch: 100, Iters: maxIters, NCritic: 1, DOpt: sgd, GOpt: sgd,
	}, rng)
	if err != nil {
		return nil, nil, err
	}
	data := uniform(rng, dataRows*ganG[3])
	return observerSteps(func(ctx context.Context, obs nn.Observer) error {
		return m.Train(ctx, data, dataRows, rng, obs)
	})
}

// dcganSetup: one GAN.Train generator update of specs/dcgan_mnist.hcl's 28x28
// DCGAN at its paper settings (batch 64, Adam 2e-4 / beta1 0.5, batch norm,
// normal noise of 100 dimensions, non-saturating loss, sigmoid output), i.e.
// one D update and one G update, on images of the given channel count (3:
// stacked MNIST).
func dcganSetup(channels int) func(int) (func() error, func(), error) {
	return func(threads int) (func() error, func(), error) {
		ganblas.UseThreads(threads)
		rng := rand.New(rand.NewSource(6))
		out := 28 * 28 * channels
		adam := nn.Optimizer{Kind: nn.OptAdam, LR: 2e-4, Beta1: 0.5, Beta2: 0.999}
		m, err := gan.NewGAN(gan.GANConfig{
			Arch: gan.ArchDCGAN, DCGAN: gan.DCGANConfig{Channels: channels},
			NoiseDim: 100, Noise: "normal", Out: out, GOutAct: nn.Sigmoid,
			Loss: gan.LossNonSaturating, Batch: dcganBatch, Iters: maxIters, DOpt: adam, GOpt: adam,
		}, rng)
		if err != nil {
			return nil, nil, err
		}
		data := uniform(rng, dataRows*out)
		return observerSteps(func(ctx context.Context, obs nn.Observer) error {
			return m.Train(ctx, data, dataRows, rng, obs)
		})
	}
}

// classifierSetup: one Classifier.Train step of the specs' MNIST classifier
// (classifier_train's defaults: channels 16 and 32, hidden 128, dropout 0.5,
// Adam 1e-3, batch 64) on uniform random images with random labels.
func classifierSetup(threads int) (func() error, func(), error) {
	ganblas.UseThreads(threads)
	rng := rand.New(rand.NewSource(7))
	m, err := classifier.NewClassifier(classifier.ClassifierConfig{Side: 28, Channels: []int{16, 32}, Hidden: 128, Classes: 10, Dropout: 0.5}, rng)
	if err != nil {
		return nil, nil, err
	}
	x := uniform(rng, dataRows*784)
	labels := make([]int32, dataRows)
	for i := range labels {
		labels[i] = int32(rng.Intn(10))
	}
	opt := nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3}
	return observerSteps(func(ctx context.Context, obs nn.Observer) error {
		return m.Train(ctx, x, labels, dataRows, opt, classifierBatch, maxIters, rng, obs)
	})
}

// pacganSetup: one GAN.Train update of specs/mode_collapse_2d.hcl's PacGAN2
// row at paper scale (PacGAN's 2-D networks, N(0, 0.02) weights, Adam 1e-4
// with beta1 0.8, 100 packs of 2, non-saturating loss, both players'
// gradients from one minibatch as the spec's rows train) on uniform random
// points.
func pacganSetup(threads int) (func() error, func(), error) {
	ganblas.UseThreads(threads)
	rng := rand.New(rand.NewSource(9))
	m, err := gan.NewGAN(pacConfig(pacG, pacDHidden, pacPieces, pacPack, pacBatch, 0.02, maxIters), rng)
	if err != nil {
		return nil, nil, err
	}
	data := uniform(rng, dataRows*gridDim)
	return observerSteps(func(ctx context.Context, obs nn.Observer) error {
		return m.Train(ctx, data, dataRows, rng, obs)
	})
}

// pacConfig is the PacGAN row's configuration (pacganSetup, the agreement
// case): G's widths g (noise, hidden..., out), D's maxout units dHidden of
// pieces each, packs of pack, batch packs, weights N(0, init^2).
func pacConfig(g, dHidden []int, pieces, pack, batch int, init float64, iters int) gan.GANConfig {
	l := len(g) - 1
	adam := nn.Optimizer{Kind: nn.OptAdam, LR: 1e-4, Beta1: 0.8, Beta2: 0.999}
	return gan.GANConfig{
		NoiseDim: g[0], Noise: gan.NoiseNormal, Out: g[l], GHidden: g[1:l], GOutAct: nn.Linear,
		DHidden: dHidden, DPieces: pieces, GInit: init, DInit: init, InitNormal: true, GBatchNorm: true,
		Pack: pack, Update: gan.UpdateSimultaneous, Loss: gan.LossNonSaturating,
		Batch: batch, Iters: iters, DOpt: adam, GOpt: adam,
	}
}

// veeganSetup: one VEEGAN.Train update of specs/mode_collapse_2d.hcl's VEEGAN
// row at paper scale (the notebook's MLPs, z 254 + eps 1, Adam 1e-3 with
// beta1 0.5, batch 500) on uniform random points.
func veeganSetup(threads int) (func() error, func(), error) {
	ganblas.UseThreads(threads)
	rng := rand.New(rand.NewSource(10))
	v, err := gan.NewVEEGAN(veeganConfig(veeganNoise, veeganEps, gridDim, veeganG, veeganD, veeganBatch, maxIters), rng)
	if err != nil {
		return nil, nil, err
	}
	data := uniform(rng, dataRows*gridDim)
	return observerSteps(func(ctx context.Context, obs nn.Observer) error {
		return v.Train(ctx, data, dataRows, rng, obs)
	})
}

// veeganConfig is the VEEGAN row's configuration (veeganSetup, the
// agreement case): z of noise dimensions (D sees them), eps extra ones, out
// data dimensions, G's and F's hidden widths g, D's d, batch rows.
func veeganConfig(noise, eps, out int, g, d []int, batch, iters int) gan.VEEGANConfig {
	adam := nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3, Beta1: 0.5, Beta2: 0.999}
	return gan.VEEGANConfig{NoiseDim: noise, EpsDim: eps, Out: out,
		GHidden: g, FHidden: g, DHidden: d,
		Batch: batch, Iters: iters, DOpt: adam, GOpt: adam}
}

// unrolledSetup: one GAN.Train update of specs/mode_collapse_2d.hcl's
// unrolled GAN row at paper scale (the demo's tanh MLPs with orthogonal
// weights of gain 1.4, minimax loss, Adam D 1e-4 and G 1e-3 with beta1 0.5,
// batch 512, G's loss through 5 unrolled D updates) on uniform random
// points.
func unrolledSetup(threads int) (func() error, func(), error) {
	ganblas.UseThreads(threads)
	rng := rand.New(rand.NewSource(11))
	m, err := gan.NewGAN(unrolledConfig(unrolledG, unrolledD, unrolledBatch, unrolledSteps, maxIters), rng)
	if err != nil {
		return nil, nil, err
	}
	data := uniform(rng, dataRows*gridDim)
	return observerSteps(func(ctx context.Context, obs nn.Observer) error {
		return m.Train(ctx, data, dataRows, rng, obs)
	})
}

// unrolledConfig is the unrolled GAN row's configuration with G's and D's
// layer widths gs and ds (input, hidden..., output).
func unrolledConfig(gs, ds []int, batch, steps, iters int) gan.GANConfig {
	gl, dl := len(gs)-1, len(ds)-1
	return gan.GANConfig{
		NoiseDim: gs[0], Noise: gan.NoiseNormal, Out: gs[gl], GHidden: gs[1:gl], GAct: nn.Tanh, GOutAct: nn.Linear,
		DHidden: ds[1:dl], DPieces: 1, DAct: gan.DActTanh, GInit: 1.4, DInit: 1.4, InitOrthogonal: true,
		Loss: gan.LossMinimax, UnrolledSteps: steps, Batch: batch, Iters: iters,
		DOpt: nn.Optimizer{Kind: nn.OptAdam, LR: 1e-4, Beta1: 0.5, Beta2: 0.999},
		GOpt: nn.Optimizer{Kind: nn.OptAdam, LR: 1e-3, Beta1: 0.5, Beta2: 0.999},
	}
}

// memoryganSetup: one MemoryGAN.Train iteration of specs/memorygan.hcl's
// MemoryGAN at paper scale (a D step and a G step, each followed by its
// memory update; Adam 2e-4 / beta1 0.5, lambda 1e-2) on uniform random
// 28x28 images. The memory starts empty, as in training; the cost of a read
// or an update does not depend on what its keys hold.
func memoryganSetup(threads int) (func() error, func(), error) {
	ganblas.UseThreads(threads)
	rng := rand.New(rand.NewSource(12))
	m, err := gan.NewMemoryGAN(memoryganConfig(mgG, mgD, memory.Config{Slots: mgSlots, Dim: mgDim, TopK: mgTopK}, mgBatch, maxIters), rng)
	if err != nil {
		return nil, nil, err
	}
	data := uniform(rng, dataRows*784)
	return observerSteps(func(ctx context.Context, obs nn.Observer) error {
		return m.Train(ctx, data, dataRows, rng, obs)
	})
}

// memoryganConfig is the MemoryGAN row's configuration on 28x28x1 images
// (the workload, the agreement case).
func memoryganConfig(g, d []int, mem memory.Config, batch, iters int) gan.MemoryGANConfig {
	adam := nn.Optimizer{Kind: nn.OptAdam, LR: 2e-4, Beta1: 0.5, Beta2: 0.999}
	return gan.MemoryGANConfig{Side: 28, Channels: 1, NoiseDim: mgNoise, GChannels: g, DChannels: d,
		Memory: mem, Lambda: 1e-2, Batch: batch, Iters: iters, DOpt: adam, GOpt: adam}
}

// maxIters is the iteration count handed to a training loop that observerSteps
// drives: effectively unbounded, the loop ends when cleanup cancels it.
const maxIters = 1 << 40

// observerSteps turns a training loop that reports every iteration to an
// Observer into a step function that runs exactly one iteration per call. The
// models API trains for a number of iterations inside one call (it builds the
// graph and tape machine once and reuses them), and has no exported single-step
// function; so the loop runs in a goroutine and the observer parks it after each
// iteration until the next step() lets it go. Setup returns after the first
// iteration (graph construction plus one step, i.e. part of the warm-up).
// The handoff costs two channel operations (microseconds) per step.
func observerSteps(train func(ctx context.Context, obs nn.Observer) error) (func() error, func(), error) {
	ctx, cancel := context.WithCancel(context.Background())
	next := make(chan struct{})
	done := make(chan struct{})
	errc := make(chan error, 1)
	obs := func(int, int, map[string]float64) {
		select {
		case done <- struct{}{}:
		case <-ctx.Done():
			return
		}
		select {
		case <-next:
		case <-ctx.Done():
		}
	}
	go func() { errc <- train(ctx, obs) }()

	var finished bool
	var trainErr error
	ended := func(err error) error {
		finished, trainErr = true, err
		if err == nil {
			err = errors.New("training loop ended")
		}
		return fmt.Errorf("training loop: %w", err)
	}
	select {
	case <-done:
	case err := <-errc:
		cancel()
		return nil, nil, ended(err)
	}
	step := func() error {
		if finished {
			return fmt.Errorf("training loop already ended: %w", trainErr)
		}
		select {
		case next <- struct{}{}:
		case err := <-errc:
			return ended(err)
		}
		select {
		case <-done:
			return nil
		case err := <-errc:
			return ended(err)
		}
	}
	cleanup := func() {
		cancel()
		if !finished {
			finished = true
			<-errc
		}
	}
	return step, cleanup, nil
}
