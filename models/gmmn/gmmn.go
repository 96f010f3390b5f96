// Package gmmn is the generative moment matching network of Li, Swersky &
// Zemel (2015): an MLP generator trained on the MMD between its samples and
// the data (gmmn.go), the MMD loss, its gradient and its ops (mmd.go). It is
// built on models/nn.
package gmmn

import (
	"context"
	"fmt"
	"math/rand"
	"strconv"

	"github.com/ganpipe/ganpipe/models/nn"
)

// GMMNConfig describes a GMMN generator: noise U[-1,1]^NoiseDim -> Hidden ReLU
// layers -> Out units with OutAct (sigmoid in the paper), trained with the
// sqrt-MMD loss over the Gaussian kernel bandwidths Sigmas (k = exp(-d^2/(2 sigma))).
// Batch is the number of generated samples per step (0: the SGD data batch size).
type GMMNConfig struct {
	NoiseDim int
	Hidden   []int
	Out      int
	OutAct   nn.Activation
	Sigmas   []float64
	Batch    int
	Init     nn.Init // weight initialisation ("": InitGlorot)
	Loss     MMDLoss // training loss ("": LossSqrtMMD2)
}

// MMDLoss names the quantity a GMMN descends.
type MMDLoss string

const (
	// LossSqrtMMD2 is sqrt(sum_sigma MMD^2_sigma), the paper's loss and the
	// one active in the authors' train.py (mmdgen_sqrt_gaussian).
	LossSqrtMMD2 MMDLoss = "sqrt_mmd2"
	// LossMMD2 is sum_sigma MMD^2_sigma itself. The authors' train.py keeps
	// it as a commented-out alternative (mmdgen_multiscale, whose two-column
	// S matrix makes it MMD^2/2 for equal batch sizes); its gradient is the
	// sqrt loss's times 2L, so it shrinks as the samples approach the data.
	LossMMD2 MMDLoss = "mmd2"
)

// Valid reports whether l names a supported loss ("" included).
func (l MMDLoss) Valid() error {
	switch l {
	case "", LossSqrtMMD2, LossMMD2:
		return nil
	}
	return fmt.Errorf("models: unknown GMMN loss %q (want %q or %q)", string(l), LossSqrtMMD2, LossMMD2)
}

// GMMN is a generative moment matching network.
type GMMN struct {
	cfg    GMMNConfig
	layers []*nn.Layer
}

func (c GMMNConfig) validate() error {
	if c.NoiseDim <= 0 || c.Out <= 0 {
		return fmt.Errorf("models: GMMN noise dim %d and output dim %d must be positive", c.NoiseDim, c.Out)
	}
	for _, h := range c.Hidden {
		if h <= 0 {
			return fmt.Errorf("models: GMMN hidden sizes must be positive, got %v", c.Hidden)
		}
	}
	if len(c.Sigmas) == 0 {
		return fmt.Errorf("models: GMMN needs at least one kernel bandwidth")
	}
	for _, s := range c.Sigmas {
		if !(s > 0) {
			return fmt.Errorf("models: GMMN kernel bandwidth %v must be positive", s)
		}
	}
	if c.Batch < 0 {
		return fmt.Errorf("models: GMMN sample batch %d must not be negative", c.Batch)
	}
	if err := c.Init.Valid(); err != nil {
		return err
	}
	if err := c.Loss.Valid(); err != nil {
		return err
	}
	return c.OutAct.Valid()
}

func newGMMN(cfg GMMNConfig) (*GMMN, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	cfg.Hidden = append([]int(nil), cfg.Hidden...)
	cfg.Sigmas = append([]float64(nil), cfg.Sigmas...)
	g := &GMMN{cfg: cfg}
	in := cfg.NoiseDim
	for _, h := range cfg.Hidden {
		g.layers = append(g.layers, &nn.Layer{In: in, Out: h, Act: nn.ReLU, W: make([]float32, in*h), B: make([]float32, h)})
		in = h
	}
	g.layers = append(g.layers, &nn.Layer{In: in, Out: cfg.Out, Act: cfg.OutAct, W: make([]float32, in*cfg.Out), B: make([]float32, cfg.Out)})
	return g, nil
}

// NewGMMN initialises a generator from rng.
func NewGMMN(cfg GMMNConfig, rng *rand.Rand) (*GMMN, error) {
	g, err := newGMMN(cfg)
	if err != nil {
		return nil, err
	}
	for _, l := range g.layers {
		nn.InitLayer(l, cfg.Init, rng)
	}
	return g, nil
}

// Train fits the generator to data (n rows of Out values) for iters SGD steps.
// Each step draws opt.Batch data rows (seeded epochs) and Batch fresh noise
// vectors, and descends L = sqrt(sum_sigma MMD^2_sigma) (or sum_sigma MMD^2_sigma
// under LossMMD2). Observer terms: loss,
// mmd2 (sum over sigmas), grad_norm, lr, momentum.
func (g *GMMN) Train(ctx context.Context, data []float32, n int, opt nn.Optimizer, iters int, rng *rand.Rand, obs nn.Observer) error {
	if err := nn.CheckData(data, n, g.cfg.Out); err != nil {
		return err
	}
	if err := opt.ValidateBatched(); err != nil {
		return err
	}
	M := g.cfg.Batch
	if M == 0 {
		M = opt.Batch
	}
	t, noise, dbuf, k, err := g.build(M, opt.Batch)
	if err != nil {
		return err
	}
	s := nn.NewSampler(n, rng)
	t.Samplers = []*nn.Sampler{s}
	return t.Train(ctx, opt, iters, func(int) {
		nn.FillNoise(noise, rng)
		s.Fill(dbuf, data, g.cfg.Out)
	}, func(terms map[string]float64) {
		var tot float64
		for _, v := range k.mmd2 {
			tot += v
		}
		terms["mmd2"] = tot
	}, obs)
}

