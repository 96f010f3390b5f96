package gan

import (
	"fmt"
	"math/rand"
	"strconv"

	"github.com/ganpipe/ganpipe/models/memory"
	"github.com/ganpipe/ganpipe/models/nn"
)

// MemoryGAN (Kim et al., ICLR 2018; the authors' whyjay/memoryGAN, read as
// ../shared/PAPERS.md describes): the discriminator's conv net mu(x) ends in
// a query of dimension M; D's output is read from a discriminative memory
// (models/memory) with the query L2-normalised; the generator takes
// [z, K_c], z ~ U(-1, 1) and K_c the key of a slot c drawn in proportion to
// h v (real slots by their histogram weight). The mutual-information loss
// lambda * mean (q_f - K_c)^2, with q_f D's unnormalised query of G(z, K_c),
// is added to both players' losses; the memory is updated (one incremental
// EM step, models/memory.Update) with the real and with the generated
// queries after every D step and every G step, as the authors' graph does.
//
// The conv pieces are the DCGAN's (dcgan.go): G is FC -> BN -> ReLU ->
// deconv 4x4/2 ... -> sigmoid, D is conv 4x4/2 (LeakyReLU 0.2, batch norm
// after every conv but the first); the query is a linear map of D's last
// feature maps followed by batch norm (the authors' last conv, whose kernel
// covers the whole map, with their default batch norm). The losses are the
// authors' 'jsd' form: D minimises -log clip(D(x)) - log clip(1 - D(G)),
// G minimises the saturating log clip(1 - D(G)), clip to [1e-3, 1 - 1e-3]
// (no gradient outside, as tf.minimum / tf.maximum give).
//
// NoMemory is the ablation without the memory: D ends in a linear logit and
// a sigmoid (the DCGAN head), G takes z alone, and there is no MI loss.

// MemoryGANConfig shapes and trains a MemoryGAN.
type MemoryGANConfig struct {
	// Side x Side x Channels images stored NHWC, one per row.
	Side, Channels int
	// NoiseDim is z's dimension (the authors': 2), U(-1, 1).
	NoiseDim int
	// GChannels and DChannels: the DCGAN generator's and discriminator's
	// feature maps (dcgan.go). Side must divide by 2^len(GChannels); D's
	// sides halve (rounding down) per conv.
	GChannels, DChannels []int
	// InitStd: weights N(0, InitStd^2), BN gamma N(1, InitStd^2) (0: 0.02).
	InitStd float64
	// Memory: Slots (N), Dim (M, the query and key dimension), TopK (k) and
	// the EM constants (zero: the authors').
	Memory memory.Config
	// Lambda weighs the MI loss (the authors': 1e-2; 0 is the no-MI ablation).
	Lambda float64
	// NoMemory: the plain-D ablation (see above).
	NoMemory bool

	Batch, Iters int
	DOpt, GOpt   nn.Optimizer
}

// memoryGANClip bounds D's output inside the log of the losses.
const memoryGANClip = 1e-3

// MemoryGAN is the generator, the discriminator and the memory.
type MemoryGAN struct {
	cfg  MemoryGANConfig
	gan  *GAN      // the DCGAN-shaped G (input z | key) and D convolutions; gan.dOut is the NoMemory head
	qW   *nn.Layer // D's query: flattened last maps -> M (no bias)
	qBN  *nn.Layer // its batch norm: W gamma, B beta [M]
	mem  *memory.Memory
	arch map[string]string // a loaded sampling-only model's generator arch

	// Hook, when set, checkpoints training and resumes it (nn.TrainHook;
	// the state is mgLoop's).
	Hook nn.TrainHook
}

