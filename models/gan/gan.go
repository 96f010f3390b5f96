// Package gan is the GAN family on models/nn:
//
//	gan.go         GANConfig, the model, its graphs (D step, G step), sampling
//	train.go       the trainer (Train, TrainLabeled): one generator update
//	               with its critic updates as the step of nn.Loop
//	loss.go        the losses as functions of the critic's output, and the
//	               WGAN-GP gradient penalty (buildGP, penalty)
//	ops.go         spectral normalization, minibatch discrimination, feature
//	               matching, leaky ReLU and the other GAN-only ops
//	cond.go        conditional GAN and InfoGAN heads
//	dcgan.go       DCGAN generator and discriminator; dcgan_ops.go batch norm
//	memorygan.go   MemoryGAN (Kim et al. 2018): the model on models/memory;
//	               memorygan_train.go its graphs, losses and training;
//	               memorygan_eval.go its losses on fixed inputs
//	veegan.go      VEEGAN (Srivastava et al. 2017): G, reconstructor F and
//	               the (z, x) discriminator, and their training
//	pack.go        PacGAN packing (Lin et al. 2018) and its 2-D architecture
//	unrolled.go    the unrolled GAN (Metz et al. 2017): G's loss through k
//	               unrolled D updates, differentiated through them
//	data.go        data mapped to and from a tanh generator's [-1, 1]
//	checkpoint.go  the GAN loop's checkpoint state
//	eval.go        losses on fixed inputs (diagnostics, bench -agree)
package gan

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"strconv"

	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
)

// GANConfig describes a GAN of MLPs and how to train it: Goodfellow et al.'s
// MNIST GAN (ReLU generator, maxout discriminator with dropout, SGD with lr
// decay and a momentum ramp) and, by changing fields, the f-GAN, WGAN and
// WGAN-GP objectives and the usual tricks.
type GANConfig struct {
	// Arch is "mlp" (the default: the fields below) or "dcgan" (convolutional
	// G and D shaped by DCGAN, dcgan.go; the MLP-only fields must be unset).
	Arch  GANArch
	DCGAN DCGANConfig

	NoiseDim int
	Noise    GANNoise // "uniform" (U[-1,1]), "uniform_sqrt3" (U[-sqrt 3, sqrt 3], the authors' code) or "normal"
	Out      int      // data dimension
	GHidden  []int    // generator hidden layers (GAct units)
	// GAct is the MLP generator's hidden unit: ReLU ("" or relu; Goodfellow
	// et al., PacGAN, VEEGAN) or tanh (the unrolled GAN demo's G, whose
	// output is then a linear map of bounded features).
	GAct    nn.Activation
	GOutAct nn.Activation
	// GOutBiasFromData sets the sigmoid output layer's bias, before
	// training, to logit(clip(per-pixel training mean, 1e-7, 1 - 1e-7))
	// (pylearn2's init_sigmoid_bias_from_marginals, the authors' MNIST G):
	// the untrained generator's output is the mean image.
	GOutBiasFromData bool

	DHidden []int                   // discriminator layer widths (units after maxout)
	DPieces int                     // maxout pieces per unit (<= 1: DAct units)
	DAct    DiscriminatorActivation // relu, leaky (slope 0.2) or tanh when DPieces <= 1
	DDropIn float64                 // dropout probability on the discriminator's input
	DDrop   float64                 // dropout probability on its hidden layers' outputs
	// GInit, DInit: weights uniform in +-range (Goodfellow's pylearn2 MNIST
	// setting: G 0.05, D 0.005); 0 keeps Glorot/He (NewLayer).
	GInit, DInit float64
	// InitNormal draws the weights from N(0, GInit^2) and N(0, DInit^2)
	// instead of uniformly (PacGAN's 2-D networks: std 0.02).
	InitNormal bool
	// InitOrthogonal draws each weight matrix as GInit (G) or DInit (D)
	// times a random orthogonal one (TensorFlow's orthogonal_initializer,
	// the unrolled GAN demo's, gain 1.4); exclusive with InitNormal.
	InitOrthogonal bool
	// GBatchNorm batch-normalizes every hidden generator layer before its
	// ReLU (PacGAN's 2-D generator; MLP only).
	GBatchNorm bool
	// Pack > 1 shows D packs of this many samples, concatenated as
	// features (PacGAN, pack.go); Batch counts packs. 0 or 1: no packing.
	Pack int
	// DMaxColNorm > 0 rescales, after every D update, each unit's incoming
	// weight vector to at most this L2 norm (pylearn2's max_col_norm; the
	// authors' MNIST D uses 1.9365).
	DMaxColNorm float64

	Loss       LossKind
	Divergence Divergence // for Loss fgan
	// DLossScale multiplies D's loss (0: 1): the authors' AdversaryCost2
	// trains D on 0.5 [CE(1, D(x)) + CE(0, D(G(z)))], which with SGD halves
	// D's step against ours.
	DLossScale float64
	// Update is "alternating" (the default: D steps, then G steps through
	// the updated D, on fresh noise and dropout masks) or "simultaneous"
	// (the authors' pylearn2 SGD: both players' gradients from one pass,
	// D's on the pre-update G and G's through the pre-update D, on the D
	// step's own noise and dropout masks, then both steps applied).
	Update GANUpdate

	Batch   int
	Iters   int // generator updates
	NCritic int // discriminator updates per generator update (0: 1)
	// GSteps is the generator steps per update (0: 1), taken one after the
	// other on the same noise, as the DCGAN code behind PacGAN's stacked-
	// MNIST table does ("run g_optim twice to make sure that d_loss does
	// not go to zero"). Alternating updates only.
	GSteps int
	// WGANSchedule: 100 critic updates for the first 25 generator updates and
	// every 500th (Arjovsky et al.'s reference code).
	WGANSchedule bool
	DOpt, GOpt   nn.Optimizer

	Clip     float64 // WGAN weight clipping (0: none)
	GPLambda float64 // WGAN-GP penalty weight (0: 10 for wgan_gp)

	// Tricks (Salimans et al. 2016 and others).
	LabelSmooth   float64 // real label for the (non)saturating D loss; 0: 1 (none)
	InstanceNoise float64 // std of Gaussian noise added to D's inputs ...
	NoiseAnneal   int     // ... decayed linearly to 0 over this many G updates (0: constant)
	HistAvg       float64 // historical averaging weight lambda ||theta - mean past theta||^2
	SpectralNorm  bool    // normalise every D weight matrix by its top singular value
	// SpectralReg compensates the spectrum of D's weights every SREvery
	// (0: 5) generator updates (SR-GAN, specreg.go); needs SpectralNorm.
	SpectralReg SpecReg
	SREvery     int
	// SVTrack > 0 records the top SVTrack singular values of each D weight
	// every SVEvery (0: 100) generator updates as training terms.
	SVTrack, SVEvery int
	// UnrolledSteps > 0 takes G's loss through this many unrolled D
	// updates, differentiated through them (Metz et al.'s unrolled GAN,
	// unrolled.go; tanh MLP discriminators). 0: the ordinary G step.
	UnrolledSteps   int
	FeatureMatching bool // G matches the mean of D's last hidden layer on real data
	MBDKernels      int  // minibatch discrimination kernels (0: off) ...
	MBDDim          int  // ... of this dimension (0: 5)

	// Conditional GAN and InfoGAN (gan_cond.go): Classes > 0 appends a
	// one-hot class label to G's noise and to D's input (after its input
	// dropout); CatCodes / ContCodes > 0 append an InfoGAN categorical
	// code (one-hot) and continuous codes (U[-1,1]) to G's noise and add a
	// linear Q head on D's last hidden layer, trained with InfoLambda times
	// the mutual-information loss (0: 1).
	Classes             int
	CatCodes, ContCodes int
	InfoLambda          float64
}

