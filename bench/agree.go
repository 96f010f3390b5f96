package bench

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/ganpipe/ganpipe/models/ae"
	"github.com/ganpipe/ganpipe/models/classifier"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/gmmn"
	"github.com/ganpipe/ganpipe/models/memory"
	"github.com/ganpipe/ganpipe/models/nn"
)

// The loss-agreement check (issue 8: "losses agree with PyTorch's on the same
// weights and inputs to 1e-5 relative"). The Go side draws seeded weights and
// inputs, computes each loss with the models package's training graphs
// (models' Loss/Losses functions: the real graphs, dropout masks fixed instead
// of drawn) and writes weights, inputs and masks to a directory; peers.py
// --agree reads them and computes the same losses with torch, in float32 (what
// a PyTorch user runs) and in float64 (a reference for both float32 sides).

// AgreeTol is the relative difference the check allows (issue 8).
const AgreeTol = 1e-5

// AgreeConfig sets the shapes of the agreement cases; DefaultAgreeConfig is
// the benchmark's (the real models'), tests use smaller ones.
type AgreeConfig struct {
	AESizes    []int // encoder widths, e.g. 784, 1024, 32
	AEDropout  []float64
	AEBatch    int
	GMMNPixel  []int // noise, hidden..., out
	GMMNCode   []int
	PixelSigma []float64
	GMMNBatch  int   // samples and data rows
	GANG       []int // noise, hidden..., out
	GANDHidden []int // maxout units per hidden layer
	GANPieces  int
	GANDropIn  float64
	GANDrop    float64
	GANBatch   int
	// DCGAN: specs/dcgan_mnist.hcl's 28x28 DCGAN, one case per image
	// channel count (3: stacked MNIST); DCGANBatch 0 leaves it out.
	DCGANBatch    int
	DCGANChannels []int
	// Classifier: the specs' MNIST classifier (ClassifierBatch 0: none).
	ClassifierChannels []int
	ClassifierHidden   int
	ClassifierBatch    int
	// PacGAN: the 2-D PacGAN (batch-norm G, maxout D on packs); PacG is
	// noise, hidden..., out; PacBatch counts packs (0: no case).
	PacG       []int
	PacDHidden []int
	PacPieces  int
	PacPack    int
	PacBatch   int
	// PacInit is the weights' std (the spec's 0.02 leaves every logit near
	// 0, where the losses are ln 4 and ln 2 whatever G does; the test's
	// larger one makes them depend on every layer).
	PacInit float64
	// VEEGAN: the 2-D VEEGAN's MLPs (VEEGANBatch 0: no case).
	VEEGANNoise, VEEGANEps, VEEGANOut int
	VEEGANG, VEEGAND                  []int // G's (and F's) hidden widths; D's
	VEEGANBatch                       int
	// Unrolled GAN: G's loss through UnrolledSteps D updates (UnrolledBatch
	// 0: no case); UnrolledG and UnrolledD are the layer widths.
	UnrolledG, UnrolledD         []int
	UnrolledSteps, UnrolledBatch int
	// MemoryGAN on 28x28x1 images (MGBatch 0: no case): G's and D's
	// feature maps and the memory's slots, key dimension and top k.
	MGG, MGD                        []int
	MGSlots, MGDim, MGTopK, MGBatch int
	Seed                            int64
}

