// Package ae is the stacked denoising autoencoder of Li, Swersky & Zemel
// (2015): layerwise pretraining, fine-tuning with model selection, and the
// codes the GMMN+AE learns on. It is built on models/nn.
package ae

import (
	"context"
	"fmt"
	"math/rand"

	"github.com/ganpipe/ganpipe/models/nn"
)

// AEConfig describes a symmetric autoencoder. Sizes lists the encoder widths from
// the input to the code (e.g. 784, 1024, 32); the decoder mirrors them with its own
// (untied) weights. Dropout[l] is the dropout probability on the input of encoder
// layer l (the paper: 0.2 on pixels, 0.5 on the hidden layer); the decoder has no
// dropout. Activation is used by every hidden and code layer; the output layer is
// always a sigmoid trained with binary cross-entropy. DropoutMode says how the
// dropout is scaled.
type AEConfig struct {
	Sizes       []int
	Dropout     []float64
	Activation  nn.Activation
	Init        nn.Init     // weight initialisation ("": InitGlorot)
	DropoutMode DropoutMode // "": DropoutInverted
}

// DropoutMode is how an autoencoder's encoder dropout is scaled.
type DropoutMode string

const (
	// DropoutInverted scales the kept units by 1/(1-p) in training, so the
	// dropout-free passes (encoding, reconstruction) use the weights as they
	// are and see the training pre-activations in expectation.
	DropoutInverted DropoutMode = "inverted"

	// DropoutPynn runs dropout as the GMMN authors' library, pynn, does (read
	// in github.com/yujiali/pynn, layer.py and learner.py, at the commit of
	// 2015-02-11 and at HEAD):
	//   - kept units are not rescaled in training, and the dropout-free passes
	//     use the raw weights too, so at test time an encoder layer's weight
	//     term is 1/(1-p) times its training expectation (1.25x on the pixels,
	//     2x on the hidden layer for the paper's 0.2/0.5);
	//   - after the layerwise pretraining of encoder layer l, its weights and
	//     bias are divided by (1-p) (pynn's set_noiseless_param_from_vec);
	//   - every training run keeps the iterate with the lowest dropout-free
	//     loss on the whole training set, evaluated at iteration 0 and every
	//     100 iterations with the encoder weights and biases divided by (1-p)
	//     (pynn's Learner.f_info and f_post_training with iprint=100).
	// It exists to measure how much of the paper's GMMN+AE number these
	// choices explain; it is not a recommended way to train.
	DropoutPynn DropoutMode = "pynn"
)

// Valid reports whether m names a supported dropout mode ("" included).
func (m DropoutMode) Valid() error {
	switch m {
	case "", DropoutInverted, DropoutPynn:
		return nil
	}
	return fmt.Errorf("models: dropout mode %q (want %q or %q)", string(m), DropoutInverted, DropoutPynn)
}

// pynnSelectEvery is pynn's iprint in the authors' GMMN+AE script: the
// interval at which Learner.f_info evaluates (and may keep) the iterate.
const pynnSelectEvery = 100

// Autoencoder is the GMMN+AE autoencoder. Weights are untied.
type Autoencoder struct {
	cfg AEConfig
	enc []*nn.Layer // enc[l]: Sizes[l] -> Sizes[l+1]
	dec []*nn.Layer // dec[j]: Sizes[L-j] -> Sizes[L-j-1]; the last is the sigmoid output
}

func (c AEConfig) validate() error {
	if len(c.Sizes) < 2 {
		return fmt.Errorf("models: autoencoder needs at least 2 sizes, got %v", c.Sizes)
	}
	for _, s := range c.Sizes {
		if s <= 0 {
			return fmt.Errorf("models: autoencoder sizes must be positive, got %v", c.Sizes)
		}
	}
	if len(c.Dropout) != 0 && len(c.Dropout) != len(c.Sizes)-1 {
		return fmt.Errorf("models: autoencoder dropout has %d entries, want one per encoder layer (%d)", len(c.Dropout), len(c.Sizes)-1)
	}
	for _, p := range c.Dropout {
		if p < 0 || p >= 1 {
			return fmt.Errorf("models: dropout %v outside [0, 1)", p)
		}
	}
	if err := c.Init.Valid(); err != nil {
		return err
	}
	if err := c.DropoutMode.Valid(); err != nil {
		return err
	}
	return c.Activation.Valid()
}

// NewAutoencoder initialises an autoencoder from rng.
func NewAutoencoder(cfg AEConfig, rng *rand.Rand) (*Autoencoder, error) {
	a, err := newAE(cfg)
	if err != nil {
		return nil, err
	}
	for _, l := range append(append([]*nn.Layer(nil), a.enc...), a.dec...) {
		nn.InitLayer(l, cfg.Init, rng)
	}
	return a, nil
}

