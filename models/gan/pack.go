package gan

import (
	"fmt"
	"strconv"

	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// PacGAN (Lin et al. 2018) and the pieces of its 2-D architecture: packing,
// a batch-normalized MLP generator and N(0, std) weights.
//
// Packing: the discriminator judges m samples at once, all real or all
// generated, each pack m independent draws. For an MLP the m rows are
// concatenated as features; in row-major memory m consecutive rows of width
// d are exactly one row of width m*d, so a batch of B packs is a batch of
// B*m samples read as [B, m*d], and only D's first layer grows (m*d inputs).
//
// For DCGAN images (NHWC rows) a pack is one image of m*C channels, the m
// images' channels side by side at every pixel (PacGAN's channel
// concatenation): pixel p of the pack holds image 0's C values, then image
// 1's, ... That interleaving is a permutation, not a reshape (packImages,
// and packImagesOp in a graph); only D's first convolution grows (K*K*m*C
// input rows).

// pack is the number of samples per discriminator input (1: no packing).
func (c *GANConfig) pack() int { return max(c.Pack, 1) }

// dIn is the discriminator's input width: the data width times the pack.
func (c *GANConfig) dIn() int { return c.Out * c.pack() }

// validatePack rejects packing with what it does not combine with yet.
func (c *GANConfig) validatePack() error {
	if c.Pack < 0 {
		return fmt.Errorf("models: pack %d must be at least 1", c.Pack)
	}
	if c.pack() == 1 {
		return nil
	}
	switch {
	case c.Arch == ArchDCGAN && c.FeatureMatching:
		// The G step's real rows would need packing too; not built.
		return fmt.Errorf("models: pack with dcgan and feature matching is not supported")
	case c.Loss == LossWGANGP:
		return fmt.Errorf("models: pack with wgan_gp is not supported")
	case c.extraIn() > 0:
		return fmt.Errorf("models: pack with conditional or InfoGAN inputs is not supported")
	}
	return nil
}

// packRows views generated rows [B*m, d] as D's packed input [B, m*d].
func (m *GAN) packRows(x *G.Node) (*G.Node, error) {
	p := m.cfg.pack()
	if p == 1 {
		return x, nil
	}
	s := x.Shape()
	if s[0]%p != 0 {
		return nil, fmt.Errorf("models: %d generated rows do not form packs of %d", s[0], p)
	}
	if m.dc != nil {
		return G.ApplyOp(newPackImagesOp(p, m.cfg.DCGAN.Channels, false), x)
	}
	return G.Reshape(x, tensor.Shape{s[0] / p, s[1] * p})
}

// packImages writes the packs of the rows of src (HWC images of out =
// pixels*ch values; pack i is images m*i .. m*i+m-1) into dst, one pack per
// row of m*out values: pixel p of pack i holds image m*i+j's ch values at
// (p*m + j)*ch. unpack does the inverse (dst is then the images and src the
// packs), which is also the transpose: the gradient of packing.
func packImages(dst, src []float32, m, out, ch int, unpack bool) {
	pixels := out / ch
	for b := 0; b < len(src)/(m*out); b++ {
		pk := b * m * out
		for j := range m {
			im := (b*m + j) * out
			for p := range pixels {
				a, c := pk+(p*m+j)*ch, im+p*ch
				if unpack {
					copy(dst[c:c+ch], src[a:a+ch])
				} else {
					copy(dst[a:a+ch], src[c:c+ch])
				}
			}
		}
	}
}

// packImagesOp packs a [B*m, out] matrix of HWC images into [B, m*out]
// (packImages); with unpack, the inverse, which is its gradient.
type packImagesOp struct {
	nn.OpBase
	m, ch  int
	unpack bool
	out    *tensor.Dense
}

func newPackImagesOp(m, ch int, unpack bool) *packImagesOp {
	name := fmt.Sprintf("packImages(m=%d,ch=%d)", m, ch)
	if unpack {
		name = "un" + name
	}
	return &packImagesOp{OpBase: nn.NewOpBase(name, nn.MatType, nn.MatType), m: m, ch: ch, unpack: unpack}
}

func (op *packImagesOp) InferShape(in ...G.DimSizer) (tensor.Shape, error) {
	s := in[0].(tensor.Shape)
	if op.unpack {
		if s[1]%op.m != 0 {
			return nil, fmt.Errorf("%s: %v is not packs of %d", op, s, op.m)
		}
		return tensor.Shape{s[0] * op.m, s[1] / op.m}, nil
	}
	if s[0]%op.m != 0 || s[1]%op.ch != 0 {
		return nil, fmt.Errorf("%s: %v is not packs of %d images of %d channels", op, s, op.m, op.ch)
	}
	return tensor.Shape{s[0] / op.m, s[1] * op.m}, nil
}

func (op *packImagesOp) Do(vs ...G.Value) (G.Value, error) {
	x, err := nn.F32(vs[0])
	if err != nil {
		return nil, err
	}
	s, err := op.InferShape(vs[0].Shape())
	if err != nil {
		return nil, err
	}
	out := nn.Buffer(&op.out, s...)
	img := s[1] // an image's values: the output's row when unpacking
	if !op.unpack {
		img = vs[0].Shape()[1]
	}
	packImages(out.Data().([]float32), x, op.m, img, op.ch, op.unpack)
	return out, nil
}

func (op *packImagesOp) DiffWRT(int) []bool { return []bool{!op.unpack} }

func (op *packImagesOp) SymDiff(_ G.Nodes, _, grad *G.Node) (G.Nodes, error) {
	if op.unpack {
		return nil, fmt.Errorf("%v: second derivatives are not supported", op)
	}
	d, err := G.ApplyOp(newPackImagesOp(op.m, op.ch, true), grad)
	return G.Nodes{d}, err
}

// mlpBN is the batch normalization of one hidden generator layer (PacGAN's
// 2-D generator: linear, BN, ReLU): scale and shift, trained with G, and
// running statistics for sampling. It reuses DCGAN's batch-norm kernels with
// one "pixel" per row.
type mlpBN struct {
	gamma, beta []float32
	run         *bnRunning
}

func newMLPBN(c int) *mlpBN {
	b := &mlpBN{gamma: make([]float32, c), beta: make([]float32, c),
		run: &bnRunning{mean: make([]float32, c), vari: make([]float32, c), momentum: dcganBNMomentum}}
	for i := range b.gamma {
		b.gamma[i], b.run.vari[i] = 1, 1
	}
	return b
}

// denseBN adds hidden generator layer i with batch norm to a graph: x W + b,
// then BN over the batch and ReLU; the running statistics follow the G step.
func (m *GAN) denseBN(t *nn.GraphNet, cur *G.Node, i int) (*G.Node, error) {
	l, bn := m.g[i], m.gbn[i]
	name := "g" + strconv.Itoa(i)
	cur, err := t.Dense(cur, l, name, false) // l.Act is Linear
	if err != nil {
		return nil, err
	}
	gm := t.Param(name+".gamma", bn.gamma, l.Out)
	bt := t.Param(name+".beta", bn.beta, l.Out)
	return G.ApplyOp(newBatchNormOp(batchNormOp{eps: dcganBNEps, act: bnAct{on: true}, diffParams: true, run: bn.run}), cur, gm, bt)
}

// generateMLP runs the MLP generator outside a graph on n rows of inputs z:
// with batch norm, batch statistics when train is set (the D step's fake
// batch), running statistics otherwise (sampling). The result is fresh.
func (m *GAN) generateMLP(z []float32, n int, train bool) []float32 {
	var bf mlpGenBuf
	return append([]float32(nil), m.generateMLPInto(&bf, z, n, train)...)
}

// mlpGenBuf holds generateMLPInto's buffers between calls (a trainer's D
// step draws a fake batch through G every update).
type mlpGenBuf struct {
	fwd       nn.Forwarder
	layer     [1]*nn.Layer
	act       []float32 // a hidden layer's normalised activations
	mean, inv []float64
}

// generateMLPInto is generateMLP in bf's buffers: the returned slice is
// overwritten by the next call with bf.
func (m *GAN) generateMLPInto(bf *mlpGenBuf, z []float32, n int, train bool) []float32 {
	if m.gbn == nil {
		return bf.fwd.Run(m.g, z, n, false)
	}
	cur := z
	for i, l := range m.g {
		bf.layer[0] = l
		y := bf.fwd.Run(bf.layer[:], cur, n, false)
		if i == len(m.g)-1 {
			return y
		}
		bn := m.gbn[i]
		bf.act = nn.Grow32(bf.act, len(y))
		out := bf.act[:len(y)] // cur (the previous act) was read by the Run above
		if train {
			if len(bf.mean) < l.Out {
				bf.mean, bf.inv = make([]float64, l.Out), make([]float64, l.Out)
			}
			bnForward(out, y, n, l.Out, n, bn.gamma, bn.beta, dcganBNEps, bf.mean[:l.Out], bf.inv[:l.Out], bnAct{on: true})
		} else {
			bnInfer(out, y, l.Out, bn.gamma, bn.beta, bn.run.mean, bn.run.vari, dcganBNEps, bnAct{on: true})
		}
		cur = out
	}
	return cur
}

// bnParams lists the batch-norm arrays of the MLP generator (scale, shift,
// running mean and variance per hidden layer) for snapshots and checkpoints.
func (m *GAN) bnParams() [][]float32 {
	var ps [][]float32
	for _, b := range m.gbn {
		ps = append(ps, b.gamma, b.beta, b.run.mean, b.run.vari)
	}
	return ps
}

// bnNamedParams adds the batch-norm arrays to a generator's parameters
// (g<i>.gamma, .beta, .mean, .var).
func (m *GAN) bnNamedParams(p nn.Params) nn.Params {
	for i, b := range m.gbn {
		pre := "g" + strconv.Itoa(i)
		for _, a := range []struct {
			n string
			v []float32
		}{{".gamma", b.gamma}, {".beta", b.beta}, {".mean", b.run.mean}, {".var", b.run.vari}} {
			p.Names = append(p.Names, pre+a.n)
			p.Shapes = append(p.Shapes, []int{len(a.v)})
			p.Data = append(p.Data, append([]float32(nil), a.v...))
		}
	}
	return p
}

// loadBN reads the batch-norm arrays that bnNamedParams wrote.
func (m *GAN) loadBN(p nn.Params) error {
	idx := map[string][]float32{}
	for i, n := range p.Names {
		idx[n] = p.Data[i]
	}
	for i, l := range m.g[:len(m.g)-1] {
		b := newMLPBN(l.Out)
		pre := "g" + strconv.Itoa(i)
		for _, a := range []struct {
			n string
			v []float32
		}{{".gamma", b.gamma}, {".beta", b.beta}, {".mean", b.run.mean}, {".var", b.run.vari}} {
			v, ok := idx[pre+a.n]
			if !ok || len(v) != len(a.v) {
				return fmt.Errorf("models: generator parameter %s%s missing or of length %d (want %d)", pre, a.n, len(v), len(a.v))
			}
			copy(a.v, v)
		}
		m.gbn = append(m.gbn, b)
	}
	return nil
}