// DefaultAgreeConfig returns the benchmark workloads' shapes.
func DefaultAgreeConfig() AgreeConfig {
	return AgreeConfig{
		AESizes: aeSizes[:3], AEDropout: []float64{0.2, 0.5}, AEBatch: 100,
		GMMNPixel: gmmnPixel, GMMNCode: gmmnCode, PixelSigma: pixelSigmas, GMMNBatch: gmmnBatch,
		GANG: ganG, GANDHidden: []int{240, 240}, GANPieces: 5, GANDropIn: 0.2, GANDrop: 0.5, GANBatch: 100,
		DCGANBatch: dcganBatch, DCGANChannels: []int{1, 3},
		ClassifierChannels: []int{16, 32}, ClassifierHidden: 128, ClassifierBatch: classifierBatch,
		PacG: pacG, PacDHidden: pacDHidden, PacPieces: pacPieces, PacPack: pacPack, PacBatch: pacBatch, PacInit: 0.02,
		VEEGANNoise: veeganNoise, VEEGANEps: veeganEps, VEEGANOut: gridDim, VEEGANG: veeganG, VEEGAND: veeganD,
		VEEGANBatch: veeganBatch,
		UnrolledG:   unrolledG, UnrolledD: unrolledD, UnrolledSteps: unrolledSteps, UnrolledBatch: unrolledBatch,
		MGG: mgG, MGD: mgD, MGSlots: mgSlots, MGDim: mgDim, MGTopK: mgTopK, MGBatch: mgBatch,
		Seed: 8,
	}
}

// AgreeCase is one loss of the check. Go is ganpipe's value; Torch32 and
// Torch64 are PyTorch's in float32 and float64 (0 until RunAgreePeer).
type AgreeCase struct {
	Name    string  `json:"name"`
	Go      float64 `json:"ganpipe"`
	Torch32 float64 `json:"pytorch_float32"`
	Torch64 float64 `json:"pytorch_float64"`
}

// Rel32 and Rel64 are |Go - Torch| / |Torch|.
func (c AgreeCase) Rel32() float64 { return relDiff(c.Go, c.Torch32) }
func (c AgreeCase) Rel64() float64 { return relDiff(c.Go, c.Torch64) }

func relDiff(a, b float64) float64 {
	if b == 0 {
		return math.Abs(a)
	}
	return math.Abs(a-b) / math.Abs(b)
}

// agreeArray is one array file of a case, in the manifest.
type agreeArray struct {
	Shape []int  `json:"shape"`
	File  string `json:"file"`
}

// agreeModel describes one model of the manifest: what peers.py needs to
// rebuild it, and its arrays (parameters, inputs, masks) by name.
type agreeModel struct {
	Kind       string                `json:"kind"` // ae, gmmn, gan
	Cases      []string              `json:"cases"`
	Sizes      []int                 `json:"sizes,omitempty"`
	Activation string                `json:"activation,omitempty"`
	Sigmas     []float64             `json:"sigmas,omitempty"`
	DHidden    []int                 `json:"d_hidden,omitempty"`
	Pieces     int                   `json:"pieces,omitempty"`
	Channels   int                   `json:"channels,omitempty"`
	Conv       []int                 `json:"conv,omitempty"`
	Hidden     int                   `json:"hidden,omitempty"`
	Pack       int                   `json:"pack,omitempty"`
	Steps      int                   `json:"steps,omitempty"`
	GChannels  []int                 `json:"g_channels,omitempty"`
	Noise      int                   `json:"noise,omitempty"`
	TopK       int                   `json:"top_k,omitempty"`
	Batch      int                   `json:"batch"`
	Arrays     map[string]agreeArray `json:"arrays"`
}

type agreeManifest struct {
	Models []agreeModel `json:"models"`
}

