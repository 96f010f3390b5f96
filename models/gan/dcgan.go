package gan

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"

	"github.com/ganpipe/ganpipe/internal/f32"
	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
)

// The DCGAN architecture (Radford et al. 2016) for the GAN trainer: a
// generator of transposed convolutions and a discriminator of strided
// convolutions, with batch normalization and LeakyReLU, on NHWC images
// stored one per row (the MNIST matrices' layout). With GChannels [128, 64]
// and DChannels [64, 128] on 28x28x1 images:
//
//	G: z -> FC 7*7*128 -> BN -> ReLU -> deconv 4x4/2 -> 14x14x64 -> BN -> ReLU
//	     -> deconv 4x4/2 -> 28x28x1 (+ bias) -> GOutAct
//	D: x -> conv 4x4/2 -> 14x14x64 (+ bias) -> LeakyReLU(0.2)
//	     -> conv 4x4/2 -> 7x7x128 -> BN -> LeakyReLU(0.2) -> FC 1 (+ bias)
//
// Every convolution pads by 1, so a stride-2 4x4 kernel halves (conv) or
// doubles (deconv) the side exactly. Layers followed by batch norm have no
// bias (BN's beta replaces it). A convolution is Im2Col + GEMM and a
// transposed convolution GEMM + Col2Im (convops.go), so every FLOP is in
// the BLAS.
//
// Batch norm: every training graph (the D step, the G step and the critic
// copy inside the G step) normalises with batch statistics, the real and
// generated halves of the D step's batch separately (criticOpts.group); the
// fake batch the D step sees is G's training-mode output, computed outside
// the graph with the same kernels. The generator's running statistics
// (momentum 0.1, unbiased variance) are updated once per generator update,
// from the G step's batch, and Sample uses them (inference mode). The
// discriminator keeps no running statistics: it is only ever run in training.

// ArchMLP and ArchDCGAN are the GAN architectures (GANConfig.Arch).
const (
	ArchMLP   GANArch = "mlp"
	ArchDCGAN GANArch = "dcgan"
)

// DCGANConfig shapes a DCGAN (GANConfig.Arch = "dcgan").
type DCGANConfig struct {
	// Side and Channels: images are Side x Side x Channels, stored NHWC
	// (GANConfig.Out = Side*Side*Channels). Side 0: sqrt(Out/Channels);
	// Channels 0: 1.
	Side, Channels int
	// GChannels: the feature maps of the generator from its FC layer
	// (GChannels[0] maps of side Side/2^len(GChannels)) through each
	// transposed convolution; a last one maps to Channels. Nil: [128, 64].
	GChannels []int
	// DChannels: the discriminator's convolutions' outputs. Nil: [64, 128].
	DChannels []int
	// DNorm is "batch" (batch norm after every D convolution but the first,
	// the default) or "none" (required by wgan_gp, whose penalty is per
	// example).
	DNorm DiscriminatorNorm
	// InitStd: weights N(0, InitStd^2), BN gamma N(1, InitStd^2), biases and
	// beta 0 (Radford et al.'s 0.02 when 0).
	InitStd float64
}

// dcganK, dcganS, dcganP are every convolution's kernel, stride and padding.
const (
	dcganK, dcganS, dcganP = 4, 2, 1
	dcganSlope             = 0.2  // LeakyReLU slope in D
	dcganBNMomentum        = 0.1  // running statistics update weight
	dcganBNEps             = 1e-5 // added to the variance
)