// build makes the training graph for M samples against B data rows.
func (g *GMMN) build(M, B int) (*nn.GraphNet, []float32, []float32, *mmdKernel, error) {
	t := nn.NewGraphNet()
	zn, noise := t.Input("noise", M, g.cfg.NoiseDim)
	xn, dbuf := t.Input("data", B, g.cfg.Out)
	cur := zn
	var err error
	for i, l := range g.layers {
		if cur, err = t.Dense(cur, l, "l"+strconv.Itoa(i), false); err != nil {
			return nil, nil, nil, nil, err
		}
	}
	k := newMMDKernel(g.cfg.Sigmas, g.cfg.Loss == LossMMD2)
	cost, err := applyMMD(cur, xn, k)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if err := t.Compile(cost); err != nil {
		return nil, nil, nil, nil, err
	}
	return t, noise, dbuf, k, nil
}

// Sample draws n samples (n x Out, row-major).
func (g *GMMN) Sample(n int, rng *rand.Rand) []float32 {
	z := make([]float32, n*g.cfg.NoiseDim)
	nn.FillNoise(z, rng)
	return g.SampleFrom(z, n)
}

// SampleFrom maps n noise vectors (n x NoiseDim) through the generator.
func (g *GMMN) SampleFrom(noise []float32, n int) []float32 {
	return nn.Forward(g.layers, noise, n, false)
}

// NoiseDim and OutDim are the generator's input and output widths.
func (g *GMMN) NoiseDim() int { return g.cfg.NoiseDim }
func (g *GMMN) OutDim() int   { return g.cfg.Out }

func (g *GMMN) names() []string {
	ns := make([]string, len(g.layers))
	for i := range ns {
		ns[i] = "l" + strconv.Itoa(i)
	}
	return ns
}

// Params returns a copy of the parameters l0.W, l0.b, ... (W shaped [in, out]).
func (g *GMMN) Params() nn.Params { return nn.LayersParams(g.layers, g.names()) }

// Arch describes the architecture as strings (GMMNFrom's input).
func (g *GMMN) Arch() map[string]string {
	return map[string]string{
		"model":     "gmmn",
		"noise_dim": strconv.Itoa(g.cfg.NoiseDim),
		"hidden":    nn.JoinInts(g.cfg.Hidden),
		"out":       strconv.Itoa(g.cfg.Out),
		"out_act":   string(g.cfg.OutAct),
		"sigmas":    nn.JoinFloats(g.cfg.Sigmas),
		"batch":     strconv.Itoa(g.cfg.Batch),
		"noise":     "uniform[-1,1]",
	}
}

// GMMNFrom rebuilds a generator from Arch() and Params().
func GMMNFrom(arch map[string]string, p nn.Params) (*GMMN, error) {
	if arch["model"] != "gmmn" {
		return nil, fmt.Errorf("models: arch is for %q, not gmmn", arch["model"])
	}
	var cfg GMMNConfig
	var err error
	if cfg.NoiseDim, err = strconv.Atoi(arch["noise_dim"]); err != nil {
		return nil, fmt.Errorf("models: arch noise_dim: %w", err)
	}
	if cfg.Out, err = strconv.Atoi(arch["out"]); err != nil {
		return nil, fmt.Errorf("models: arch out: %w", err)
	}
	if cfg.Hidden, err = nn.SplitInts(arch["hidden"]); err != nil {
		return nil, fmt.Errorf("models: arch hidden: %w", err)
	}
	if cfg.Sigmas, err = nn.SplitFloats(arch["sigmas"]); err != nil {
		return nil, fmt.Errorf("models: arch sigmas: %w", err)
	}
	if b := arch["batch"]; b != "" {
		if cfg.Batch, err = strconv.Atoi(b); err != nil {
			return nil, fmt.Errorf("models: arch batch: %w", err)
		}
	}
	cfg.OutAct = nn.Activation(arch["out_act"])
	g, err := newGMMN(cfg)
	if err != nil {
		return nil, err
	}
	if err := nn.LoadParams(g.layers, g.names(), p); err != nil {
		return nil, err
	}
	return g, nil
}

// Loss is the GMMN training loss sqrt(sum_sigma MMD^2_sigma) of the m
// generated samples from noise z (m x NoiseDim) against n data rows.
func (g *GMMN) Loss(z []float32, m int, data []float32, n int) (float64, error) {
	if err := nn.CheckData(z, m, g.cfg.NoiseDim); err != nil {
		return 0, err
	}
	if err := nn.CheckData(data, n, g.cfg.Out); err != nil {
		return 0, err
	}
	t, noise, dbuf, _, err := g.build(m, n)
	if err != nil {
		return 0, err
	}
	defer t.Machine.Close()
	copy(noise, z)
	copy(dbuf, data)
	return t.ForwardBackward()
}