// GAN is a generator and its discriminator (critic).
type GAN struct {
	cfg  GANConfig
	g    []*nn.Layer
	d    []*nn.Layer // hidden layers: In -> units*pieces
	mbd  *nn.Layer   // minibatch discrimination tensor T: [A, K*C] (bias unused)
	dOut *nn.Layer   // -> 1 logit / critic value
	q    *nn.Layer   // InfoGAN Q head: last hidden -> CatCodes logits + ContCodes means
	sn   []*snState
	gbn  []*mlpBN // GBatchNorm: one per hidden generator layer
	// srGamma: dynamic spectral compensation's running maxima of s_j/s_1,
	// one slice per D weight (nil otherwise).
	srGamma [][]float64
	dc      *dcgan // Arch dcgan: the conv layers (m.g and m.d then list its tensors)

	// Hook, when set, checkpoints training and resumes it (TrainHook): a
	// loop resumed from the state saved after update k runs updates k+1 on
	// bit for bit as an uninterrupted one.
	Hook nn.TrainHook

	// DivergedAt is the generator update at which training met a non-finite
	// loss (0: it did not); the parameters are then those of the last
	// finite snapshot.
	DivergedAt int
}

// ganGPStep is the central-difference step of the penalty's gradient (see
// critic step below); the critic is piecewise linear in its input for ReLU,
// leaky and maxout units, so the difference is exact away from kinks.
const ganGPStep = 1e-3

// GANArch names a GAN architecture (GANConfig.Arch): ArchMLP or ArchDCGAN.
type GANArch string

// GANNoise names the generator's noise distribution (GANConfig.Noise).
type GANNoise string

// The noise distributions.
const (
	NoiseUniform GANNoise = "uniform" // U[-1,1]
	// NoiseUniformSqrt3 is U[-sqrt 3, sqrt 3] (unit variance), what the
	// authors' Generator draws for noise: 'uniform' (goodfeli/adversarial).
	NoiseUniformSqrt3 GANNoise = "uniform_sqrt3"
	NoiseNormal       GANNoise = "normal"
)

