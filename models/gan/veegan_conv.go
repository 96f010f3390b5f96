package gan

import (
	"fmt"
	"math/rand"

	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
)

// The image VEEGAN (VEEGANConfig.Image set), for stacked MNIST: VEEGAN's
// losses and simultaneous updates (veegan.go) on convolutional networks.
//
//	G: [z | eps] -> the DCGAN generator (FC, BN-ReLU, deconvs) -> image
//	F: image -> the DCGAN discriminator's convolutions (own weights)
//	          -> flatten -> linear NoiseDim (the mean of N(., I) over z)
//	D: (z, image) -> the DCGAN discriminator's convolutions (own weights)
//	          -> flatten -> [features | z] -> DHidden ReLU -> 1 logit
//
// PAPERS.md gives VEEGAN's 2-D networks only; for images these are our
// DCGAN's (dcgan.go), D reading z beside its image features as the 2-D
// D reads [z | x]. Batch norm uses batch statistics in every graph: D's
// over each half of its batch (the generator's pairs, the data's pairs),
// as the DCGAN critic's; F's over its batch. The D step's generated images
// are G's training-mode output computed outside the graph, as the DCGAN
// trainer's; G's running statistics follow its G/F graph's batch.

// veeganConv holds the image VEEGAN's convolutional parts.
type veeganConv struct {
	g    *dcgan    // G; its dConv and dBN are D's convolutions
	f    *dcgan    // its dConv and dBN are F's convolutions (its generator tensors unused)
	fOut *nn.Layer // F: flattened features -> NoiseDim, linear
	gcfg GANConfig // G's configuration (the exported generator's arch)
}

// newConvVEEGAN initialises an image VEEGAN: convolution weights
// N(0, InitStd^2), batch-norm scales N(1, InitStd^2), biases and shifts 0
// (the DCGAN's); F's output layer and D's head Glorot/He, biases 0 (the 2-D
// VEEGAN's).
func newConvVEEGAN(cfg VEEGANConfig, rng *rand.Rand) (*VEEGAN, error) {
	if len(cfg.GHidden) > 0 || len(cfg.FHidden) > 0 {
		return nil, fmt.Errorf("models: the image VEEGAN's G and F are convolutional; g_hidden and f_hidden do not apply (G %v, F %v)", cfg.GHidden, cfg.FHidden)
	}
	gcfg := GANConfig{Arch: ArchDCGAN, DCGAN: *cfg.Image, NoiseDim: cfg.NoiseDim + cfg.EpsDim, Noise: NoiseNormal,
		Out: cfg.Out, GOutAct: cfg.GOutAct, Loss: "veegan"}
	if err := gcfg.validateDCGAN(); err != nil {
		return nil, err
	}
	if err := gcfg.GOutAct.Valid(); err != nil {
		return nil, err
	}
	vc := &veeganConv{g: newDCGANStructure(gcfg), f: newDCGANStructure(gcfg), gcfg: gcfg}
	std := gcfg.DCGAN.InitStd
	normal := func(w []float32, mean float64) {
		for i := range w {
			w[i] = float32(mean + std*rng.NormFloat64())
		}
	}
	normal(vc.g.gFC.W, 0)
	for i := range vc.g.gBN {
		normal(vc.g.gBN[i].W, 1)
		normal(vc.g.gDeconv[i].W, 0)
	}
	for _, d := range []*dcgan{vc.g, vc.f} {
		for _, l := range d.dConv {
			normal(l.W, 0)
		}
		for _, l := range d.dBN {
			normal(l.W, 1)
		}
	}
	flat := gcfg.DCGAN.flat()
	vc.fOut = nn.NewLayer(flat, cfg.NoiseDim, nn.Linear, rng)
	return &VEEGAN{cfg: cfg, conv: vc, d: mlp(flat+cfg.NoiseDim, cfg.DHidden, 1, rng)}, nil
}