// validateDCGAN fills DCGAN defaults and checks the fields the MLP trainer
// uses are unset.
func (c *GANConfig) validateDCGAN() error {
	d := &c.DCGAN
	if d.Channels == 0 {
		d.Channels = 1
	}
	if d.Side == 0 && d.Channels > 0 {
		d.Side = int(math.Round(math.Sqrt(float64(c.Out / d.Channels))))
	}
	if d.GChannels == nil {
		d.GChannels = []int{128, 64}
	}
	if d.DChannels == nil {
		d.DChannels = []int{64, 128}
	}
	if d.DNorm == "" {
		d.DNorm = "batch"
	}
	if d.InitStd == 0 {
		d.InitStd = 0.02
	}
	if d.Channels < 0 || d.Side <= 0 || d.Side*d.Side*d.Channels != c.Out {
		return fmt.Errorf("models: dcgan images %dx%dx%d do not make the output dimension %d", d.Side, d.Side, d.Channels, c.Out)
	}
	if len(d.GChannels) == 0 || len(d.DChannels) == 0 {
		return fmt.Errorf("models: dcgan needs generator and discriminator channels (got %v and %v)", d.GChannels, d.DChannels)
	}
	for _, ch := range append(append([]int(nil), d.GChannels...), d.DChannels...) {
		if ch <= 0 {
			return fmt.Errorf("models: dcgan channels must be positive (G %v, D %v)", d.GChannels, d.DChannels)
		}
	}
	for _, n := range []int{len(d.GChannels), len(d.DChannels)} {
		if d.Side%(1<<n) != 0 {
			return fmt.Errorf("models: dcgan side %d is not divisible by 2^%d (one halving per stride-2 layer)", d.Side, n)
		}
	}
	if err := d.DNorm.Valid(); err != nil {
		return err
	}
	if !(d.InitStd > 0) {
		return fmt.Errorf("models: dcgan init std %v must be positive", d.InitStd)
	}
	if c.Loss == LossWGANGP && d.DNorm == "batch" {
		return fmt.Errorf("models: wgan_gp with a batch-normalised dcgan critic: the penalty is per example and batch norm couples the rows (Gulrajani et al. drop it); set d_norm = \"none\"")
	}
	if len(c.GHidden) > 0 || len(c.DHidden) > 0 || c.DPieces > 1 || c.DDropIn != 0 || c.DDrop != 0 ||
		c.GInit != 0 || c.DInit != 0 || c.DMaxColNorm != 0 || c.GAct != "" || c.InitOrthogonal {
		return fmt.Errorf("models: g_hidden, g_act, d_hidden, d_pieces, dropout, g_init, d_init, orthogonal init and d_max_norm are MLP settings, unset them for dcgan")
	}
	return nil
}

// validateArch checks Arch; for dcgan, its configuration.
func (c *GANConfig) validateArch() error {
	switch c.Arch {
	case "", ArchMLP:
		return nil
	case ArchDCGAN:
		if c.extraIn() > 0 {
			// The DCGAN generator and critic take only the noise and the
			// image; labels and InfoGAN codes are wired into the MLPs only.
			return fmt.Errorf("models: the dcgan architecture does not support conditional or InfoGAN inputs (classes %d, cat codes %d, cont codes %d)", c.Classes, c.CatCodes, c.ContCodes)
		}
		return c.validateDCGAN()
	}
	return c.Arch.Valid()
}

// dcgan holds the DCGAN's geometry and its parameters. The parameters are
// also listed, as *layer values, in GAN.g and GAN.d, so that the trainer's
// snapshots cover them: a "layer" there is just storage (W, and B or nil).
type dcgan struct {
	cfg      DCGANConfig
	noiseDim int
	outAct   nn.Activation

	gFC     *nn.Layer     // z -> s0*s0*GChannels[0] (no bias)
	gBN     []*nn.Layer   // W gamma, B beta: after the FC and every deconv but the last
	gRun    []*bnRunning  // running statistics of gBN
	gRunL   []*nn.Layer   // the same as layers (W mean, B var), for snapshots
	gDeconv []*nn.Layer   // W [Cin, K*K*Cout]; the last has a bias [Channels]
	gGeom   []nn.ConvGeom // image side = the deconv's output
	dConv   []*nn.Layer   // W [K*K*Cin, Cout]; the first has a bias, the others (batch) none
	dBN     []*nn.Layer   // for dConv[1:] when DNorm = batch
	dGeom   []nn.ConvGeom // image side = the conv's input
	buf     dcganBuffers  // graph-free generator work space
	names   []string      // GeneratorParams names of the G tensors, in order
	gTensor []*[]float32  // GeneratorParams data, in the same order
	shapes  [][]int
}

type dcganBuffers struct {
	a, b, cols, out []float32
	mean, inv       []float64
}

// s0 is the side of the generator's first feature maps.
func (c DCGANConfig) s0() int { return c.Side >> len(c.GChannels) }

// flat is the width of the discriminator's last feature maps, flattened.
func (c DCGANConfig) flat() int {
	s := c.Side >> len(c.DChannels)
	return s * s * c.DChannels[len(c.DChannels)-1]
}