// GANUpdate names how the players' steps are ordered (GANConfig.Update).
type GANUpdate string

// The update orders.
const (
	UpdateAlternating  GANUpdate = "alternating"
	UpdateSimultaneous GANUpdate = "simultaneous"
)

// Valid reports whether u names an update order ("" is alternating).
func (u GANUpdate) Valid() error {
	if u == "" || u == UpdateAlternating || u == UpdateSimultaneous {
		return nil
	}
	return fmt.Errorf("models: GAN update %q (want alternating or simultaneous)", string(u))
}

// DiscriminatorActivation names an MLP discriminator's unit
// (GANConfig.DAct).
type DiscriminatorActivation string

// The discriminator units. (Maxout discriminators, d_pieces > 1, do not read
// DAct.)
const (
	DActReLU  DiscriminatorActivation = "relu"
	DActLeaky DiscriminatorActivation = "leaky" // slope 0.2
	DActTanh  DiscriminatorActivation = "tanh"
)

// DiscriminatorNorm names a DCGAN discriminator's normalization
// (DCGANConfig.DNorm).
type DiscriminatorNorm string

// The DCGAN discriminator normalizations.
const (
	DNormBatch DiscriminatorNorm = "batch"
	DNormNone  DiscriminatorNorm = "none"
)

// Valid reports whether a names a GAN architecture ("" is the default, mlp).
// validate applies these Valid methods when a model is built; the gan_train
// stage applies them when a spec is loaded, so a misspelt value is reported
// at its place in the spec.
func (a GANArch) Valid() error {
	if a == "" || a == ArchMLP || a == ArchDCGAN {
		return nil
	}
	return fmt.Errorf("models: GAN architecture %q (want mlp or dcgan)", string(a))
}

// Valid reports whether n names a noise distribution ("" is uniform).
func (n GANNoise) Valid() error {
	if n == "" || n == NoiseUniform || n == NoiseUniformSqrt3 || n == NoiseNormal {
		return nil
	}
	return fmt.Errorf("models: GAN noise %q (want uniform, uniform_sqrt3 or normal)", string(n))
}

// Valid reports whether a names a discriminator unit ("" is relu).
func (a DiscriminatorActivation) Valid() error {
	if a == "" || a == DActReLU || a == DActLeaky || a == DActTanh {
		return nil
	}
	return fmt.Errorf("models: discriminator activation %q (want relu, leaky or tanh)", string(a))
}

// Valid reports whether n names a DCGAN normalization ("" is batch).
func (n DiscriminatorNorm) Valid() error {
	if n == "" || n == DNormBatch || n == DNormNone {
		return nil
	}
	return fmt.Errorf("models: dcgan d_norm %q (want batch or none)", string(n))
}

func (c *GANConfig) validate() error {
	if c.NoiseDim <= 0 || c.Out <= 0 {
		return fmt.Errorf("models: GAN noise dim %d and output dim %d must be positive", c.NoiseDim, c.Out)
	}
	if err := c.validateArch(); err != nil {
		return err
	}
	if c.Noise == "" {
		c.Noise = "uniform"
	}
	if err := c.Noise.Valid(); err != nil {
		return err
	}
	if c.DAct == "" {
		c.DAct = "relu"
	}
	if c.DPieces <= 1 {
		if err := c.DAct.Valid(); err != nil {
			return err
		}
	}
	if err := c.validateGInit(); err != nil {
		return err
	}
	for _, h := range append(append([]int(nil), c.GHidden...), c.DHidden...) {
		if h <= 0 {
			return fmt.Errorf("models: GAN layer widths must be positive (G %v, D %v)", c.GHidden, c.DHidden)
		}
	}
	if c.DDropIn < 0 || c.DDropIn >= 1 || c.DDrop < 0 || c.DDrop >= 1 {
		return fmt.Errorf("models: dropout %v / %v outside [0,1)", c.DDropIn, c.DDrop)
	}
	if c.LabelSmooth == 0 {
		c.LabelSmooth = 1
	}
	if c.Loss == LossWGANGP && c.GPLambda == 0 {
		c.GPLambda = 10
	}
	if c.MBDKernels > 0 && c.MBDDim == 0 {
		c.MBDDim = 5
	}
	if c.MBDKernels > 0 && len(c.DHidden) == 0 && c.Arch != ArchDCGAN {
		return fmt.Errorf("models: minibatch discrimination needs a hidden discriminator layer")
	}
	if c.FeatureMatching && len(c.DHidden) == 0 && c.Arch != ArchDCGAN {
		return fmt.Errorf("models: feature matching needs a hidden discriminator layer")
	}
	if c.MBDKernels > 0 && c.Loss == LossWGANGP {
		return fmt.Errorf("models: minibatch discrimination with wgan_gp is not supported (the penalty rows would form their own minibatch)")
	}
	if _, _, _, err := ganTerms(c.Loss, c.Divergence, c.LabelSmooth); err != nil {
		return err
	}
	if c.NCritic == 0 {
		c.NCritic = 1
	}
	if c.GSteps == 0 {
		c.GSteps = 1
	}
	if c.GSteps < 0 || c.GSteps > 1 && (c.Update == UpdateSimultaneous || c.UnrolledSteps > 0) {
		return fmt.Errorf("models: %d generator steps per update: one or more, and more than one only with alternating, not unrolled, updates", c.GSteps)
	}
	if err := c.validateCodes(); err != nil {
		return err
	}
	if err := c.validateRecipe(); err != nil {
		return err
	}
	if err := c.validatePack(); err != nil {
		return err
	}
	if err := c.validateSpecReg(); err != nil {
		return err
	}
	if err := c.validateUnrolled(); err != nil {
		return err
	}
	if c.GBatchNorm && c.Arch == ArchDCGAN {
		return fmt.Errorf("models: g_batch_norm is for MLP generators (DCGAN's has its own)")
	}
	return c.GOutAct.Valid()
}