// features adds one of the convolution stacks (D's: vc.g, F's: vc.f) on
// images x [N, Out], batch norm over groups of `group` rows, and returns
// the flattened last feature maps [N, flat].
func (vc *veeganConv) features(t *nn.GraphNet, d *dcgan, x *G.Node, trainable bool, group int, prefix string) (*G.Node, error) {
	weight := func(l *nn.Layer, name string) (*G.Node, error) {
		return node(t, name, l.W, trainable, l.In, l.Out), nil
	}
	N := x.Shape()[0]
	cur, err := d.convStack(t, x, weight, trainable, group, "veegan", prefix)
	if err != nil {
		return nil, err
	}
	return nn.Reshape(cur, N, d.cfg.flat())
}

// recon adds F on images x: the reconstructed z [N, NoiseDim].
func (vc *veeganConv) recon(t *nn.GraphNet, x *G.Node, trainable bool) (*G.Node, error) {
	feat, err := vc.features(t, vc.f, x, trainable, x.Shape()[0], "f")
	if err != nil {
		return nil, err
	}
	return dense(t, feat, []*nn.Layer{vc.fOut}, "f.out", trainable)
}

// disc adds D on (z, x) pairs: the logits [N, 1]; batch norm over groups
// of `group` rows.
func (vc *veeganConv) disc(t *nn.GraphNet, head []*nn.Layer, z, x *G.Node, trainable bool, group int) (*G.Node, error) {
	feat, err := vc.features(t, vc.g, x, trainable, group, "d")
	if err != nil {
		return nil, err
	}
	zf, err := nn.Concat(1, feat, z)
	if err != nil {
		return nil, err
	}
	return dense(t, zf, head, "d", trainable)
}

// veeganDImageInputs are the image D step's inputs: the generator's pairs
// (z, G(z, eps)) and the data's pairs (F(x) + noise, x), F run inside the
// graph with constant weights.
type veeganDImageInputs struct {
	z, xGen, xData, noise []float32
}

// fill copies the step's draws into the inputs and draws F's N(0, I) noise.
func (in *veeganDImageInputs) fill(z, xGen, xData []float32, rng *rand.Rand) {
	copy(in.z, z)
	copy(in.xGen, xGen)
	copy(in.xData, xData)
	for i := range in.noise {
		in.noise[i] = float32(rng.NormFloat64())
	}
}

// buildConvD is the image D's training graph on B generator pairs and B
// data pairs, the sigmoid cross-entropy of veeganD.loss.
func (v *VEEGAN) buildConvD(B int) (*veeganD, error) {
	c, vc := v.cfg, v.conv
	s := &veeganD{t: nn.NewGraphNet(), B: B}
	zg, zIn := s.t.Input("z", B, c.NoiseDim)
	xg, xgIn := s.t.Input("x_gen", B, c.Out)
	xd, xdIn := s.t.Input("x_data", B, c.Out)
	nz, nzIn := s.t.Input("f_noise", B, c.NoiseDim)
	s.img = veeganDImageInputs{z: zIn, xGen: xgIn, xData: xdIn, noise: nzIn}
	zr, err := vc.recon(s.t, xd, false)
	if err != nil {
		return nil, err
	}
	zq, err := G.Add(zr, nz)
	if err != nil {
		return nil, err
	}
	z, err := nn.Concat(0, zg, zq)
	if err != nil {
		return nil, err
	}
	x, err := nn.Concat(0, xg, xd)
	if err != nil {
		return nil, err
	}
	logit, err := vc.disc(s.t, v.d, z, x, true, B)
	if err != nil {
		return nil, err
	}
	return s, s.compile(logit)
}

// buildG completes the image G/F graph on z and G's input gin: G
// (trainable, its running statistics updated), D constant, F trainable.
func (vc *veeganConv) buildG(s *veeganG, head []*nn.Layer, zn, gin *G.Node) error {
	x, err := vc.g.generator(s.t, gin)
	if err != nil {
		return err
	}
	logit, err := vc.disc(s.t, head, zn, x, false, s.B)
	if err != nil {
		return err
	}
	zr, err := vc.recon(s.t, x, true)
	if err != nil {
		return err
	}
	return s.compile(logit, zr)
}