// WriteAgreeInputs computes ganpipe's losses for cfg and writes the parameters and
// inputs of every case, with manifest.json, into dir (which must exist).
func WriteAgreeInputs(dir string, cfg AgreeConfig) ([]AgreeCase, error) {
	rng := rand.New(rand.NewSource(cfg.Seed))
	var man agreeManifest
	var cases []AgreeCase
	w := arrayWriter{dir: dir}

	// Autoencoder: fine-tuning BCE with fixed encoder dropout masks.
	aeModel, err := ae.NewAutoencoder(ae.AEConfig{Sizes: cfg.AESizes, Dropout: cfg.AEDropout, Activation: nn.Sigmoid}, rng)
	if err != nil {
		return nil, err
	}
	B := cfg.AEBatch
	x := uniform(rng, B*cfg.AESizes[0])
	var masks [][]float32
	am := agreeModel{Kind: "ae", Cases: []string{"ae_bce"}, Sizes: cfg.AESizes, Activation: string(nn.Sigmoid), Batch: B, Arrays: map[string]agreeArray{}}
	w.params(am.Arrays, "ae", aeModel.Params())
	w.add(am.Arrays, "ae", "x", x, B, cfg.AESizes[0])
	for l, p := range cfg.AEDropout {
		m := nn.DropoutMask(B*cfg.AESizes[l], p, rng)
		masks = append(masks, m)
		if m != nil {
			w.add(am.Arrays, "ae", fmt.Sprintf("mask%d", l), m, B, cfg.AESizes[l])
		}
	}
	l, err := aeModel.Loss(x, B, masks)
	if err != nil {
		return nil, fmt.Errorf("bench: autoencoder loss: %w", err)
	}
	cases = append(cases, AgreeCase{Name: "ae_bce", Go: l})
	man.Models = append(man.Models, am)

	// GMMNs: the sqrt-MMD loss of generated samples against data.
	for _, g := range []struct {
		name   string
		sizes  []int
		sigmas []float64
	}{{"gmmn_pixel_mmd", cfg.GMMNPixel, cfg.PixelSigma}, {"gmmn_code_mmd", cfg.GMMNCode, []float64{1}}} {
		last := len(g.sizes) - 1
		gm, err := gmmn.NewGMMN(gmmn.GMMNConfig{NoiseDim: g.sizes[0], Hidden: g.sizes[1:last], Out: g.sizes[last], OutAct: nn.Sigmoid, Sigmas: g.sigmas}, rng)
		if err != nil {
			return nil, err
		}
		M := cfg.GMMNBatch
		z := make([]float32, M*g.sizes[0])
		for i := range z {
			z[i] = float32(2*rng.Float64() - 1)
		}
		data := uniform(rng, M*g.sizes[last])
		gmod := agreeModel{Kind: "gmmn", Cases: []string{g.name}, Sizes: g.sizes, Activation: string(nn.Sigmoid), Sigmas: g.sigmas, Batch: M, Arrays: map[string]agreeArray{}}
		w.params(gmod.Arrays, g.name, gm.Params())
		w.add(gmod.Arrays, g.name, "z", z, M, g.sizes[0])
		w.add(gmod.Arrays, g.name, "data", data, M, g.sizes[last])
		l, err := gm.Loss(z, M, data, M)
		if err != nil {
			return nil, fmt.Errorf("bench: %s: %w", g.name, err)
		}
		cases = append(cases, AgreeCase{Name: g.name, Go: l})
		man.Models = append(man.Models, gmod)
	}

	// GAN: the non-saturating D and G losses, fixed dropout masks.
	gl := len(cfg.GANG) - 1
	model, err := gan.NewGAN(gan.GANConfig{
		NoiseDim: cfg.GANG[0], Noise: "uniform", Out: cfg.GANG[gl], GHidden: cfg.GANG[1:gl], GOutAct: nn.Sigmoid,
		DHidden: cfg.GANDHidden, DPieces: cfg.GANPieces, DDropIn: cfg.GANDropIn, DDrop: cfg.GANDrop,
		Loss: gan.LossNonSaturating, Batch: cfg.GANBatch, Iters: 1,
		DOpt: nn.Optimizer{Kind: nn.OptSGD, LR: 0.1}, GOpt: nn.Optimizer{Kind: nn.OptSGD, LR: 0.1},
	}, rng)
	if err != nil {
		return nil, err
	}
	GB := cfg.GANBatch
	real := uniform(rng, GB*cfg.GANG[gl])
	noise := func() []float32 {
		z := make([]float32, GB*cfg.GANG[0])
		for i := range z {
			z[i] = float32(2*rng.Float64() - 1)
		}
		return z
	}
	zD, zG := noise(), noise()
	dMasks, gMasks := model.DropoutMasks(2*GB, rng), model.DropoutMasks(GB, rng)
	gmod := agreeModel{Kind: "gan", Cases: []string{"gan_d", "gan_g"}, Sizes: cfg.GANG, DHidden: cfg.GANDHidden, Pieces: cfg.GANPieces, Batch: GB, Arrays: map[string]agreeArray{}}
	w.params(gmod.Arrays, "gan", model.GeneratorParams())
	w.params(gmod.Arrays, "gan", model.DiscriminatorParams())
	w.add(gmod.Arrays, "gan", "real", real, GB, cfg.GANG[gl])
	w.add(gmod.Arrays, "gan", "zD", zD, GB, cfg.GANG[0])
	w.add(gmod.Arrays, "gan", "zG", zG, GB, cfg.GANG[0])
	widths := append([]int{cfg.GANG[gl]}, cfg.GANDHidden...)
	for i, m := range dMasks {
		if m != nil {
			w.add(gmod.Arrays, "gan", fmt.Sprintf("dmask%d", i), m, 2*GB, widths[i])
			w.add(gmod.Arrays, "gan", fmt.Sprintf("gmask%d", i), gMasks[i], GB, widths[i])
		}
	}
	dl, gloss, err := model.Losses(real, zD, zG, GB, dMasks, gMasks)
	if err != nil {
		return nil, fmt.Errorf("bench: GAN losses: %w", err)
	}
	cases = append(cases, AgreeCase{Name: "gan_d", Go: dl}, AgreeCase{Name: "gan_g", Go: gloss})
	man.Models = append(man.Models, gmod)

	if cfg.DCGANBatch > 0 {
		for _, ch := range cfg.DCGANChannels {
			c, m, err := agreeDCGAN(&w, cfg.DCGANBatch, ch, rng)
			if err != nil {
				return nil, err
			}
			cases, man.Models = append(cases, c...), append(man.Models, m)
		}
	}
	if cfg.ClassifierBatch > 0 {
		c, m, err := agreeClassifier(&w, cfg, rng)
		if err != nil {
			return nil, err
		}
		cases, man.Models = append(cases, c), append(man.Models, m)
	}
	if cfg.PacBatch > 0 {
		c, m, err := agreePacGAN(&w, cfg, rng)
		if err != nil {
			return nil, err
		}
		cases, man.Models = append(cases, c...), append(man.Models, m)
	}
	if cfg.VEEGANBatch > 0 {
		c, m, err := agreeVEEGAN(&w, cfg, rng)
		if err != nil {
			return nil, err
		}
		cases, man.Models = append(cases, c...), append(man.Models, m)
	}
	if cfg.UnrolledBatch > 0 {
		c, m, err := agreeUnrolled(&w, cfg, rng)
		if err != nil {
			return nil, err
		}
		cases, man.Models = append(cases, c...), append(man.Models, m)
	}
	if cfg.MGBatch > 0 {
		c, m, err := agreeMemoryGAN(&w, cfg, rng)
		if err != nil {
			return nil, err
		}
		cases, man.Models = append(cases, c...), append(man.Models, m)
	}
	if w.err != nil {
		return nil, w.err
	}
	b, err := json.MarshalIndent(man, "", " ")
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), b, 0o644); err != nil {
		return nil, fmt.Errorf("bench: writing the agreement manifest: %w", err)
	}
	return cases, nil
}

