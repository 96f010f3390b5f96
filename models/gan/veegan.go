package gan

import (
	"context"
	"fmt"
	"math/rand"
	"strconv"

	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
)

// VEEGAN (Srivastava et al. 2017; the authors' 2-D notebook, PAPERS.md):
// a generator G(z, eps), a reconstructor F: x -> z (the mean of a unit
// Gaussian over the noise) and a discriminator D on (z, x) pairs. D tells
// (z, G(z, eps)) (label 1) from (F(x) + N(0, I), x) (label 0) with the
// sigmoid cross-entropy; G and F minimise the mean D logit of (z, G(z, eps))
// plus the reconstruction term mean ||z - F(G(z, eps))||^2 / 2 (the
// -log N(z; F(G(z)), I) of the notebook up to a constant). Both players'
// gradients come from the same minibatch and are applied together.

// VEEGANConfig describes a VEEGAN and its training: ReLU MLPs (the
// notebook's), or with Image set convolutional networks (veegan_conv.go).
type VEEGANConfig struct {
	NoiseDim int   // z, N(0, I) (the notebook: 254)
	EpsDim   int   // extra N(0, I) generator input D does not see (the notebook: 1)
	Out      int   // data dimension
	GHidden  []int // generator ReLU layers (the notebook: 128, 128); not with Image
	FHidden  []int // reconstructor ReLU layers (128, 128); not with Image
	DHidden  []int // discriminator ReLU layers on [z | x] (128); with Image, on [D's conv features | z]

	// Image, if set: G is the DCGAN generator of this geometry on [z | eps],
	// F and D have its discriminator's convolutions (veegan_conv.go).
	Image *DCGANConfig
	// GOutAct is the image generator's output (tanh, sigmoid); the MLP
	// generator's is linear.
	GOutAct nn.Activation

	Batch, Iters int
	DOpt, GOpt   nn.Optimizer // D; G and F together (the notebook: Adam 1e-3, beta1 0.5)
}

// VEEGAN is the three networks.
type VEEGAN struct {
	cfg     VEEGANConfig
	g, f, d []*nn.Layer // d ends in the 1-logit layer; with Image, d is D's head and g, f are nil
	conv    *veeganConv // with Image: G, and F's and D's convolutions
	// Hook, when set, checkpoints training and resumes it (as GAN.Hook).
	Hook nn.TrainHook
}

// layers lists every layer a checkpoint holds: the MLPs, or with Image G's
// (batch-norm running statistics included), D's and F's convolutions, F's
// output layer and D's head.
func (v *VEEGAN) layers() []*nn.Layer {
	ls := append(append(append([]*nn.Layer(nil), v.g...), v.f...), v.d...)
	if c := v.conv; c != nil {
		ls = append(append(append(append(ls, c.g.gLayers()...), c.g.dLayers()...), c.f.dLayers()...), c.fOut)
	}
	return ls
}

func (c *VEEGANConfig) validate() error {
	if c.NoiseDim <= 0 || c.Out <= 0 || c.EpsDim < 0 {
		return fmt.Errorf("models: VEEGAN noise %d, eps %d and output %d dims", c.NoiseDim, c.EpsDim, c.Out)
	}
	for _, h := range append(append(append([]int(nil), c.GHidden...), c.FHidden...), c.DHidden...) {
		if h <= 0 {
			return fmt.Errorf("models: VEEGAN layer widths must be positive (G %v, F %v, D %v)", c.GHidden, c.FHidden, c.DHidden)
		}
	}
	return nil
}

// mlp builds ReLU layers in -> hidden... -> out with a linear output.
func mlp(in int, hidden []int, out int, rng *rand.Rand) []*nn.Layer {
	var ls []*nn.Layer
	for _, h := range hidden {
		ls = append(ls, nn.NewLayer(in, h, nn.ReLU, rng))
		in = h
	}
	return append(ls, nn.NewLayer(in, out, nn.Linear, rng))
}