func (c *MemoryGANConfig) validate() error {
	if c.Channels == 0 {
		c.Channels = 1
	}
	if c.InitStd == 0 {
		c.InitStd = 0.02
	}
	if c.Side <= 0 || c.Channels <= 0 || c.NoiseDim <= 0 {
		return fmt.Errorf("models: memorygan side %d, channels %d and noise dim %d must be positive", c.Side, c.Channels, c.NoiseDim)
	}
	if len(c.GChannels) == 0 || len(c.DChannels) == 0 {
		return fmt.Errorf("models: memorygan needs generator and discriminator channels (got %v and %v)", c.GChannels, c.DChannels)
	}
	for _, ch := range append(append([]int(nil), c.GChannels...), c.DChannels...) {
		if ch <= 0 {
			return fmt.Errorf("models: memorygan channels must be positive (G %v, D %v)", c.GChannels, c.DChannels)
		}
	}
	if c.Side%(1<<len(c.GChannels)) != 0 {
		return fmt.Errorf("models: memorygan side %d is not divisible by 2^%d (one doubling per generator deconv)", c.Side, len(c.GChannels))
	}
	if c.Side>>len(c.DChannels) < 1 {
		return fmt.Errorf("models: memorygan side %d is too small for %d stride-2 convolutions", c.Side, len(c.DChannels))
	}
	if !(c.InitStd > 0) || c.Lambda < 0 {
		return fmt.Errorf("models: memorygan init std %v (want > 0) and lambda %v (want >= 0)", c.InitStd, c.Lambda)
	}
	return nil
}

// genIn is the generator's input width: z, then the key (with memory).
func (c MemoryGANConfig) genIn() int {
	if c.NoMemory {
		return c.NoiseDim
	}
	return c.NoiseDim + c.Memory.Dim
}

// dcganConfig is the DCGAN whose tensors the MemoryGAN uses.
func (c MemoryGANConfig) dcganConfig() GANConfig {
	return GANConfig{Arch: ArchDCGAN, NoiseDim: c.genIn(), Noise: NoiseUniform, Out: c.Side * c.Side * c.Channels,
		GOutAct: nn.Sigmoid, Loss: LossNonSaturating, Batch: c.Batch, Iters: c.Iters,
		DCGAN: DCGANConfig{Side: c.Side, Channels: c.Channels, GChannels: c.GChannels, DChannels: c.DChannels,
			DNorm: DNormBatch, InitStd: c.InitStd}}
}

// flat is the width of D's last feature maps, flattened (each stride-2
// conv with padding 1 maps side s to (s - 2) / 2 + 1).
func (c MemoryGANConfig) flat() int {
	s := c.Side
	for range c.DChannels {
		s = (s-2)/2 + 1
	}
	return s * s * c.DChannels[len(c.DChannels)-1]
}

// NewMemoryGAN initialises the networks from rng and starts the memory as
// the authors' code does (models/memory.New).
func NewMemoryGAN(cfg MemoryGANConfig, rng *rand.Rand) (*MemoryGAN, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	g, err := newDCGANGAN(cfg.dcganConfig(), rng)
	if err != nil {
		return nil, err
	}
	if got, want := g.dOut.In, cfg.flat(); got != want {
		return nil, fmt.Errorf("models: memorygan discriminator features %d, want %d", got, want)
	}
	m := &MemoryGAN{cfg: cfg, gan: g}
	if cfg.NoMemory {
		return m, nil
	}
	M := cfg.Memory.Dim
	m.qW = &nn.Layer{In: cfg.flat(), Out: M, Act: nn.Linear, W: make([]float32, cfg.flat()*M)}
	m.qBN = &nn.Layer{In: 1, Out: M, Act: nn.Linear, W: make([]float32, M), B: make([]float32, M)}
	for i := range m.qW.W {
		m.qW.W[i] = float32(cfg.InitStd * rng.NormFloat64())
	}
	for i := range m.qBN.W {
		m.qBN.W[i] = float32(1 + cfg.InitStd*rng.NormFloat64())
	}
	if m.mem, err = memory.New(cfg.Memory); err != nil {
		return nil, err
	}
	return m, nil
}

// Config returns the model's configuration (defaults filled in).
func (m *MemoryGAN) Config() MemoryGANConfig { return m.cfg }