// newAE allocates a zero autoencoder.
func newAE(cfg AEConfig) (*Autoencoder, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	cfg.Sizes = append([]int(nil), cfg.Sizes...)
	cfg.Dropout = append([]float64(nil), cfg.Dropout...)
	a := &Autoencoder{cfg: cfg}
	L := len(cfg.Sizes) - 1
	mk := func(in, out int, act nn.Activation) *nn.Layer {
		return &nn.Layer{In: in, Out: out, Act: act, W: make([]float32, in*out), B: make([]float32, out)}
	}
	for l := 0; l < L; l++ {
		a.enc = append(a.enc, mk(cfg.Sizes[l], cfg.Sizes[l+1], cfg.Activation))
	}
	for j := 0; j < L; j++ {
		act := cfg.Activation
		if j == L-1 {
			act = nn.Sigmoid
		}
		a.dec = append(a.dec, mk(cfg.Sizes[L-j], cfg.Sizes[L-j-1], act))
	}
	return a, nil
}

func (a *Autoencoder) dropout(l int) float64 {
	if len(a.cfg.Dropout) == 0 {
		return 0
	}
	return a.cfg.Dropout[l]
}

func (a *Autoencoder) pynn() bool { return a.cfg.DropoutMode == DropoutPynn }

// FillMask draws encoder layer l's dropout mask in the autoencoder's mode.
func (a *Autoencoder) fillMask(m []float32, l int, rng *rand.Rand) {
	p := a.dropout(l)
	if a.pynn() {
		nn.FillMaskKeep(m, p, 1, rng)
		return
	}
	nn.FillMask(m, p, rng)
}

// pynnScaled returns a copy of encoder layer l with its weights and bias
// divided by (1-p), the parameters pynn's f_info evaluates (nil scaling for
// p = 0 returns l itself).
func (a *Autoencoder) pynnScaled(l int) *nn.Layer {
	p := a.dropout(l)
	e := a.enc[l]
	if p == 0 {
		return e
	}
	c := &nn.Layer{In: e.In, Out: e.Out, Act: e.Act, W: append([]float32(nil), e.W...), B: append([]float32(nil), e.B...)}
	scaleLayer(c, 1/(1-p))
	return c
}

// scaleLayer multiplies l's weights and bias by s (in float64, rounded once).
func scaleLayer(l *nn.Layer, s float64) {
	for i, w := range l.W {
		l.W[i] = float32(float64(w) * s)
	}
	for i, b := range l.B {
		l.B[i] = float32(float64(b) * s)
	}
}

// trainSelecting runs t.Train; in pynn mode the loop keeps the best iterate
// by eval (see DropoutPynn), reports which one it kept through obs's terms
// and restores it at the end.
func (a *Autoencoder) trainSelecting(ctx context.Context, t *nn.GraphNet, opt nn.Optimizer, iters int, fill func(int), eval func() float64, obs nn.Observer) error {
	if a.pynn() {
		t.Best, t.BestEvery = nn.NewBestIterate(t.ParamData, eval), pynnSelectEvery
	}
	return t.Train(ctx, opt, iters, fill, nil, obs)
}

// meanBCE is the mean over the n rows of x of the summed binary cross-entropy
// of layers' sigmoid output against x itself (nats per row), no dropout.
func meanBCE(layers []*nn.Layer, x []float32, n int) float64 {
	var part []float64
	var total float64
	const chunk = 5000
	d := layers[0].In
	var f nn.Forwarder
	for r0 := 0; r0 < n; r0 += chunk {
		r1 := min(r0+chunk, n)
		logits := f.Run(layers, x[r0*d:r1*d], r1-r0, true)
		total += nn.BCESum(logits, x[r0*d:r1*d], &part)
	}
	return total / float64(n)
}

// InDim and CodeDim are the input and code widths.
func (a *Autoencoder) InDim() int   { return a.cfg.Sizes[0] }
func (a *Autoencoder) CodeDim() int { return a.cfg.Sizes[len(a.cfg.Sizes)-1] }