// newDCGANStructure lays out the DCGAN's tensors (zeros).
func newDCGANStructure(cfg GANConfig) *dcgan {
	c := cfg.DCGAN
	d := &dcgan{cfg: c, noiseDim: cfg.NoiseDim, outAct: cfg.GOutAct}
	mk := func(in, out, bias int) *nn.Layer {
		l := &nn.Layer{In: in, Out: out, Act: nn.Linear, W: make([]float32, in*out)}
		if bias > 0 {
			l.B = make([]float32, bias)
		}
		return l
	}
	bn := func(ch int) *nn.Layer { return mk(1, ch, ch) }
	s := c.s0()
	d.gFC = mk(cfg.NoiseDim, s*s*c.GChannels[0], 0)
	for i, ch := range c.GChannels {
		d.gBN = append(d.gBN, bn(ch))
		run := &bnRunning{mean: make([]float32, ch), vari: make([]float32, ch), momentum: dcganBNMomentum}
		for j := range run.vari {
			run.vari[j] = 1
		}
		d.gRun = append(d.gRun, run)
		d.gRunL = append(d.gRunL, &nn.Layer{In: 1, Out: ch, W: run.mean, B: run.vari})
		out, bias := c.Channels, c.Channels
		if i+1 < len(c.GChannels) {
			out, bias = c.GChannels[i+1], 0
		}
		s *= 2
		d.gDeconv = append(d.gDeconv, mk(ch, dcganK*dcganK*out, bias))
		d.gGeom = append(d.gGeom, nn.ConvGeom{H: s, W: s, C: out, K: dcganK, S: dcganS, P: dcganP})
	}
	s, in := c.Side, c.Channels*cfg.pack() // PacGAN: D's input packs images' channels
	for i, ch := range c.DChannels {
		g := nn.ConvGeom{H: s, W: s, C: in, K: dcganK, S: dcganS, P: dcganP}
		bias := ch
		if i > 0 && c.DNorm == "batch" {
			bias = 0
			d.dBN = append(d.dBN, bn(ch))
		}
		d.dConv = append(d.dConv, mk(g.ColCols(), ch, bias))
		d.dGeom = append(d.dGeom, g)
		s, in = s/2, ch
	}
	// GeneratorParams order: fc, then per block bn (gamma, beta, mean, var)
	// and deconv.
	add := func(name string, p *[]float32, shape ...int) {
		d.names, d.gTensor, d.shapes = append(d.names, name), append(d.gTensor, p), append(d.shapes, shape)
	}
	add("fc.W", &d.gFC.W, d.gFC.In, d.gFC.Out)
	for i := range d.gBN {
		k := strconv.Itoa(i)
		ch := d.gBN[i].Out
		add("bn"+k+".gamma", &d.gBN[i].W, ch)
		add("bn"+k+".beta", &d.gBN[i].B, ch)
		add("bn"+k+".mean", &d.gRun[i].mean, ch)
		add("bn"+k+".var", &d.gRun[i].vari, ch)
		add("deconv"+k+".W", &d.gDeconv[i].W, d.gDeconv[i].In, d.gDeconv[i].Out)
	}
	last := d.gDeconv[len(d.gDeconv)-1]
	add("deconv"+strconv.Itoa(len(d.gDeconv)-1)+".b", &last.B, len(last.B))
	return d
}

// gLayers and dLayers list the tensors for GAN.g and GAN.d (snapshots).
func (d *dcgan) gLayers() []*nn.Layer {
	ls := []*nn.Layer{d.gFC}
	for i := range d.gBN {
		ls = append(ls, d.gBN[i], d.gRunL[i], d.gDeconv[i])
	}
	return ls
}

func (d *dcgan) dLayers() []*nn.Layer {
	return append(append([]*nn.Layer(nil), d.dConv...), d.dBN...)
}

// newDCGANGAN builds a GAN with the DCGAN architecture; cfg is validated.
func newDCGANGAN(cfg GANConfig, rng *rand.Rand) (*GAN, error) {
	d := newDCGANStructure(cfg)
	m := &GAN{cfg: cfg, dc: d}
	m.g, m.d = d.gLayers(), d.dLayers()
	in := cfg.DCGAN.flat()
	if cfg.MBDKernels > 0 {
		m.mbd = &nn.Layer{In: in, Out: cfg.MBDKernels * cfg.MBDDim, Act: nn.Linear,
			W: make([]float32, in*cfg.MBDKernels*cfg.MBDDim), B: make([]float32, cfg.MBDKernels*cfg.MBDDim)}
		in += cfg.MBDKernels
	}
	m.dOut = &nn.Layer{In: in, Out: 1, Act: nn.Linear, W: make([]float32, in), B: make([]float32, 1)}
	std := cfg.DCGAN.InitStd
	normal := func(w []float32, mean float64) {
		for i := range w {
			w[i] = float32(mean + std*rng.NormFloat64())
		}
	}
	normal(d.gFC.W, 0)
	for i := range d.gBN {
		normal(d.gBN[i].W, 1)
		normal(d.gDeconv[i].W, 0)
	}
	for _, l := range d.dConv {
		normal(l.W, 0)
	}
	for _, l := range d.dBN {
		normal(l.W, 1)
	}
	if m.mbd != nil {
		normal(m.mbd.W, 0)
	}
	normal(m.dOut.W, 0)
	if cfg.SpectralNorm {
		for _, l := range d.snLayers(m) {
			m.sn = append(m.sn, newSNState(l.In, l.Out, rng.NormFloat64))
		}
	}
	return m, nil
}