// validateRecipe checks the authors' details (loss scale, update order,
// output bias) against the rest of the configuration.
func (c *GANConfig) validateRecipe() error {
	if c.DLossScale == 0 {
		c.DLossScale = 1
	}
	if c.DLossScale < 0 {
		return fmt.Errorf("models: D loss scale %v must be positive", c.DLossScale)
	}
	if c.Update == "" {
		c.Update = UpdateAlternating
	}
	if err := c.Update.Valid(); err != nil {
		return err
	}
	if c.GOutBiasFromData && (c.GOutAct != nn.Sigmoid || c.Arch == ArchDCGAN) {
		return fmt.Errorf("models: the output bias from the data's logit is for a sigmoid MLP generator, not %q (arch %q)", c.GOutAct, c.Arch)
	}
	if c.Update != UpdateSimultaneous {
		return nil
	}
	// One D step and one G step on the same rows: what the authors' cost
	// does. The tricks that change either pass are not defined for it.
	if c.NCritic != 1 || c.WGANSchedule || c.Loss == LossWGANGP || c.FeatureMatching ||
		c.InstanceNoise > 0 || c.MBDKernels > 0 || c.Classes > 0 || c.CatCodes+c.ContCodes > 0 || c.Arch == ArchDCGAN {
		return fmt.Errorf("models: simultaneous updates take one D and one G step of an unconditional MLP GAN " +
			"(no n_critic > 1, wgan_gp, feature matching, instance noise, minibatch discrimination, codes or dcgan)")
	}
	return nil
}

// validateGInit checks the generator's hidden unit and the initialization
// kind.
func (c *GANConfig) validateGInit() error {
	switch c.GAct {
	case "", nn.ReLU:
	case nn.Tanh:
		if c.GBatchNorm {
			return fmt.Errorf("models: g_batch_norm is BN then ReLU; a tanh generator (g_act) takes no batch norm")
		}
	default:
		return fmt.Errorf("models: generator hidden unit %q (want relu or tanh)", string(c.GAct))
	}
	if c.InitOrthogonal && c.InitNormal {
		return fmt.Errorf("models: orthogonal and normal initialization exclude each other")
	}
	return nil
}

// gHiddenAct is the MLP generator's hidden unit.
func (c *GANConfig) gHiddenAct() nn.Activation {
	if c.GAct == nn.Tanh {
		return nn.Tanh
	}
	return nn.ReLU
}

// NewGAN initialises generator and discriminator from rng.
func NewGAN(cfg GANConfig, rng *rand.Rand) (*GAN, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if cfg.Arch == ArchDCGAN {
		return newDCGANGAN(cfg, rng)
	}
	m := &GAN{cfg: cfg}
	in := cfg.genIn()
	for _, h := range cfg.GHidden {
		m.g = append(m.g, nn.NewLayer(in, h, cfg.gHiddenAct(), rng))
		if cfg.GBatchNorm { // linear, then BN and ReLU (denseBN)
			m.g[len(m.g)-1].Act = nn.Linear
			m.gbn = append(m.gbn, newMLPBN(h))
		}
		in = h
	}
	m.g = append(m.g, nn.NewLayer(in, cfg.Out, cfg.GOutAct, rng))
	in = cfg.dIn() + cfg.Classes
	pieces := max(cfg.DPieces, 1)
	for _, h := range cfg.DHidden {
		act := nn.Linear // maxout and leaky ReLU are separate ops
		if pieces == 1 && cfg.DAct == "relu" {
			act = nn.ReLU
		} else if pieces == 1 && cfg.DAct == "tanh" {
			act = nn.Tanh
		}
		m.d = append(m.d, nn.NewLayer(in, h*pieces, act, rng))
		in = h
	}
	if cfg.MBDKernels > 0 {
		m.mbd = nn.NewLayer(in, cfg.MBDKernels*cfg.MBDDim, nn.Linear, rng)
		in += cfg.MBDKernels
	}
	m.dOut = nn.NewLayer(in, 1, nn.Linear, rng)
	if q := cfg.CatCodes + cfg.ContCodes; q > 0 {
		m.q = nn.NewLayer(cfg.DHidden[len(cfg.DHidden)-1], q, nn.Linear, rng)
	}
	reinit := func(ls []*nn.Layer, r float64) {
		if r <= 0 {
			return
		}
		if cfg.InitNormal {
			normalInit(ls, r, rng)
			return
		}
		if cfg.InitOrthogonal {
			orthogonalInit(ls, r, rng)
			return
		}
		for _, l := range ls {
			for i := range l.W {
				l.W[i] = float32((2*rng.Float64() - 1) * r)
			}
		}
	}
	reinit(m.g, cfg.GInit)
	reinit(m.dLayers(), cfg.DInit)
	if cfg.SpectralNorm {
		for _, l := range m.dLayers() {
			m.sn = append(m.sn, newSNState(l.In, l.Out, rng.NormFloat64))
		}
	}
	m.newSRGamma()
	return m, nil
}