// PretrainLayerwise trains the autoencoder greedily: encoder layer l and its mirror
// decoder layer are trained as a shallow autoencoder (dropout Dropout[l] on its
// input, sigmoid output, BCE) on the codes of the already trained layers < l
// (computed without dropout), itersPerLayer SGD steps each. Layers above the first
// reconstruct sigmoid codes with BCE, so they require Activation "sigmoid".
func (a *Autoencoder) PretrainLayerwise(ctx context.Context, x []float32, n int, opt nn.Optimizer, itersPerLayer int, rng *rand.Rand, obs nn.Observer) error {
	if err := nn.CheckData(x, n, a.InDim()); err != nil {
		return err
	}
	if err := opt.ValidateBatched(); err != nil {
		return err
	}
	L := len(a.enc)
	if L > 1 && a.cfg.Activation != nn.Sigmoid {
		return fmt.Errorf("models: layerwise pretraining of %q hidden layers is not supported (BCE on codes needs sigmoid units)", a.cfg.Activation)
	}
	h := x
	for l := 0; l < L; l++ {
		if l > 0 {
			h = nn.Forward(a.enc[l-1:l], h, n, false)
		}
		var lobs nn.Observer
		if obs != nil {
			base := l * itersPerLayer
			lobs = func(it, _ int, terms map[string]float64) {
				terms["layer"] = float64(l)
				obs(base+it, L*itersPerLayer, terms)
			}
		}
		if err := a.trainShallow(ctx, l, h, n, opt, itersPerLayer, rng, lobs); err != nil {
			return fmt.Errorf("models: pretraining layer %d: %w", l, err)
		}
		if a.pynn() && a.dropout(l) > 0 {
			// pynn's AutoEncoderPretrainer.pretrain_layer copies the shallow
			// net's parameters in with set_noiseless_param_from_vec.
			scaleLayer(a.enc[l], 1/(1-a.dropout(l)))
		}
	}
	return nil
}

func (a *Autoencoder) trainShallow(ctx context.Context, l int, h []float32, n int, opt nn.Optimizer, iters int, rng *rand.Rand, obs nn.Observer) error {
	B, in := opt.Batch, a.enc[l].In
	t := nn.NewGraphNet()
	xn, xbuf := t.Input("x", B, in)
	cur := xn
	var mbuf []float32
	p := a.dropout(l)
	if p > 0 {
		mn, mb := t.Input("mask", B, in)
		mbuf = mb
		var err error
		if cur, err = nn.ApplyMask(cur, mn); err != nil {
			return err
		}
	}
	L := len(a.enc)
	code, err := t.Dense(cur, a.enc[l], fmt.Sprintf("enc%d", l), false)
	if err != nil {
		return err
	}
	logits, err := t.Dense(code, a.dec[L-1-l], fmt.Sprintf("dec%d", L-1-l), true)
	if err != nil {
		return err
	}
	cost, err := nn.ApplyBCE(logits, xn)
	if err != nil {
		return err
	}
	if err := t.Compile(cost); err != nil {
		return err
	}
	s := nn.NewSampler(n, rng)
	t.Samplers = []*nn.Sampler{s}
	eval := func() float64 { return meanBCE([]*nn.Layer{a.pynnScaled(l), a.dec[L-1-l]}, h, n) }
	return a.trainSelecting(ctx, t, opt, iters, func(int) {
		s.Fill(xbuf, h, in)
		if mbuf != nil {
			a.fillMask(mbuf, l, rng)
		}
	}, eval, obs)
}

// Finetune trains the whole autoencoder (dropout on the encoder inputs, BCE).
func (a *Autoencoder) Finetune(ctx context.Context, x []float32, n int, opt nn.Optimizer, iters int, rng *rand.Rand, obs nn.Observer) error {
	if err := nn.CheckData(x, n, a.InDim()); err != nil {
		return err
	}
	if err := opt.ValidateBatched(); err != nil {
		return err
	}
	t, xbuf, masks, err := a.buildFull(opt.Batch)
	if err != nil {
		return err
	}
	s := nn.NewSampler(n, rng)
	t.Samplers = []*nn.Sampler{s}
	eval := func() float64 {
		var ls []*nn.Layer
		for l := range a.enc {
			ls = append(ls, a.pynnScaled(l))
		}
		return meanBCE(append(ls, a.dec...), x, n)
	}
	return a.trainSelecting(ctx, t, opt, iters, func(int) {
		s.Fill(xbuf, x, a.InDim())
		for l, m := range masks {
			if m != nil {
				a.fillMask(m, l, rng)
			}
		}
	}, eval, obs)
}

// buildFull builds the full autoencoder training graph for batch B; masks[l] is
// the dropout mask buffer of encoder layer l (nil without dropout).
func (a *Autoencoder) buildFull(B int) (*nn.GraphNet, []float32, [][]float32, error) {
	t := nn.NewGraphNet()
	xn, xbuf := t.Input("x", B, a.InDim())
	cur := xn
	masks := make([][]float32, len(a.enc))
	var err error
	for l, e := range a.enc {
		if a.dropout(l) > 0 {
			mn, mb := t.Input(fmt.Sprintf("mask%d", l), B, e.In)
			masks[l] = mb
			if cur, err = nn.ApplyMask(cur, mn); err != nil {
				return nil, nil, nil, err
			}
		}
		if cur, err = t.Dense(cur, e, fmt.Sprintf("enc%d", l), false); err != nil {
			return nil, nil, nil, err
		}
	}
	for j, d := range a.dec {
		if cur, err = t.Dense(cur, d, fmt.Sprintf("dec%d", j), j == len(a.dec)-1); err != nil {
			return nil, nil, nil, err
		}
	}
	cost, err := nn.ApplyBCE(cur, xn)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := t.Compile(cost); err != nil {
		return nil, nil, nil, err
	}
	return t, xbuf, masks, nil
}