// NewVEEGAN initialises the three networks from rng (Glorot/He, biases 0).
func NewVEEGAN(cfg VEEGANConfig, rng *rand.Rand) (*VEEGAN, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if cfg.Image != nil {
		return newConvVEEGAN(cfg, rng)
	}
	return &VEEGAN{cfg: cfg,
		g: mlp(cfg.NoiseDim+cfg.EpsDim, cfg.GHidden, cfg.Out, rng),
		f: mlp(cfg.Out, cfg.FHidden, cfg.NoiseDim, rng),
		d: mlp(cfg.NoiseDim+cfg.Out, cfg.DHidden, 1, rng),
	}, nil
}

// dense adds layers ls (named prefix<i>) to a graph, as trainable
// parameters or constants.
func dense(t *nn.GraphNet, cur *G.Node, ls []*nn.Layer, prefix string, trainable bool) (*G.Node, error) {
	for i, l := range ls {
		name := prefix + strconv.Itoa(i)
		w := node(t, name+".W", l.W, trainable, l.In, l.Out)
		b := node(t, name+".b", l.B, trainable, l.Out)
		xw, err := t.Matmul(cur, w)
		if err != nil {
			return nil, err
		}
		if cur, err = nn.ApplyBiasAct(l.Act, xw, b); err != nil {
			return nil, err
		}
	}
	return cur, nil
}

// veeganD is the discriminator's training graph on rows [(z, G(z)) B |
// (F(x) + noise, x) B] given as its input [2B, NoiseDim + Out].
type veeganD struct {
	t        *nn.GraphNet
	in       []float32 // MLP: the [2B, NoiseDim + Out] rows
	img      veeganDImageInputs
	B        int
	vP, vQ   float64 // mean logit of the generator and data pairs
	lastLoss float64
}

func (v *VEEGAN) buildD(B int) (*veeganD, error) {
	if v.conv != nil {
		return v.buildConvD(B)
	}
	s := &veeganD{t: nn.NewGraphNet(), B: B}
	n, in := s.t.Input("zx", 2*B, v.cfg.NoiseDim+v.cfg.Out)
	s.in = in
	logit, err := dense(s.t, n, v.d, "d", true)
	if err != nil {
		return nil, err
	}
	return s, s.compile(logit)
}

// compile ends the D graph with the loss on its logits.
func (s *veeganD) compile(logit *G.Node) error {
	cost, err := nn.ApplyLoss("d", s.loss, logit)
	if err != nil {
		return err
	}
	return s.t.Compile(cost)
}

// loss is the sigmoid cross-entropy, label 1 on the first B rows and 0 on
// the rest: mean softplus(-v_p) + mean softplus(v_q).
func (s *veeganD) loss(v, dv []float32) float64 {
	B := s.B
	var l float64
	for i, x := range v {
		y := float64(x)
		if i < B {
			l += softplus(-y)
			dv[i] = float32(-sigmoid(-y) / float64(B))
		} else {
			l += softplus(y)
			dv[i] = float32(sigmoid(y) / float64(B))
		}
	}
	s.vP, s.vQ = mean32(v[:B]), mean32(v[B:])
	return l / float64(B)
}

// veeganG is the generator and reconstructor's graph: z, eps -> G -> x,
// D(z, x) with D constant, F(x) -> z'; loss mean D logit + mean ||z - z'||^2/2.
type veeganG struct {
	t      *nn.GraphNet
	z, eps []float32
	B, Z   int
	logit  float64 // mean D logit
	recon  float64 // mean ||z - F(G(z))||^2 / 2
}

func (v *VEEGAN) buildG(B int) (*veeganG, error) {
	c := v.cfg
	s := &veeganG{t: nn.NewGraphNet(), B: B, Z: c.NoiseDim}
	zn, gin, err := s.inputs(c)
	if err != nil {
		return nil, err
	}
	if v.conv != nil {
		return s, v.conv.buildG(s, v.d, zn, gin)
	}
	x, err := dense(s.t, gin, v.g, "g", true)
	if err != nil {
		return nil, err
	}
	zx, err := nn.Concat(1, zn, x)
	if err != nil {
		return nil, err
	}
	logit, err := dense(s.t, zx, v.d, "d", false)
	if err != nil {
		return nil, err
	}
	zr, err := dense(s.t, x, v.f, "f", true)
	if err != nil {
		return nil, err
	}
	return s, s.compile(logit, zr)
}