// dLayers lists the discriminator's weight layers in order.
func (m *GAN) dLayers() []*nn.Layer {
	ls := append([]*nn.Layer(nil), m.d...)
	if m.mbd != nil {
		ls = append(ls, m.mbd)
	}
	ls = append(ls, m.dOut)
	if m.q != nil {
		ls = append(ls, m.q) // last: qHead binds m.sn[len-1]
	}
	return ls
}

// node binds a parameter slice into graph t, trainable or as a constant.
func node(t *nn.GraphNet, name string, data []float32, trainable bool, shape ...int) *G.Node {
	if trainable {
		return t.Param(name, data, shape...)
	}
	n := t.Param(name, data, shape...)
	t.Params, t.ParamData = t.Params[:len(t.Params)-1], t.ParamData[:len(t.ParamData)-1]
	return n
}

// criticOpts configure one copy of the discriminator in a graph.
type criticOpts struct {
	trainable bool
	snUpdate  bool
	masks     []*G.Node // input mask, then one per hidden layer (nil entries: none)
	group     int       // minibatch discrimination group size
	labels    *G.Node   // one-hot class labels [N, Classes] (conditional), else nil
}

// critic adds the discriminator on x; it returns the critic values [N, 1]
// and the last hidden layer's output (the features of feature matching).
func (m *GAN) critic(t *nn.GraphNet, x *G.Node, o criticOpts) (v, feat *G.Node, err error) {
	if m.dc != nil {
		return m.dc.critic(m, t, x, o)
	}
	c := &mlpCritic{m: m, t: t, o: o}
	cur, err := c.mask(0, x)
	if err != nil {
		return nil, nil, err
	}
	if o.labels != nil { // conditional: the label joins the (dropped-out) input
		if cur, err = nn.Concat(1, cur, o.labels); err != nil {
			return nil, nil, err
		}
	}
	for i, l := range m.d {
		if cur, err = c.hidden(i, l, cur); err != nil {
			return nil, nil, err
		}
	}
	feat = cur
	if m.mbd != nil {
		if cur, err = c.minibatchFeatures(cur); err != nil {
			return nil, nil, err
		}
	}
	w, b, err := c.weight(m.dOut, "dout")
	if err != nil {
		return nil, nil, err
	}
	if cur, err = t.Matmul(cur, w); err != nil {
		return nil, nil, err
	}
	v, err = nn.ApplyBiasAct(nn.Linear, cur, b)
	return v, feat, err
}

// mlpCritic adds one copy of the MLP discriminator to a graph; li counts
// the weight layers bound so far (each has its spectral-norm state).
type mlpCritic struct {
	m  *GAN
	t  *nn.GraphNet
	o  criticOpts
	li int
}

// weight binds layer l's weights (spectrally normalised if on) and bias
// (nil for the minibatch-discrimination tensor, which has none).
func (c *mlpCritic) weight(l *nn.Layer, name string) (*G.Node, *G.Node, error) {
	m := c.m
	w := node(c.t, name+".W", l.W, c.o.trainable, l.In, l.Out)
	var b *G.Node
	if l != m.mbd { // T has no bias
		b = node(c.t, name+".b", l.B, c.o.trainable, l.Out)
	}
	if m.sn != nil {
		var err error
		if w, err = G.ApplyOp(newSNOp(m.sn[c.li], c.o.snUpdate), w); err != nil {
			return nil, nil, err
		}
	}
	c.li++
	return w, b, nil
}

// mask applies dropout mask i (0: the input's, i: hidden layer i-1's) to
// cur, if there is one.
func (c *mlpCritic) mask(i int, cur *G.Node) (*G.Node, error) {
	if i < len(c.o.masks) && c.o.masks[i] != nil {
		return nn.ApplyMask(cur, c.o.masks[i])
	}
	return cur, nil
}