// snLayers are the weight matrices spectral normalization applies to, in
// the order critic uses m.sn.
func (d *dcgan) snLayers(m *GAN) []*nn.Layer {
	ls := append([]*nn.Layer(nil), d.dConv...)
	if m.mbd != nil {
		ls = append(ls, m.mbd)
	}
	return append(ls, m.dOut)
}

// generator adds G on the noise rows zn [B, NoiseDim] to a training graph
// (batch norm with batch statistics, updating the running ones) and returns
// the images [B, Out].
func (d *dcgan) generator(t *nn.GraphNet, zn *G.Node) (*G.Node, error) {
	B := zn.Shape()[0]
	s := d.cfg.s0()
	cur, err := t.Matmul(zn, t.Param("g.fc.W", d.gFC.W, d.gFC.In, d.gFC.Out))
	if err != nil {
		return nil, err
	}
	if cur, err = nn.Reshape(cur, B*s*s, d.cfg.GChannels[0]); err != nil {
		return nil, err
	}
	for i, l := range d.gDeconv {
		k := strconv.Itoa(i)
		bn := d.gBN[i]
		cur, err = G.ApplyOp(newBatchNormOp(batchNormOp{eps: dcganBNEps, act: bnAct{on: true}, diffParams: true, run: d.gRun[i]}), cur,
			t.Param("g.bn"+k+".gamma", bn.W, bn.Out), t.Param("g.bn"+k+".beta", bn.B, bn.Out)) // BN + ReLU
		if err != nil {
			return nil, fmt.Errorf("models: dcgan generator batch norm %d: %w", i, err)
		}
		if cur, err = t.Matmul(cur, t.Param("g.deconv"+k+".W", l.W, l.In, l.Out)); err != nil {
			return nil, err
		}
		if cur, err = nn.ApplyCol2Im(d.gGeom[i], cur); err != nil {
			return nil, fmt.Errorf("models: dcgan generator deconv %d: %w", i, err)
		}
	}
	last := d.gDeconv[len(d.gDeconv)-1]
	if cur, err = nn.ApplyBiasAct(d.outAct, cur, t.Param("g.out.b", last.B, len(last.B))); err != nil {
		return nil, err
	}
	return nn.Reshape(cur, B, d.cfg.Side*d.cfg.Side*d.cfg.Channels)
}

// critic adds the discriminator on images x [N, Out]: its values [N, 1] and
// the flattened last feature maps (feature matching's features).
func (d *dcgan) critic(m *GAN, t *nn.GraphNet, x *G.Node, o criticOpts) (v, feat *G.Node, err error) {
	N := x.Shape()[0]
	group := o.group
	if group <= 0 {
		group = N
	}
	if N%group != 0 {
		return nil, nil, fmt.Errorf("models: dcgan critic on %d rows in groups of %d", N, group)
	}
	li := 0
	weight := func(l *nn.Layer, name string) (*G.Node, error) {
		w := node(t, name, l.W, o.trainable, l.In, l.Out)
		if m.sn != nil {
			var err error
			if w, err = G.ApplyOp(newSNOp(m.sn[li], o.snUpdate), w); err != nil {
				return nil, err
			}
		}
		li++
		return w, nil
	}
	cur, err := d.convStack(t, x, weight, o.trainable, group, "dcgan", "d")
	if err != nil {
		return nil, nil, err
	}
	if cur, err = nn.Reshape(cur, N, d.cfg.flat()); err != nil {
		return nil, nil, err
	}
	feat = cur
	if m.mbd != nil {
		w, err := weight(m.mbd, "d.mbd.W")
		if err != nil {
			return nil, nil, err
		}
		mm, err := t.Matmul(cur, w)
		if err != nil {
			return nil, nil, err
		}
		ob, err := G.ApplyOp(newMBDOp(m.cfg.MBDKernels, m.cfg.MBDDim, group), mm)
		if err != nil {
			return nil, nil, err
		}
		if cur, err = nn.Concat(1, cur, ob); err != nil {
			return nil, nil, err
		}
	}
	w, err := weight(m.dOut, "d.out.W")
	if err != nil {
		return nil, nil, err
	}
	if cur, err = t.Matmul(cur, w); err != nil {
		return nil, nil, err
	}
	v, err = nn.ApplyBiasAct(nn.Linear, cur, node(t, "d.out.b", m.dOut.B, o.trainable, 1))
	return v, feat, err
}