// agreeDCGAN: the non-saturating D and G losses of the 28x28 DCGAN (batch
// norm in training mode, real and fake halves normalised apart) on seeded
// weights, real images and noise, with channels image channels.
func agreeDCGAN(w *arrayWriter, B, channels int, rng *rand.Rand) ([]AgreeCase, agreeModel, error) {
	out := 28 * 28 * channels
	adam := nn.Optimizer{Kind: nn.OptAdam, LR: 2e-4, Beta1: 0.5, Beta2: 0.999}
	model, err := gan.NewGAN(gan.GANConfig{
		Arch: gan.ArchDCGAN, DCGAN: gan.DCGANConfig{Channels: channels},
		NoiseDim: 100, Noise: "normal", Out: out, GOutAct: nn.Sigmoid,
		Loss: gan.LossNonSaturating, Batch: B, Iters: 1, DOpt: adam, GOpt: adam,
	}, rng)
	if err != nil {
		return nil, agreeModel{}, err
	}
	name := fmt.Sprintf("dcgan%d", channels)
	real := uniform(rng, B*out)
	normal := func() []float32 {
		z := make([]float32, B*100)
		for i := range z {
			z[i] = float32(rng.NormFloat64())
		}
		return z
	}
	zD, zG := normal(), normal()
	m := agreeModel{Kind: "dcgan", Cases: []string{name + "_d", name + "_g"}, Channels: channels, Batch: B, Arrays: map[string]agreeArray{}}
	w.params(m.Arrays, name, model.GeneratorParams())
	w.params(m.Arrays, name, model.DiscriminatorParams())
	w.add(m.Arrays, name, "real", real, B, out)
	w.add(m.Arrays, name, "zD", zD, B, 100)
	w.add(m.Arrays, name, "zG", zG, B, 100)
	dl, gl, err := model.Losses(real, zD, zG, B, nil, nil)
	if err != nil {
		return nil, m, fmt.Errorf("bench: %s losses: %w", name, err)
	}
	return []AgreeCase{{Name: name + "_d", Go: dl}, {Name: name + "_g", Go: gl}}, m, nil
}