// hidden adds hidden layer i: matmul, bias and activation, maxout or leaky
// ReLU, dropout.
func (c *mlpCritic) hidden(i int, l *nn.Layer, cur *G.Node) (*G.Node, error) {
	w, b, err := c.weight(l, "d"+strconv.Itoa(i))
	if err != nil {
		return nil, err
	}
	if cur, err = c.t.Matmul(cur, w); err != nil {
		return nil, err
	}
	if cur, err = nn.ApplyBiasAct(l.Act, cur, b); err != nil {
		return nil, err
	}
	switch {
	case c.m.cfg.DPieces > 1:
		cur, err = nn.ApplyMaxout(c.m.cfg.DPieces, cur)
	case c.m.cfg.DAct == DActLeaky:
		cur, err = G.ApplyOp(newLeakyOp(0.2), cur)
	}
	if err != nil {
		return nil, err
	}
	return c.mask(i+1, cur)
}

// minibatchFeatures appends the minibatch-discrimination features of cur
// (Salimans et al. 2016) to it.
func (c *mlpCritic) minibatchFeatures(cur *G.Node) (*G.Node, error) {
	m := c.m
	w, _, err := c.weight(m.mbd, "mbd")
	if err != nil {
		return nil, err
	}
	mm, err := c.t.Matmul(cur, w)
	if err != nil {
		return nil, err
	}
	ob, err := G.ApplyOp(newMBDOp(m.cfg.MBDKernels, m.cfg.MBDDim, c.o.group), mm)
	if err != nil {
		return nil, err
	}
	return nn.Concat(1, cur, ob)
}

// maskInputs adds dropout mask inputs for N rows: input and hidden layers.
func (m *GAN) maskInputs(t *nn.GraphNet, N int, prefix string) ([]*G.Node, [][]float32, []float64) {
	var nodes []*G.Node
	var bufs [][]float32
	var ps []float64
	add := func(p float64, cols int, name string) {
		if p <= 0 {
			nodes, bufs, ps = append(nodes, nil), append(bufs, nil), append(ps, 0)
			return
		}
		n, b := t.Input(prefix+name, N, cols)
		nodes, bufs, ps = append(nodes, n), append(bufs, b), append(ps, p)
	}
	add(m.cfg.DDropIn, m.cfg.dIn(), "mask_in")
	for i, h := range m.cfg.DHidden {
		add(m.cfg.DDrop, h, "mask"+strconv.Itoa(i))
	}
	return nodes, bufs, ps
}

// dStep is the discriminator's training graph on rows [real B | fake B |
// (wgan_gp) xhat+h*u B | xhat-h*u B].
type dStep struct {
	t      *nn.GraphNet
	x      []float32
	masks  [][]float32
	ps     []float64
	B      int
	gp     []float64 // per-row penalty weights c_i (wgan_gp)
	vReal  float64
	vFake  float64
	a, b   term
	scale  float64 // DLossScale: multiplies the real and fake terms
	nRows  int
	gpCost float64
	y      []float32  // one-hot labels of every row (conditional)
	info   *infoState // Q loss on the generated rows (InfoGAN)
}

func (m *GAN) buildDStep(B int) (*dStep, error) {
	a, b, _, err := ganTerms(m.cfg.Loss, m.cfg.Divergence, m.cfg.LabelSmooth)
	if err != nil {
		return nil, err
	}
	s := &dStep{t: nn.NewGraphNet(), B: B, a: a, b: b, nRows: 2 * B, scale: m.cfg.DLossScale}
	if m.cfg.Loss == LossWGANGP {
		s.nRows = 4 * B
		s.gp = make([]float64, B)
	}
	xn, x := s.t.Input("x", s.nRows, m.cfg.dIn())
	s.x = x
	mn, mb, ps := m.maskInputs(s.t, s.nRows, "")
	s.masks, s.ps = mb, ps
	o := criticOpts{trainable: true, snUpdate: true, masks: mn, group: B}
	o.labels, s.y = m.labelInput(s.t, s.nRows)
	v, feat, err := m.critic(s.t, xn, o)
	if err != nil {
		return nil, err
	}
	cost, err := nn.ApplyLoss("d", s.loss, v)
	if err != nil {
		return nil, err
	}
	if s.info, cost, err = m.addInfoLoss(s.t, feat, cost, o, B, 2*B); err != nil {
		return nil, err
	}
	return s, s.t.Compile(cost)
}

// loss is L_D = scale (E_real a(v) + E_fake b(v)) [+ sum_i c_i (v+_i -
// v-_i) / 2h].
func (s *dStep) loss(v, dv []float32) float64 {
	B := s.B
	l := meanTerm(s.a, v[:B], dv[:B]) + meanTerm(s.b, v[B:2*B], dv[B:2*B])
	if s.scale != 1 && s.scale != 0 { // 1: the arithmetic of before, bit for bit
		l *= s.scale
		for i := range dv[:2*B] {
			dv[i] *= float32(s.scale)
		}
	}
	s.vReal, s.vFake = mean32(v[:B]), mean32(v[B:2*B])
	if s.gp != nil {
		for i, c := range s.gp {
			k := c / (2 * ganGPStep)
			dv[2*B+i], dv[3*B+i] = float32(k), float32(-k)
		}
		// The value added is the penalty itself (computed from the exact
		// input gradients); only its gradient comes from the differences.
		l += s.gpCost
	}
	return l
}