// inputs adds the z [B, NoiseDim] and eps [B, EpsDim] inputs and returns z
// and G's input [z | eps].
func (s *veeganG) inputs(c VEEGANConfig) (zn, gin *G.Node, err error) {
	zn, s.z = s.t.Input("z", s.B, c.NoiseDim)
	gin = zn
	if c.EpsDim > 0 {
		en, eps := s.t.Input("eps", s.B, c.EpsDim)
		s.eps = eps
		if gin, err = nn.Concat(1, zn, en); err != nil {
			return nil, nil, err
		}
	}
	return zn, gin, nil
}

// compile ends the G/F graph: the mean D logit of (z, G(z, eps)) plus the
// reconstruction term of zr = F(G(z, eps)).
func (s *veeganG) compile(logit, zr *G.Node) error {
	B := s.B
	adv, err := nn.ApplyLoss("g_adv", func(l, dl []float32) float64 {
		s.logit = mean32(l)
		for i := range dl {
			dl[i] = float32(1 / float64(B))
		}
		return s.logit
	}, logit)
	if err != nil {
		return err
	}
	rec, err := nn.ApplyLoss("recon", s.reconLoss, zr)
	if err != nil {
		return err
	}
	cost, err := G.Add(adv, rec)
	if err != nil {
		return err
	}
	return s.t.Compile(cost)
}

// reconLoss is mean over rows of ||z - z'||^2 / 2 for z' = F(G(z)).
func (s *veeganG) reconLoss(zr, dz []float32) float64 {
	var l float64
	inv := 1 / float64(s.B)
	for i, r := range zr {
		d := float64(r) - float64(s.z[i])
		l += d * d / 2
		dz[i] = float32(d * inv)
	}
	s.recon = l * inv
	return s.recon
}

// veeganTrainer is one VEEGAN run: both graphs, optimizer states, data.
type veeganTrainer struct {
	v        *VEEGAN
	ds       *veeganD
	gs       *veeganG
	dst, gst *nn.OptState
	data     []float32
	sampler  *nn.Sampler
	rng      *rand.Rand
	real     []float32
	dLoss    float64
	gLoss    float64
}

// Train runs cfg.Iters steps on n data rows. Observer terms: d_loss, g_loss
// (the G/F loss: logit + recon), recon, d_p and d_q (mean D logit of the
// generator's and the data's pairs). A non-finite loss stops training with
// an error wrapping nn.ErrDiverged.
func (v *VEEGAN) Train(ctx context.Context, data []float32, n int, rng *rand.Rand, obs nn.Observer) error {
	c := v.cfg
	if err := nn.CheckData(data, n, c.Out); err != nil {
		return err
	}
	if c.Batch <= 0 || c.Iters <= 0 {
		return fmt.Errorf("models: VEEGAN batch %d and iterations %d must be positive", c.Batch, c.Iters)
	}
	if err := c.DOpt.Validate(); err != nil {
		return fmt.Errorf("discriminator optimizer: %w", err)
	}
	if err := c.GOpt.Validate(); err != nil {
		return fmt.Errorf("generator optimizer: %w", err)
	}
	t := &veeganTrainer{v: v, data: data, rng: rng, real: make([]float32, c.Batch*c.Out)}
	var err error
	if t.ds, err = v.buildD(c.Batch); err != nil {
		return err
	}
	defer t.ds.t.Machine.Close()
	if t.gs, err = v.buildG(c.Batch); err != nil {
		return err
	}
	defer t.gs.t.Machine.Close()
	t.dst, t.gst = nn.NewOptState(c.DOpt, t.ds.t.ParamData), nn.NewOptState(c.GOpt, t.gs.t.ParamData)
	t.sampler = nn.NewSampler(n, rng)
	l := nn.Loop{Iters: c.Iters, Step: t.step, Terms: t.terms, Observer: obs}
	if v.Hook != nil {
		l.Hook, l.State = v.Hook, nn.OptLoopState{Params: v.params(), Opts: []*nn.OptState{t.dst, t.gst}, Sampler: t.sampler}
	}
	return l.Run(ctx)
}