// convStack adds D's convolutions on x: each an im2col and a matmul with
// the weight node weight returns, then bias + LeakyReLU (the first layer)
// or batch norm over groups of `group` images + LeakyReLU (the others). It
// returns the last feature maps as [N*OH*OW, C]; what names the model in
// errors and prefix its nodes (prefix.conv0.W, ...). The DCGAN critic,
// MemoryGAN's D and VEEGAN's D and reconstructor share it.
func (d *dcgan) convStack(t *nn.GraphNet, x *G.Node, weight func(l *nn.Layer, name string) (*G.Node, error), trainable bool, group int, what, prefix string) (*G.Node, error) {
	cur := x
	for i, l := range d.dConv {
		k := prefix + ".conv" + strconv.Itoa(i)
		g := d.dGeom[i]
		cols, err := nn.ApplyIm2Col(g, cur)
		if err != nil {
			return nil, fmt.Errorf("models: %s critic conv %d: %w", what, i, err)
		}
		w, err := weight(l, k+".W")
		if err != nil {
			return nil, err
		}
		if cur, err = t.Matmul(cols, w); err != nil {
			return nil, err
		}
		if l.B != nil {
			if cur, err = nn.ApplyBiasAct(nn.Linear, cur, node(t, k+".b", l.B, trainable, len(l.B))); err == nil {
				cur, err = G.ApplyOp(newLeakyOp(dcganSlope), cur)
			}
		} else { // BN + LeakyReLU
			bn := d.dBN[i-1]
			cur, err = G.ApplyOp(newBatchNormOp(batchNormOp{rows: group * g.ColRows(), eps: dcganBNEps, act: bnAct{on: true, slope: dcganSlope}, diffParams: trainable}), cur,
				node(t, k+".gamma", bn.W, trainable, bn.Out), node(t, k+".beta", bn.B, trainable, bn.Out))
		}
		if err != nil {
			return nil, fmt.Errorf("models: %s critic conv %d: %w", what, i, err)
		}
	}
	return cur, nil
}

// dcganSampleChunk bounds the rows of one graph-free generator pass in
// inference mode (the first deconv's columns are rows*s0^2*16*C1 floats).
const dcganSampleChunk = 128

// generate runs G outside any graph on n noise rows z. batchStats: training
// mode, batch norm over all n rows (the D step's fake batch; the same
// kernels as the G step's graph, so the same bits for the same z);
// otherwise inference mode with the running statistics, in chunks. The
// returned slice is reused by the next call.
func (d *dcgan) generate(z []float32, n int, batchStats bool) []float32 {
	c := d.cfg
	outDim := c.Side * c.Side * c.Channels
	bf := &d.buf
	chunk := n
	if !batchStats {
		chunk = min(n, dcganSampleChunk)
	}
	bf.out = nn.Grow32(bf.out, n*outDim)
	res := bf.out
	relu := bnAct{on: true}
	for r0 := 0; r0 < n; r0 += chunk {
		rows := min(chunk, n-r0)
		s := c.s0()
		ch := c.GChannels[0]
		bf.a = nn.Grow32(bf.a, rows*s*s*ch)
		nn.Gemm(z[r0*d.noiseDim:(r0+rows)*d.noiseDim], d.gFC.W, bf.a, rows, d.noiseDim, d.gFC.Out)
		cur := bf.a
		for i, l := range d.gDeconv {
			R := rows * s * s
			bn := d.gBN[i]
			if batchStats {
				if len(bf.mean) < ch {
					bf.mean, bf.inv = make([]float64, ch), make([]float64, ch)
				}
				bnForward(cur, cur, R, ch, R, bn.W, bn.B, dcganBNEps, bf.mean[:ch], bf.inv[:ch], relu)
			} else {
				bnInfer(cur, cur, ch, bn.W, bn.B, d.gRun[i].mean, d.gRun[i].vari, dcganBNEps, relu)
			}
			bf.cols = nn.Grow32(bf.cols, R*l.Out)
			nn.Gemm(cur, l.W, bf.cols, R, l.In, l.Out)
			g := d.gGeom[i]
			s, ch = g.H, g.C
			bf.b = nn.Grow32(bf.b, rows*s*s*ch)
			nn.Col2Im(g, bf.cols, bf.b, rows)
			bf.a, bf.b = bf.b, bf.a
			cur = bf.a
		}
		last := d.gDeconv[len(d.gDeconv)-1]
		f32.ApplyAct(d.outAct.Kernel(), res[r0*outDim:(r0+rows)*outDim], cur, last.B, c.Channels)
	}
	return res
}