func mean32(v []float32) float64 {
	var s float64
	for _, x := range v {
		s += float64(x)
	}
	return s / float64(max(len(v), 1))
}

// gStep is the generator's training graph.
type gStep struct {
	t     *nn.GraphNet
	z     []float32 // generator inputs: noise [| label | codes] per row
	noise []float32 // instance noise on the generated rows (nil: off)
	real  []float32 // real rows (feature matching)
	masks [][]float32
	ps    []float64
	vFake float64
	y     []float32  // one-hot labels of D's rows (conditional)
	info  *infoState // Q loss on the generated rows (InfoGAN)
	// unrolled: the unrolled D steps' scalars (UnrolledSteps > 0, unrolled.go)
	unrolled *unrolledG
}

func (m *GAN) buildGStep(B int) (*gStep, error) {
	_, _, c, err := ganTerms(m.cfg.Loss, m.cfg.Divergence, m.cfg.LabelSmooth)
	if err != nil {
		return nil, err
	}
	s := &gStep{t: nn.NewGraphNet()}
	zn, z := s.t.Input("z", B*m.cfg.pack(), m.cfg.genIn())
	s.z = z
	cur, err := m.generatorGraph(s.t, zn)
	if err != nil {
		return nil, err
	}
	if cur, err = m.packRows(cur); err != nil {
		return nil, err
	}
	if m.cfg.InstanceNoise > 0 {
		noise, nb := s.t.Input("noise", B, m.cfg.dIn())
		s.noise = nb
		if cur, err = G.ApplyOp(newStackOp(true), cur, noise); err != nil {
			return nil, err
		}
	}
	N := B
	if m.cfg.FeatureMatching {
		rn, rb := s.t.Input("real", B, m.cfg.dIn())
		s.real = rb
		if cur, err = G.ApplyOp(newStackOp(false), cur, rn); err != nil {
			return nil, err
		}
		N = 2 * B
	}
	mn, mb, ps := m.maskInputs(s.t, N, "")
	s.masks, s.ps = mb, ps
	o := criticOpts{masks: mn, group: B}
	o.labels, s.y = m.labelInput(s.t, N)
	v, feat, err := m.critic(s.t, cur, o)
	if err != nil {
		return nil, err
	}
	var cost *G.Node
	if m.cfg.FeatureMatching {
		A := feat.Shape()[1]
		cost, err = nn.ApplyLoss("feature_matching", func(f, df []float32) float64 {
			return featureMatch(f, df, B, A)
		}, feat)
	} else {
		cost, err = nn.ApplyLoss("g", func(v, dv []float32) float64 {
			s.vFake = mean32(v)
			return meanTerm(c, v, dv)
		}, v)
	}
	if err != nil {
		return nil, err
	}
	if s.info, cost, err = m.addInfoLoss(s.t, feat, cost, o, 0, B); err != nil {
		return nil, err
	}
	return s, s.t.Compile(cost)
}

// generatorGraph adds the generator (trainable) on inputs zn to t.
func (m *GAN) generatorGraph(t *nn.GraphNet, zn *G.Node) (*G.Node, error) {
	if m.dc != nil {
		return m.dc.generator(t, zn)
	}
	cur := zn
	var err error
	for i, l := range m.g {
		if i < len(m.gbn) {
			cur, err = m.denseBN(t, cur, i)
		} else {
			cur, err = t.Dense(cur, l, "g"+strconv.Itoa(i), false)
		}
		if err != nil {
			return nil, err
		}
	}
	return cur, nil
}

// FillNoise draws generator noise from the GAN's noise distribution
// (uniform on [-1, 1] or on [-sqrt 3, sqrt 3], or standard normal).
func (m *GAN) FillNoise(z []float32, rng *rand.Rand) {
	switch m.cfg.Noise {
	case NoiseNormal:
		for i := range z {
			z[i] = float32(rng.NormFloat64())
		}
		return
	case NoiseUniformSqrt3:
		for i := range z {
			z[i] = float32(math.Sqrt(3) * (2*rng.Float64() - 1))
		}
		return
	}
	nn.FillNoise(z, rng)
}

// params lists every parameter array of the model, each layer's W then B
// (G, D and, for DCGAN, the generator's batch-norm running statistics): the
// arrays the graphs read and the optimizers update in place.
func (m *GAN) params() [][]float32 {
	var ps [][]float32
	for _, l := range append(append([]*nn.Layer(nil), m.g...), m.dLayers()...) {
		ps = append(ps, l.W, l.B)
	}
	return append(ps, m.bnParams()...)
}