// Memory returns the discriminative memory (nil for NoMemory); its state
// is live: training updates it.
func (m *MemoryGAN) Memory() *memory.Memory { return m.mem }

// OutDim is the width of one generated image.
func (m *MemoryGAN) OutDim() int { return m.cfg.Side * m.cfg.Side * m.cfg.Channels }

// memTensors names the memory's state in a model artifact, in order.
var memTensors = []string{"memory.keys", "memory.values", "memory.ages", "memory.hist"}

// GeneratorParams returns the generator's tensors (the DCGAN generator's,
// dcgan.go) followed, with memory, by the memory's state rounded to
// float32: memory.keys [N, M], memory.values, memory.ages, memory.hist [N].
// Sampling needs the keys and the histogram, so the memory is part of the
// model artifact and a model can be sampled in another process.
func (m *MemoryGAN) GeneratorParams() nn.Params {
	p := m.gan.dc.params()
	if m.mem == nil {
		return p
	}
	c := m.mem.Config()
	for i, v := range [][]float64{m.mem.Keys, m.mem.Values, m.mem.Ages, m.mem.Hist} {
		shape := []int{c.Slots}
		if i == 0 {
			shape = []int{c.Slots, c.Dim}
		}
		d := make([]float32, len(v))
		for j, x := range v {
			d[j] = float32(x)
		}
		p.Names, p.Shapes, p.Data = append(p.Names, memTensors[i]), append(p.Shapes, shape), append(p.Data, d)
	}
	return p
}

// GeneratorArch describes the generator and its memory (MemoryGANFrom's
// input).
func (m *MemoryGAN) GeneratorArch() map[string]string {
	if m.arch != nil {
		return m.arch
	}
	a := m.gan.dc.arch(m.gan.cfg)
	a["model"] = "memorygan_generator"
	a["z_dim"] = strconv.Itoa(m.cfg.NoiseDim)
	a["memory"] = strconv.FormatBool(!m.cfg.NoMemory)
	if m.mem != nil {
		c := m.mem.Config()
		a["slots"], a["key_dim"], a["top_k"] = strconv.Itoa(c.Slots), strconv.Itoa(c.Dim), strconv.Itoa(c.TopK)
		a["layout"] += "; input [z U(-1,1), key of a memory slot drawn by h*v]; memory.* tensors: keys [slots, key_dim], values, ages, hist"
	}
	return a
}

// MemoryGANFrom rebuilds a sampling-only MemoryGAN (generator and memory)
// from GeneratorArch and GeneratorParams.
func MemoryGANFrom(arch map[string]string, p nn.Params) (*MemoryGAN, error) {
	if arch["model"] != "memorygan_generator" {
		return nil, fmt.Errorf("models: model %q is not a memorygan generator", arch["model"])
	}
	z, err := strconv.Atoi(arch["z_dim"])
	if err != nil {
		return nil, fmt.Errorf("models: arch z_dim: %w", err)
	}
	withMem := arch["memory"] == "true"
	nGen := len(p.Names)
	if withMem {
		nGen -= len(memTensors)
	}
	if nGen < 0 {
		return nil, fmt.Errorf("models: memorygan params: %d tensors", len(p.Names))
	}
	ga := map[string]string{}
	for k, v := range arch {
		ga[k] = v
	}
	ga["model"] = "dcgan_generator"
	g, err := dcganGeneratorFrom(ga, nn.Params{Names: p.Names[:nGen], Shapes: p.Shapes[:nGen], Data: p.Data[:nGen]})
	if err != nil {
		return nil, err
	}
	cfg := MemoryGANConfig{Side: g.dc.cfg.Side, Channels: g.dc.cfg.Channels, NoiseDim: z, NoMemory: !withMem}
	m := &MemoryGAN{cfg: cfg, gan: g, arch: arch}
	if !withMem {
		return m, nil
	}
	var mc memory.Config
	for _, f := range []struct {
		key string
		dst *int
	}{{"slots", &mc.Slots}, {"key_dim", &mc.Dim}, {"top_k", &mc.TopK}} {
		if *f.dst, err = strconv.Atoi(arch[f.key]); err != nil {
			return nil, fmt.Errorf("models: arch %s: %w", f.key, err)
		}
	}
	if m.mem, err = memory.New(mc); err != nil {
		return nil, err
	}
	m.cfg.Memory = mc
	if z+mc.Dim != g.cfg.NoiseDim {
		return nil, fmt.Errorf("models: memorygan generator input %d, want z %d + key %d", g.cfg.NoiseDim, z, mc.Dim)
	}
	for i, dst := range [][]float64{m.mem.Keys, m.mem.Values, m.mem.Ages, m.mem.Hist} {
		j := nGen + i
		if p.Names[j] != memTensors[i] || len(p.Data[j]) != len(dst) {
			return nil, fmt.Errorf("models: memorygan param %d is %q with %d values, want %q with %d", j, p.Names[j], len(p.Data[j]), memTensors[i], len(dst))
		}
		for k, v := range p.Data[j] {
			dst[k] = float64(v)
		}
	}
	return m, nil
}