// params lists every layer's weights and biases, the arrays a checkpoint
// holds besides the optimizer states.
func (v *VEEGAN) params() [][]float32 {
	var ps [][]float32
	for _, l := range v.layers() {
		ps = append(ps, l.W, l.B)
	}
	return ps
}

// step draws one minibatch (data, z, eps, the reconstructor's noise), takes
// both players' gradients at the current parameters, then updates both.
func (t *veeganTrainer) step(int) error {
	c, ds, gs := t.v.cfg, t.ds, t.gs
	B, Z, d := c.Batch, c.NoiseDim, c.Out
	t.sampler.Fill(t.real, t.data, d)
	for i := range gs.z {
		gs.z[i] = float32(t.rng.NormFloat64())
	}
	for i := range gs.eps {
		gs.eps[i] = float32(t.rng.NormFloat64())
	}
	x := t.v.generate(gs.z, gs.eps, B)
	if t.v.conv != nil {
		ds.img.fill(gs.z, x, t.real, t.rng)
		return t.update()
	}
	zq := nn.Forward(t.v.f, t.real, B, false)
	fillPairs(ds.in, gs.z, x, zq, t.real, B, Z, d, func() float32 { return float32(t.rng.NormFloat64()) })
	return t.update()
}

// fillPairs writes D's 2B input rows: (z, G(z, eps)) for the first B, then
// (F(x) + noise, x), drawing the noise row by row, value by value.
func fillPairs(in, z, x, zq, real []float32, B, Z, d int, noise func() float32) {
	w := Z + d
	for i := 0; i < B; i++ {
		p, q := in[i*w:(i+1)*w], in[(B+i)*w:(B+i+1)*w]
		copy(p[:Z], z[i*Z:(i+1)*Z])
		copy(p[Z:], x[i*d:(i+1)*d])
		for j := 0; j < Z; j++ {
			q[j] = zq[i*Z+j] + noise()
		}
		copy(q[Z:], real[i*d:(i+1)*d])
	}
}

// NamedParams returns a copy of the MLP networks' weights and biases: g0,
// g1, ... (G), f0, ... (F), d0, ... (D, its last layer the logit); W shaped
// [in, out]. Nil with image networks.
func (v *VEEGAN) NamedParams() nn.Params {
	if v.conv != nil {
		return nn.Params{}
	}
	var names []string
	for _, net := range []struct {
		p  string
		ls []*nn.Layer
	}{{"g", v.g}, {"f", v.f}, {"d", v.d}} {
		for i := range net.ls {
			names = append(names, net.p+strconv.Itoa(i))
		}
	}
	return nn.LayersParams(append(append(append([]*nn.Layer(nil), v.g...), v.f...), v.d...), names)
}