// agreeClassifier: the classifier's mean softmax cross-entropy on seeded
// weights, images and labels with a fixed dropout mask.
func agreeClassifier(w *arrayWriter, cfg AgreeConfig, rng *rand.Rand) (AgreeCase, agreeModel, error) {
	B := cfg.ClassifierBatch
	clf, err := classifier.NewClassifier(classifier.ClassifierConfig{Side: 28, Channels: cfg.ClassifierChannels, Hidden: cfg.ClassifierHidden, Classes: 10, Dropout: 0.5}, rng)
	if err != nil {
		return AgreeCase{}, agreeModel{}, err
	}
	x := uniform(rng, B*784)
	labels := make([]int32, B)
	onehot := make([]float32, B*10)
	for i := range labels {
		labels[i] = int32(rng.Intn(10))
		onehot[i*10+int(labels[i])] = 1
	}
	mask := nn.DropoutMask(B*cfg.ClassifierHidden, 0.5, rng)
	m := agreeModel{Kind: "classifier", Cases: []string{"classifier_ce"}, Conv: cfg.ClassifierChannels, Hidden: cfg.ClassifierHidden, Batch: B, Arrays: map[string]agreeArray{}}
	w.params(m.Arrays, "classifier", clf.Params())
	w.add(m.Arrays, "classifier", "x", x, B, 784)
	w.add(m.Arrays, "classifier", "y", onehot, B, 10)
	w.add(m.Arrays, "classifier", "mask", mask, B, cfg.ClassifierHidden)
	l, err := clf.Loss(x, labels, B, mask)
	if err != nil {
		return AgreeCase{}, m, fmt.Errorf("bench: classifier loss: %w", err)
	}
	return AgreeCase{Name: "classifier_ce", Go: l}, m, nil
}

// normals returns n N(0, 1) values.
func normals(rng *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(rng.NormFloat64())
	}
	return v
}