// Sample draws n generator samples (n x Out). A conditional or InfoGAN
// generator gets uniformly random labels and codes (SampleCoded chooses).
func (m *GAN) Sample(n int, rng *rand.Rand) []float32 {
	if m.cfg.extraIn() > 0 {
		return m.sampleRandomCodes(n, rng)
	}
	z := make([]float32, n*m.cfg.NoiseDim)
	m.FillNoise(z, rng)
	if m.dc != nil {
		return append([]float32(nil), m.dc.generate(z, n, false)...)
	}
	return m.generateMLP(z, n, false)
}

// NoiseDim and OutDim are the generator's input and output widths.
func (m *GAN) NoiseDim() int { return m.cfg.NoiseDim }
func (m *GAN) OutDim() int   { return m.cfg.Out }

func (m *GAN) gNames() []string {
	ns := make([]string, len(m.g))
	for i := range ns {
		ns[i] = "g" + strconv.Itoa(i)
	}
	return ns
}

// GeneratorParams returns a copy of the generator's parameters g0.W, g0.b, ...
func (m *GAN) GeneratorParams() nn.Params {
	if m.dc != nil {
		return m.dc.params()
	}
	return m.bnNamedParams(nn.LayersParams(m.g, m.gNames()))
}

// GeneratorArch describes the generator (GeneratorFrom's input).
func (m *GAN) GeneratorArch() map[string]string {
	if m.dc != nil {
		return m.dc.arch(m.cfg)
	}
	arch := m.cfg.codeArch(map[string]string{
		"model":     "gan_generator",
		"noise_dim": strconv.Itoa(m.cfg.NoiseDim),
		"noise":     string(m.cfg.Noise),
		"hidden":    nn.JoinInts(m.cfg.GHidden),
		"out":       strconv.Itoa(m.cfg.Out),
		"out_act":   string(m.cfg.GOutAct),
		"loss":      string(m.cfg.Loss),
	})
	if m.gbn != nil { // only then: existing models' arch (and digests) stay
		arch["batch_norm"] = "true"
	}
	if m.cfg.GAct == nn.Tanh { // likewise
		arch["hidden_act"] = "tanh"
	}
	return arch
}

// GeneratorFrom rebuilds a sampling-only GAN (its generator) from
// GeneratorArch() and GeneratorParams().
func GeneratorFrom(arch map[string]string, p nn.Params) (*GAN, error) {
	if arch["model"] == "dcgan_generator" {
		return dcganGeneratorFrom(arch, p)
	}
	if arch["model"] != "gan_generator" {
		return nil, fmt.Errorf("models: arch is for %q, not gan_generator", arch["model"])
	}
	cfg := GANConfig{Noise: GANNoise(arch["noise"]), GOutAct: nn.Activation(arch["out_act"]), GAct: nn.Activation(arch["hidden_act"])}
	if err := cfg.validateGInit(); err != nil {
		return nil, err
	}
	var err error
	if cfg.NoiseDim, err = strconv.Atoi(arch["noise_dim"]); err != nil {
		return nil, fmt.Errorf("models: arch noise_dim: %w", err)
	}
	if cfg.Out, err = strconv.Atoi(arch["out"]); err != nil {
		return nil, fmt.Errorf("models: arch out: %w", err)
	}
	if cfg.GHidden, err = nn.SplitInts(arch["hidden"]); err != nil {
		return nil, fmt.Errorf("models: arch hidden: %w", err)
	}
	if err := cfg.readCodeArch(arch); err != nil {
		return nil, err
	}
	m := &GAN{cfg: cfg}
	in := cfg.genIn()
	for _, h := range append(append([]int(nil), cfg.GHidden...), cfg.Out) {
		m.g = append(m.g, &nn.Layer{In: in, Out: h, Act: cfg.gHiddenAct(), W: make([]float32, in*h), B: make([]float32, h)})
		in = h
	}
	m.g[len(m.g)-1].Act = cfg.GOutAct
	bn := arch["batch_norm"] == "true"
	if bn {
		for _, l := range m.g[:len(m.g)-1] {
			l.Act = nn.Linear
		}
	}
	lp := p
	if bn && len(p.Names) > 2*len(m.g) { // the layers' W and b come first
		k := 2 * len(m.g)
		lp = nn.Params{Names: p.Names[:k], Shapes: p.Shapes[:k], Data: p.Data[:k]}
	}
	if err := nn.LoadParams(m.g, m.gNames(), lp); err != nil {
		return nil, err
	}
	if bn {
		if err := m.loadBN(p); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// IsDiverged reports whether err is a training divergence.
func IsDiverged(err error) bool { return errors.Is(err, nn.ErrDiverged) }

// sumLoss is the loss sum(v), whose gradient is 1 everywhere: the critic
// value's input gradient (the gradient penalty) is that of its sum.
func sumLoss(v, dv []float32) float64 {
	var s float64
	for i, x := range v {
		s += float64(x)
		dv[i] = 1
	}
	return s
}