// Losses are D's and G/F's losses of one training step on given inputs
// instead of drawn ones: real (B x Out), z (B x NoiseDim), eps (B x EpsDim)
// and the noise added to F's codes of the real rows (B x NoiseDim). The
// parameters are not updated. MLP networks only (`ganpipe bench -agree`).
func (v *VEEGAN) Losses(real, z, eps, qNoise []float32, B int) (dLoss, gLoss float64, err error) {
	c := v.cfg
	if v.conv != nil {
		return 0, 0, fmt.Errorf("models: VEEGAN losses on fixed inputs: MLP networks only")
	}
	for _, a := range []struct {
		v    []float32
		cols int
	}{{real, c.Out}, {z, c.NoiseDim}, {eps, c.EpsDim}, {qNoise, c.NoiseDim}} {
		if err := nn.CheckData(a.v, B, a.cols); err != nil {
			return 0, 0, err
		}
	}
	ds, err := v.buildD(B)
	if err != nil {
		return 0, 0, err
	}
	defer ds.t.Machine.Close()
	gs, err := v.buildG(B)
	if err != nil {
		return 0, 0, err
	}
	defer gs.t.Machine.Close()
	copy(gs.z, z)
	copy(gs.eps, eps)
	x := v.generate(gs.z, gs.eps, B)
	zq := nn.Forward(v.f, real, B, false)
	k := 0
	fillPairs(ds.in, gs.z, x, zq, real, B, c.NoiseDim, c.Out, func() float32 { k++; return qNoise[k-1] })
	if dLoss, err = ds.t.ForwardBackward(); err != nil {
		return 0, 0, err
	}
	if gLoss, err = gs.t.ForwardBackward(); err != nil {
		return 0, 0, err
	}
	return dLoss, gLoss, nil
}

// update takes both players' gradients on the filled inputs, then applies
// both (the same minibatch, the parameters before either step).
func (t *veeganTrainer) update() error {
	ds, gs := t.ds, t.gs
	var err error
	if t.dLoss, err = ds.t.ForwardBackward(); err != nil {
		return err
	}
	if err := nn.Finite("discriminator loss", t.dLoss); err != nil {
		return err
	}
	if t.gLoss, err = gs.t.ForwardBackward(); err != nil {
		return err
	}
	if err := nn.Finite("generator loss", t.gLoss); err != nil {
		return err
	}
	if err := nn.Finite("discriminator gradient norm", t.dst.Step(ds.t.ParamData, ds.t.GradData)); err != nil {
		return err
	}
	return nn.Finite("generator gradient norm", t.gst.Step(gs.t.ParamData, gs.t.GradData))
}

func (t *veeganTrainer) terms(_ int, terms map[string]float64) {
	terms["d_loss"], terms["g_loss"], terms["recon"] = t.dLoss, t.gLoss, t.gs.recon
	terms["d_p"], terms["d_q"] = t.ds.vP, t.ds.vQ
}

// generate runs G on n rows of z and eps (outside any graph; the image
// generator in training mode, batch norm over the n rows, into a buffer the
// next call reuses).
func (v *VEEGAN) generate(z, eps []float32, n int) []float32 {
	c := v.cfg
	in := make([]float32, n*(c.NoiseDim+c.EpsDim))
	w := c.NoiseDim + c.EpsDim
	for i := 0; i < n; i++ {
		copy(in[i*w:], z[i*c.NoiseDim:(i+1)*c.NoiseDim])
		copy(in[i*w+c.NoiseDim:(i+1)*w], eps[i*c.EpsDim:(i+1)*c.EpsDim])
	}
	if v.conv != nil {
		return v.conv.g.generate(in, n, true)
	}
	return nn.Forward(v.g, in, n, false)
}

// Generator returns VEEGAN's generator as a sampling-only GAN: standard
// normal noise of NoiseDim + EpsDim dimensions (z and eps are both N(0, I)
// and G reads them concatenated), the same layers and weights.
func (v *VEEGAN) Generator() (*GAN, error) {
	c := v.cfg
	if v.conv != nil {
		return dcganGeneratorFrom(v.conv.g.arch(v.conv.gcfg), v.conv.g.params())
	}
	arch := map[string]string{
		"model": "gan_generator", "noise_dim": strconv.Itoa(c.NoiseDim + c.EpsDim), "noise": string(NoiseNormal),
		"hidden": nn.JoinInts(c.GHidden), "out": strconv.Itoa(c.Out), "out_act": string(nn.Linear), "loss": "veegan",
	}
	names := make([]string, len(v.g))
	for i := range names {
		names[i] = "g" + strconv.Itoa(i)
	}
	return GeneratorFrom(arch, nn.LayersParams(v.g, names))
}