// agreePacGAN: the non-saturating D and G losses of the 2-D PacGAN (G batch
// norm in training mode over the B*pack samples, D on packs) on seeded
// weights (N(0, PacInit^2)), points and noise.
func agreePacGAN(w *arrayWriter, cfg AgreeConfig, rng *rand.Rand) ([]AgreeCase, agreeModel, error) {
	l := len(cfg.PacG) - 1
	model, err := gan.NewGAN(pacConfig(cfg.PacG, cfg.PacDHidden, cfg.PacPieces, cfg.PacPack, cfg.PacBatch, cfg.PacInit, 1), rng)
	if err != nil {
		return nil, agreeModel{}, err
	}
	B, rows := cfg.PacBatch, cfg.PacBatch*cfg.PacPack
	real := uniform(rng, rows*cfg.PacG[l])
	zD, zG := normals(rng, rows*cfg.PacG[0]), normals(rng, rows*cfg.PacG[0])
	m := agreeModel{Kind: "pacgan", Cases: []string{"pacgan_d", "pacgan_g"}, Sizes: cfg.PacG, DHidden: cfg.PacDHidden,
		Pieces: cfg.PacPieces, Pack: cfg.PacPack, Batch: B, Arrays: map[string]agreeArray{}}
	w.params(m.Arrays, "pacgan", model.GeneratorParams())
	w.params(m.Arrays, "pacgan", model.DiscriminatorParams())
	w.add(m.Arrays, "pacgan", "real", real, rows, cfg.PacG[l])
	w.add(m.Arrays, "pacgan", "zD", zD, rows, cfg.PacG[0])
	w.add(m.Arrays, "pacgan", "zG", zG, rows, cfg.PacG[0])
	dl, gl, err := model.Losses(real, zD, zG, B, nil, nil)
	if err != nil {
		return nil, m, fmt.Errorf("bench: PacGAN losses: %w", err)
	}
	return []AgreeCase{{Name: "pacgan_d", Go: dl}, {Name: "pacgan_g", Go: gl}}, m, nil
}

// agreeVEEGAN: VEEGAN's D loss and G/F loss (D's mean logit on the
// generated pairs plus the reconstruction term) on seeded weights, points,
// noise and the noise added to F's codes.
func agreeVEEGAN(w *arrayWriter, cfg AgreeConfig, rng *rand.Rand) ([]AgreeCase, agreeModel, error) {
	v, err := gan.NewVEEGAN(veeganConfig(cfg.VEEGANNoise, cfg.VEEGANEps, cfg.VEEGANOut, cfg.VEEGANG, cfg.VEEGAND, cfg.VEEGANBatch, 1), rng)
	if err != nil {
		return nil, agreeModel{}, err
	}
	B, Z := cfg.VEEGANBatch, cfg.VEEGANNoise
	real := uniform(rng, B*cfg.VEEGANOut)
	z, eps, qNoise := normals(rng, B*Z), normals(rng, B*cfg.VEEGANEps), normals(rng, B*Z)
	m := agreeModel{Kind: "veegan", Cases: []string{"veegan_d", "veegan_g"}, Batch: B, Arrays: map[string]agreeArray{}}
	w.params(m.Arrays, "veegan", v.NamedParams())
	w.add(m.Arrays, "veegan", "real", real, B, cfg.VEEGANOut)
	w.add(m.Arrays, "veegan", "z", z, B, Z)
	w.add(m.Arrays, "veegan", "eps", eps, B, cfg.VEEGANEps)
	w.add(m.Arrays, "veegan", "qnoise", qNoise, B, Z)
	dl, gl, err := v.Losses(real, z, eps, qNoise, B)
	if err != nil {
		return nil, m, fmt.Errorf("bench: VEEGAN losses: %w", err)
	}
	return []AgreeCase{{Name: "veegan_d", Go: dl}, {Name: "veegan_g", Go: gl}}, m, nil
}