// Sample draws n images: z ~ U(-1, 1) and, with memory, slots drawn by
// h * v (SampleSlots). The generator runs in inference mode (batch-norm
// running statistics).
func (m *MemoryGAN) Sample(n int, rng *rand.Rand) []float32 {
	z := make([]float32, n*m.cfg.NoiseDim)
	nn.FillNoise(z, rng)
	var slots []int
	if m.mem != nil {
		slots = m.SampleSlots(n, rng)
	}
	out, _ := m.GenerateFrom(z, slots, n) // the shapes are the model's own
	return out
}

// SampleSlots draws n slots with probability proportional to h * v, from
// the histogram rounded to float32 as the model artifact stores it, so a
// loaded model draws the same slots from the same rng.
func (m *MemoryGAN) SampleSlots(n int, rng *rand.Rand) []int {
	r := m.rounded()
	out := make([]int, n)
	for i := range out {
		out[i] = r.SampleSlot(rng.Float64())
	}
	return out
}

// rounded is a copy of the memory with its state rounded to float32.
func (m *MemoryGAN) rounded() *memory.Memory {
	r, _ := memory.New(m.mem.Config()) // the live memory's configuration is valid
	for i, src := range [][]float64{m.mem.Keys, m.mem.Values, m.mem.Ages, m.mem.Hist} {
		dst := [][]float64{r.Keys, r.Values, r.Ages, r.Hist}[i]
		for j, v := range src {
			dst[j] = float64(float32(v))
		}
	}
	return r
}

// GenerateFrom runs the generator (inference mode) on n noise rows z
// [n, NoiseDim] and, with memory, the keys of the given slots (a slot < 0,
// which SampleSlot returns when no real slot has weight, gives a zero key).
func (m *MemoryGAN) GenerateFrom(z []float32, slots []int, n int) ([]float32, error) {
	zd := m.cfg.NoiseDim
	if len(z) != n*zd || (m.mem != nil && len(slots) != n) {
		return nil, fmt.Errorf("models: memorygan generator input: %d noise values and %d slots for %d rows of z %d", len(z), len(slots), n, zd)
	}
	in := z
	if m.mem != nil {
		in = m.genInput(z, slots, n)
	}
	return append([]float32(nil), m.gan.dc.generate(in, n, false)...), nil
}

// genInput lays out [z, K_c] rows (keys rounded to float32).
func (m *MemoryGAN) genInput(z []float32, slots []int, n int) []float32 {
	zd, M := m.cfg.NoiseDim, m.mem.Config().Dim
	in := make([]float32, n*(zd+M))
	for r := range n {
		row := in[r*(zd+M) : (r+1)*(zd+M)]
		copy(row, z[r*zd:(r+1)*zd])
		if c := slots[r]; c >= 0 {
			for j, v := range m.mem.Keys[c*M : (c+1)*M] {
				row[zd+j] = float32(v)
			}
		}
	}
	return in
}
