package models

import (
	"context"
	"fmt"
	"math/rand"
	"strconv"
	"strings"
)

// AEConfig describes a symmetric autoencoder. Sizes lists the encoder widths from
// the input to the code (e.g. 784, 1024, 32); the decoder mirrors them with its own
// (untied) weights. Dropout[l] is the dropout probability on the input of encoder
// layer l (the paper: 0.2 on pixels, 0.5 on the hidden layer); the decoder has no
// dropout. Activation is used by every hidden and code layer; the output layer is
// always a sigmoid trained with binary cross-entropy.
type AEConfig struct {
	Sizes      []int
	Dropout    []float64
	Activation Activation
	Init       Init // weight initialisation ("": InitGlorot)
}

// Autoencoder is the GMMN+AE autoencoder. Weights are untied.
type Autoencoder struct {
	cfg AEConfig
	enc []*layer // enc[l]: Sizes[l] -> Sizes[l+1]
	dec []*layer // dec[j]: Sizes[L-j] -> Sizes[L-j-1]; the last is the sigmoid output
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
	if err := c.Init.valid(); err != nil {
		return err
	}
	return c.Activation.valid()
}

// NewAutoencoder initialises an autoencoder from rng.
func NewAutoencoder(cfg AEConfig, rng *rand.Rand) (*Autoencoder, error) {
	a, err := newAE(cfg)
	if err != nil {
		return nil, err
	}
	for _, l := range append(append([]*layer(nil), a.enc...), a.dec...) {
		initLayer(l, cfg.Init, rng)
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
	mk := func(in, out int, act Activation) *layer {
		return &layer{In: in, Out: out, Act: act, W: make([]float32, in*out), B: make([]float32, out)}
	}
	for l := 0; l < L; l++ {
		a.enc = append(a.enc, mk(cfg.Sizes[l], cfg.Sizes[l+1], cfg.Activation))
	}
	for j := 0; j < L; j++ {
		act := cfg.Activation
		if j == L-1 {
			act = Sigmoid
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

// InDim and CodeDim are the input and code widths.
func (a *Autoencoder) InDim() int   { return a.cfg.Sizes[0] }
func (a *Autoencoder) CodeDim() int { return a.cfg.Sizes[len(a.cfg.Sizes)-1] }

// PretrainLayerwise trains the autoencoder greedily: encoder layer l and its mirror
// decoder layer are trained as a shallow autoencoder (dropout Dropout[l] on its
// input, sigmoid output, BCE) on the codes of the already trained layers < l
// (computed without dropout), itersPerLayer SGD steps each. Layers above the first
// reconstruct sigmoid codes with BCE, so they require Activation "sigmoid".
func (a *Autoencoder) PretrainLayerwise(ctx context.Context, x []float32, n int, opt SGD, itersPerLayer int, rng *rand.Rand, obs Observer) error {
	if err := checkData(x, n, a.InDim()); err != nil {
		return err
	}
	if err := opt.validate(); err != nil {
		return err
	}
	L := len(a.enc)
	if L > 1 && a.cfg.Activation != Sigmoid {
		return fmt.Errorf("models: layerwise pretraining of %q hidden layers is not supported (BCE on codes needs sigmoid units)", a.cfg.Activation)
	}
	h := x
	for l := 0; l < L; l++ {
		if l > 0 {
			h = forward(a.enc[l-1:l], h, n, false)
		}
		var lobs Observer
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
	}
	return nil
}

func (a *Autoencoder) trainShallow(ctx context.Context, l int, h []float32, n int, opt SGD, iters int, rng *rand.Rand, obs Observer) error {
	B, in := opt.Batch, a.enc[l].In
	t := newGraphNet()
	xn, xbuf := t.input("x", B, in)
	cur := xn
	var mbuf []float32
	p := a.dropout(l)
	if p > 0 {
		var mn *nodeT
		mn, mbuf = t.input("mask", B, in)
		var err error
		if cur, err = applyMask(cur, mn); err != nil {
			return err
		}
	}
	L := len(a.enc)
	code, err := t.dense(cur, a.enc[l], fmt.Sprintf("enc%d", l), false)
	if err != nil {
		return err
	}
	logits, err := t.dense(code, a.dec[L-1-l], fmt.Sprintf("dec%d", L-1-l), true)
	if err != nil {
		return err
	}
	cost, err := applyBCE(logits, xn)
	if err != nil {
		return err
	}
	if err := t.compile(cost); err != nil {
		return err
	}
	s := newSampler(n, rng)
	return t.train(ctx, opt, iters, func(int) {
		s.fill(xbuf, h, in)
		if mbuf != nil {
			fillMask(mbuf, p, rng)
		}
	}, nil, obs)
}

// Finetune trains the whole autoencoder (dropout on the encoder inputs, BCE).
func (a *Autoencoder) Finetune(ctx context.Context, x []float32, n int, opt SGD, iters int, rng *rand.Rand, obs Observer) error {
	if err := checkData(x, n, a.InDim()); err != nil {
		return err
	}
	if err := opt.validate(); err != nil {
		return err
	}
	t, xbuf, masks, err := a.buildFull(opt.Batch)
	if err != nil {
		return err
	}
	s := newSampler(n, rng)
	return t.train(ctx, opt, iters, func(int) {
		s.fill(xbuf, x, a.InDim())
		for l, m := range masks {
			if m != nil {
				fillMask(m, a.dropout(l), rng)
			}
		}
	}, nil, obs)
}

// buildFull builds the full autoencoder training graph for batch B; masks[l] is
// the dropout mask buffer of encoder layer l (nil without dropout).
func (a *Autoencoder) buildFull(B int) (*graphNet, []float32, [][]float32, error) {
	t := newGraphNet()
	xn, xbuf := t.input("x", B, a.InDim())
	cur := xn
	masks := make([][]float32, len(a.enc))
	var err error
	for l, e := range a.enc {
		if a.dropout(l) > 0 {
			mn, mb := t.input(fmt.Sprintf("mask%d", l), B, e.In)
			masks[l] = mb
			if cur, err = applyMask(cur, mn); err != nil {
				return nil, nil, nil, err
			}
		}
		if cur, err = t.dense(cur, e, fmt.Sprintf("enc%d", l), false); err != nil {
			return nil, nil, nil, err
		}
	}
	for j, d := range a.dec {
		if cur, err = t.dense(cur, d, fmt.Sprintf("dec%d", j), j == len(a.dec)-1); err != nil {
			return nil, nil, nil, err
		}
	}
	cost, err := applyBCE(cur, xn)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := t.compile(cost); err != nil {
		return nil, nil, nil, err
	}
	return t, xbuf, masks, nil
}

// Encode maps n inputs (row-major n x InDim) to codes (n x CodeDim), no dropout.
func (a *Autoencoder) Encode(x []float32, n int) []float32 { return forward(a.enc, x, n, false) }

// Decode maps n codes to reconstructions in (0,1).
func (a *Autoencoder) Decode(z []float32, n int) []float32 { return forward(a.dec, z, n, false) }

// ReconstructionBCE is the mean over the n inputs of the summed binary
// cross-entropy of their reconstructions (nats per image), without dropout.
func (a *Autoencoder) ReconstructionBCE(x []float32, n int) float64 {
	layers := append(append([]*layer(nil), a.enc...), a.dec...)
	var part []float64
	var total float64
	const chunk = 5000
	d := a.InDim()
	for r0 := 0; r0 < n; r0 += chunk {
		r1 := min(r0+chunk, n)
		logits := forward(layers, x[r0*d:r1*d], r1-r0, true)
		total += bceSum(logits, x[r0*d:r1*d], &part)
	}
	return total / float64(n)
}

func (a *Autoencoder) names() ([]*layer, []string) {
	var ls []*layer
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
func (a *Autoencoder) Params() Params {
	ls, ns := a.names()
	return layersParams(ls, ns)
}

// Arch describes the architecture as strings (AutoencoderFrom's input).
func (a *Autoencoder) Arch() map[string]string {
	return map[string]string{
		"model":      "autoencoder",
		"sizes":      joinInts(a.cfg.Sizes),
		"dropout":    joinFloats(a.cfg.Dropout),
		"activation": string(a.cfg.Activation),
		"output":     "sigmoid",
		"tied":       "false",
	}
}

// AutoencoderFrom rebuilds an autoencoder from Arch() and Params().
func AutoencoderFrom(arch map[string]string, p Params) (*Autoencoder, error) {
	if arch["model"] != "autoencoder" {
		return nil, fmt.Errorf("models: arch is for %q, not autoencoder", arch["model"])
	}
	sizes, err := splitInts(arch["sizes"])
	if err != nil {
		return nil, fmt.Errorf("models: arch sizes: %w", err)
	}
	drop, err := splitFloats(arch["dropout"])
	if err != nil {
		return nil, fmt.Errorf("models: arch dropout: %w", err)
	}
	a, err := newAE(AEConfig{Sizes: sizes, Dropout: drop, Activation: Activation(arch["activation"])})
	if err != nil {
		return nil, err
	}
	ls, ns := a.names()
	if err := loadParams(ls, ns, p); err != nil {
		return nil, err
	}
	return a, nil
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ",")
}

func joinFloats(v []float64) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = strconv.FormatFloat(x, 'g', -1, 64)
	}
	return strings.Join(s, ",")
}

func splitInts(s string) ([]int, error) {
	if s == "" {
		return nil, nil
	}
	var out []int
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func splitFloats(s string) ([]float64, error) {
	if s == "" {
		return nil, nil
	}
	var out []float64
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}