// agreeUnrolled: the unrolled GAN's minimax D loss and G's loss through
// the unrolled Adam steps of D (fresh optimizer state), on seeded weights
// (the spec's orthogonal ones), points and noise.
func agreeUnrolled(w *arrayWriter, cfg AgreeConfig, rng *rand.Rand) ([]AgreeCase, agreeModel, error) {
	c := unrolledConfig(cfg.UnrolledG, cfg.UnrolledD, cfg.UnrolledBatch, cfg.UnrolledSteps, 1)
	model, err := gan.NewGAN(c, rng)
	if err != nil {
		return nil, agreeModel{}, err
	}
	B := cfg.UnrolledBatch
	real := uniform(rng, B*c.Out)
	zD, zG := normals(rng, B*c.NoiseDim), normals(rng, B*c.NoiseDim)
	m := agreeModel{Kind: "unrolled", Cases: []string{"unrolled_d", "unrolled_g"}, Sizes: cfg.UnrolledG, DHidden: cfg.UnrolledD,
		Steps: cfg.UnrolledSteps, Batch: B, Arrays: map[string]agreeArray{}}
	w.params(m.Arrays, "unrolled", model.GeneratorParams())
	w.params(m.Arrays, "unrolled", model.DiscriminatorParams())
	w.add(m.Arrays, "unrolled", "real", real, B, c.Out)
	w.add(m.Arrays, "unrolled", "zD", zD, B, c.NoiseDim)
	w.add(m.Arrays, "unrolled", "zG", zG, B, c.NoiseDim)
	dl, gl, err := model.Losses(real, zD, zG, B, nil, nil)
	if err != nil {
		return nil, m, fmt.Errorf("bench: unrolled GAN losses: %w", err)
	}
	return []AgreeCase{{Name: "unrolled_d", Go: dl}, {Name: "unrolled_g", Go: gl}}, m, nil
}

// agreeMemoryGAN: MemoryGAN's D and G step losses (gan.MemoryGAN.Losses:
// adversarial + lambda MI, with the D step's memory update between them)
// from a memory in a seeded state: unit keys, about half the slots real,
// histograms in [1, 2) and ages 0-4 (so the oldest-slot choice meets ties),
// every value a float32 so the peer starts from the same state. The
// generator inputs carry keys of random real slots.
func agreeMemoryGAN(w *arrayWriter, cfg AgreeConfig, rng *rand.Rand) ([]AgreeCase, agreeModel, error) {
	mc := memory.Config{Slots: cfg.MGSlots, Dim: cfg.MGDim, TopK: cfg.MGTopK}
	model, err := gan.NewMemoryGAN(memoryganConfig(cfg.MGG, cfg.MGD, mc, cfg.MGBatch, 1), rng)
	if err != nil {
		return nil, agreeModel{}, err
	}
	mem, M := model.Memory(), cfg.MGDim
	var real []int
	for i := range cfg.MGSlots {
		k := mem.Keys[i*M : (i+1)*M]
		s := 0.0
		for j := range k {
			k[j] = rng.NormFloat64()
			s += k[j] * k[j]
		}
		for j := range k {
			k[j] = float64(float32(k[j] / math.Sqrt(s)))
		}
		mem.Values[i] = float64(rng.Intn(2))
		mem.Hist[i] = float64(float32(1 + rng.Float64()))
		mem.Ages[i] = float64(rng.Intn(5))
		if mem.Values[i] == 1 {
			real = append(real, i)
		}
	}
	B, in := cfg.MGBatch, mgNoise+M
	gen := func() []float32 {
		rows := make([]float32, B*in)
		for r := range B {
			row := rows[r*in : (r+1)*in]
			for j := range mgNoise {
				row[j] = float32(2*rng.Float64() - 1)
			}
			c := real[rng.Intn(len(real))]
			for j, v := range mem.Keys[c*M : (c+1)*M] {
				row[mgNoise+j] = float32(v)
			}
		}
		return rows
	}
	x := uniform(rng, B*784)
	genD, genG := gen(), gen()
	m := agreeModel{Kind: "memorygan", Cases: []string{"memorygan_d", "memorygan_g"}, Channels: 1, Batch: B,
		GChannels: cfg.MGG, Conv: cfg.MGD, Noise: mgNoise, TopK: cfg.MGTopK, Arrays: map[string]agreeArray{}}
	w.params(m.Arrays, "memorygan", model.GeneratorParams()) // with the memory's state, before Losses moves it
	w.params(m.Arrays, "memorygan", model.DiscriminatorParams())
	w.add(m.Arrays, "memorygan", "real", x, B, 784)
	w.add(m.Arrays, "memorygan", "genD", genD, B, in)
	w.add(m.Arrays, "memorygan", "genG", genG, B, in)
	dl, gl, err := model.Losses(x, genD, genG, B)
	if err != nil {
		return nil, m, fmt.Errorf("bench: MemoryGAN losses: %w", err)
	}
	return []AgreeCase{{Name: "memorygan_d", Go: dl}, {Name: "memorygan_g", Go: gl}}, m, nil
}