// params lists the generator's tensors for GeneratorParams.
func (d *dcgan) params() nn.Params {
	var p nn.Params
	for i, name := range d.names {
		p.Names = append(p.Names, name)
		p.Shapes = append(p.Shapes, append([]int(nil), d.shapes[i]...))
		p.Data = append(p.Data, append([]float32(nil), (*d.gTensor[i])...))
	}
	return p
}

// arch describes the DCGAN generator (dcganGeneratorFrom's input).
func (d *dcgan) arch(cfg GANConfig) map[string]string {
	return map[string]string{
		"model":      "dcgan_generator",
		"noise_dim":  strconv.Itoa(cfg.NoiseDim),
		"noise":      string(cfg.Noise),
		"side":       strconv.Itoa(d.cfg.Side),
		"channels":   strconv.Itoa(d.cfg.Channels),
		"g_channels": nn.JoinInts(d.cfg.GChannels),
		"out":        strconv.Itoa(cfg.Out),
		"out_act":    string(cfg.GOutAct),
		"loss":       string(cfg.Loss),
		"layout":     "NHWC; FC + BN + ReLU, deconv 4x4/2 pad 1 (+ BN + ReLU) per g_channels entry, last with bias and out_act; BN running statistics",
	}
}

// dcganGeneratorFrom rebuilds a sampling-only DCGAN from its arch and params.
func dcganGeneratorFrom(arch map[string]string, p nn.Params) (*GAN, error) {
	cfg := GANConfig{Arch: ArchDCGAN, Noise: GANNoise(arch["noise"]), GOutAct: nn.Activation(arch["out_act"]), Loss: LossKind(arch["loss"])}
	var err error
	for _, f := range []struct {
		key string
		dst *int
	}{{"noise_dim", &cfg.NoiseDim}, {"out", &cfg.Out}, {"side", &cfg.DCGAN.Side}, {"channels", &cfg.DCGAN.Channels}} {
		if *f.dst, err = strconv.Atoi(arch[f.key]); err != nil {
			return nil, fmt.Errorf("models: arch %s: %w", f.key, err)
		}
	}
	if cfg.DCGAN.GChannels, err = nn.SplitInts(arch["g_channels"]); err != nil {
		return nil, fmt.Errorf("models: arch g_channels: %w", err)
	}
	if cfg.Loss == LossWGANGP {
		cfg.DCGAN.DNorm = "none" // the critic is not rebuilt; keep validation happy
	}
	if err := cfg.validateDCGAN(); err != nil {
		return nil, err
	}
	if err := cfg.GOutAct.Valid(); err != nil {
		return nil, err
	}
	d := newDCGANStructure(cfg)
	if len(p.Names) != len(d.names) || len(p.Data) != len(d.names) || len(p.Shapes) != len(d.names) {
		return nil, fmt.Errorf("models: dcgan generator params: %d tensors, want %d", len(p.Names), len(d.names))
	}
	for i, name := range d.names {
		if p.Names[i] != name {
			return nil, fmt.Errorf("models: dcgan generator param %d is %q, want %q", i, p.Names[i], name)
		}
		if fmt.Sprint(p.Shapes[i]) != fmt.Sprint(d.shapes[i]) || len(p.Data[i]) != len(*d.gTensor[i]) {
			return nil, fmt.Errorf("models: dcgan param %s has shape %v (%d values), want %v", name, p.Shapes[i], len(p.Data[i]), d.shapes[i])
		}
		copy(*d.gTensor[i], p.Data[i])
	}
	m := &GAN{cfg: cfg, dc: d}
	m.g = d.gLayers()
	return m, nil
}