// Encode maps n inputs (row-major n x InDim) to codes (n x CodeDim), no dropout.
func (a *Autoencoder) Encode(x []float32, n int) []float32 { return nn.Forward(a.enc, x, n, false) }

// Decode maps n codes to reconstructions in (0,1).
func (a *Autoencoder) Decode(z []float32, n int) []float32 { return nn.Forward(a.dec, z, n, false) }

// ReconstructionBCE is the mean over the n inputs of the summed binary
// cross-entropy of their reconstructions (nats per image), without dropout.
func (a *Autoencoder) ReconstructionBCE(x []float32, n int) float64 {
	return meanBCE(append(append([]*nn.Layer(nil), a.enc...), a.dec...), x, n)
}

func (a *Autoencoder) names() ([]*nn.Layer, []string) {
	var ls []*nn.Layer
	var ns []string
	for l, e := range a.enc {
		ls, ns = append(ls, e), append(ns, fmt.Sprintf("enc%d", l))
	}
	for j, d := range a.dec {
		ls, ns = append(ls, d), append(ns, fmt.Sprintf("dec%d", j))
	}
	return ls, ns
}

// Params returns a copy of the parameters: enc0.W, enc0.b, ..., dec0.W, ... with
// W shaped [in, out] (y = act(x W + b)).
func (a *Autoencoder) Params() nn.Params {
	ls, ns := a.names()
	return nn.LayersParams(ls, ns)
}

// Arch describes the architecture as strings (AutoencoderFrom's input).
func (a *Autoencoder) Arch() map[string]string {
	m := map[string]string{
		"model":      "autoencoder",
		"sizes":      nn.JoinInts(a.cfg.Sizes),
		"dropout":    nn.JoinFloats(a.cfg.Dropout),
		"activation": string(a.cfg.Activation),
		"output":     "sigmoid",
		"tied":       "false",
	}
	// Only the non-default mode is written, so models trained before the mode
	// existed and inverted-mode models have the same bytes.
	if a.pynn() {
		m["dropout_mode"] = string(DropoutPynn)
	}
	return m
}

// AutoencoderFrom rebuilds an autoencoder from Arch() and Params().
func AutoencoderFrom(arch map[string]string, p nn.Params) (*Autoencoder, error) {
	if arch["model"] != "autoencoder" {
		return nil, fmt.Errorf("models: arch is for %q, not autoencoder", arch["model"])
	}
	sizes, err := nn.SplitInts(arch["sizes"])
	if err != nil {
		return nil, fmt.Errorf("models: arch sizes: %w", err)
	}
	drop, err := nn.SplitFloats(arch["dropout"])
	if err != nil {
		return nil, fmt.Errorf("models: arch dropout: %w", err)
	}
	a, err := newAE(AEConfig{Sizes: sizes, Dropout: drop, Activation: nn.Activation(arch["activation"]), DropoutMode: DropoutMode(arch["dropout_mode"])})
	if err != nil {
		return nil, err
	}
	ls, ns := a.names()
	if err := nn.LoadParams(ls, ns, p); err != nil {
		return nil, err
	}
	return a, nil
}

// Loss is the fine-tuning loss of the autoencoder on the n rows of x: the mean
// over rows of the summed BCE of the reconstruction, with masks[l] (n x
// Sizes[l], the inverted-dropout values 0 or 1/(1-p)) multiplied into the
// input of encoder layer l. masks[l] is ignored, and may be nil, for a layer
// without dropout.
func (a *Autoencoder) Loss(x []float32, n int, masks [][]float32) (float64, error) {
	if err := nn.CheckData(x, n, a.InDim()); err != nil {
		return 0, err
	}
	t, xbuf, mbufs, err := a.buildFull(n)
	if err != nil {
		return 0, err
	}
	defer t.Machine.Close()
	copy(xbuf, x)
	for l, mb := range mbufs {
		if mb == nil {
			continue
		}
		if l >= len(masks) || len(masks[l]) != len(mb) {
			return 0, fmt.Errorf("models: autoencoder loss: dropout mask %d needs %d values", l, len(mb))
		}
		copy(mb, masks[l])
	}
	return t.ForwardBackward()
}