// arrayWriter writes little-endian float32 files, keeping the first error.
type arrayWriter struct {
	dir string
	err error
}

func (w *arrayWriter) add(into map[string]agreeArray, prefix, name string, v []float32, shape ...int) {
	if w.err != nil {
		return
	}
	file := prefix + "." + name + ".f32"
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	if err := os.WriteFile(filepath.Join(w.dir, file), b, 0o644); err != nil {
		w.err = fmt.Errorf("bench: writing %s: %w", file, err)
		return
	}
	into[name] = agreeArray{Shape: shape, File: file}
}

func (w *arrayWriter) params(into map[string]agreeArray, prefix string, p nn.Params) {
	for i, n := range p.Names {
		if len(p.Data[i]) == 0 { // a layer without bias (before batch norm)
			continue
		}
		w.add(into, prefix, n, p.Data[i], p.Shapes[i]...)
	}
}

// RunAgreePeer runs peers.py --agree on a directory written by WriteAgreeInputs and
// fills in PyTorch's losses.
func RunAgreePeer(ctx context.Context, python, dir string, cases []AgreeCase) ([]AgreeCase, string, error) {
	stdout, stderr, err := runScript(ctx, python, []string{"--agree", dir, "--threads", "1"})
	if err != nil {
		return cases, stderr, err
	}
	var got map[string]struct {
		F32 float64 `json:"float32"`
		F64 float64 `json:"float64"`
	}
	if err := json.Unmarshal(stdout, &got); err != nil {
		return cases, stderr, fmt.Errorf("bench: parsing the peer's losses: %w", err)
	}
	out := append([]AgreeCase(nil), cases...)
	var missing []string
	for i, c := range out {
		r, ok := got[c.Name]
		if !ok {
			missing = append(missing, c.Name)
			continue
		}
		out[i].Torch32, out[i].Torch64 = r.F32, r.F64
	}
	if len(missing) > 0 {
		return out, stderr, fmt.Errorf("bench: the peer computed no %s", strings.Join(missing, ", "))
	}
	return out, stderr, nil
}

// Agree runs the whole check in a temporary directory (kept when keep is
// set; its path is returned) and returns the cases; err reports a failure to
// run, not a disagreement (see AgreeFailures).
func Agree(ctx context.Context, python string, cfg AgreeConfig, keep bool) ([]AgreeCase, string, error) {
	dir, err := os.MkdirTemp("", "ganpipe-agree-")
	if err != nil {
		return nil, "", fmt.Errorf("bench: %w", err)
	}
	if !keep {
		defer os.RemoveAll(dir)
	}
	cases, err := WriteAgreeInputs(dir, cfg)
	if err != nil {
		return nil, dir, err
	}
	cases, _, err = RunAgreePeer(ctx, python, dir, cases)
	return cases, dir, err
}

// AgreeFailures lists the cases whose float32 relative difference exceeds tol.
func AgreeFailures(cases []AgreeCase, tol float64) []string {
	var bad []string
	for _, c := range cases {
		if !(c.Rel32() <= tol) {
			bad = append(bad, fmt.Sprintf("%s: ganpipe %.9g, PyTorch %.9g, relative difference %.2g > %.2g", c.Name, c.Go, c.Torch32, c.Rel32(), tol))
		}
	}
	return bad
}
