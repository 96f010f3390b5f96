package stages

import (
	"context"
	"fmt"
	"math/rand"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/speclang"
)

// ganTrainKind trains a GAN of MLPs (Goodfellow's MNIST GAN by default) with
// any of the trainer's losses and tricks, then draws samples. g_output =
// "tanh" trains the generator on the data mapped to [-1, 1] (2x - 1, the data
// must lie in [0, 1]) and maps its samples back to [0, 1]. conditional = true
// feeds the data's label column to G and D (conditional GAN); cat_codes /
// cont_codes add InfoGAN codes and a Q head (info_lambda weighs the MI
// loss). Such samples carry labels (classes, else categorical codes),
// balanced by sampleLabel, for label_agreement and the report's grids. A training run
// that meets a NaN/Inf is not a failed stage: its metrics say diverged = 1
// with the generator update, and the model and samples are those of the last
// finite snapshot, so a sweep's report can show the divergence.
//
// arch = "dcgan" swaps the MLPs for the DCGAN of models/gan/dcgan.go (conv
// discriminator, transposed-conv generator, batch norm, LeakyReLU) on
// square images (data.Cols = side^2 pixels, or side^2 x channels HWC rows
// as the data's shape metadata says: stacked MNIST's 28x28x3), shaped by
// g_channels, d_channels and d_norm; the MLP-only attributes (g_hidden,
// d_hidden, d_pieces, d_act, d_drop_in, d_drop, g_init, d_init, d_max_norm)
// are then not used, defaults or not.
type ganTrainKind struct{ info }

func newGANTrainKind() *ganTrainKind {
	// MLP-only attributes: arch = "dcgan" ignores them, defaults or not.
	mlp := func(a attr) attr { a.doc += " (mlp)"; return a }
	return &ganTrainKind{info{
		// 5: the snapshots output.
		name: "gan_train", version: "5",
		summary: "train a GAN (MLP or DCGAN) with any of the trainer's losses and tricks, then sample it",
		attrs: []attr{
			refAttr("data", "training data (matrix; labelled for conditional)").req(),
			strAttr("method", "gan: one G and one D (every option below); veegan: VEEGAN's G, reconstructor F and D on (z, x) pairs (models/gan/veegan.go; with arch = \"dcgan\" convolutional, veegan_conv.go)").
				oneOf(ganMethods...).addedLater().nullMeans(`"gan"`),
			wholesAttr("f_hidden", "veegan (mlp): reconstructor ReLU layer widths").atLeast(1).addedLater().nullMeans("g_hidden"),
			wholeAttr("eps_dim", "veegan: extra N(0, I) generator inputs D does not see").atLeast(0).addedLater().nullMeans("1"),
			enumAttr("arch", "mlp", "mlp: maxout/ReLU MLPs (Goodfellow et al.); dcgan: conv D, transposed-conv G", ganArchs...),
			wholesAttr("g_channels", "DCGAN generator channels, widest first").notEmpty().atLeast(1).nullMeans("[128, 64]"),
			wholesAttr("d_channels", "DCGAN discriminator channels").notEmpty().atLeast(1).nullMeans("[64, 128]"),
			enumAttr("d_norm", "batch", "DCGAN discriminator normalisation", dNorms...),
			wholeAttr("noise", "noise dimensions").atLeast(1).dflt(100.0),
			enumAttr("noise_dist", "uniform", "noise distribution", ganNoises...),
			snapshotsAttr(),
			mlp(wholesAttr("g_hidden", "generator hidden layer widths").atLeast(1).dflt([]int{1200, 1200})),
			enumAttr("g_output", "sigmoid", "generator output; tanh trains on data mapped to [-1, 1]", activations...),
			strAttr("data_range", "with g_output = tanh: \"mapped\" trains on the data mapped to [-1, 1] and maps the samples back; \"unit\" trains the tanh generator on the [0, 1] data as it is and writes its samples as drawn (PacGAN's stacked-MNIST code)").
				oneOf("mapped", "unit").addedLater().nullMeans(`"mapped"`),
			mlp(wholesAttr("d_hidden", "discriminator hidden layer widths").atLeast(1).dflt([]int{240, 240})),
			mlp(wholeAttr("d_pieces", "maxout pieces per discriminator unit (1: no maxout)").atLeast(1).dflt(5.0)),
			mlp(enumAttr("d_act", "relu", "discriminator activation when d_pieces = 1", dActs...)),
			mlp(numAttr("d_drop_in", "dropout on the discriminator's input").fraction().dflt(0.2)),
			mlp(numAttr("d_drop", "dropout on the discriminator's hidden layers").fraction().dflt(0.5)),
			mlp(numAttr("g_init", "generator weights U(-g_init, g_init) (0: Glorot/He)").atLeast(0).dflt(0.05)),
			mlp(numAttr("d_init", "discriminator weights U(-d_init, d_init) (0: Glorot/He)").atLeast(0).dflt(0.005)),
			mlp(numAttr("d_max_norm", "max column norm of discriminator weights (0: none)").atLeast(0).dflt(1.9365)),
			mlp(strAttr("init_dist", "g_init / d_init are the range of uniform weights, the std of normal ones (PacGAN: normal 0.02), or the gain of orthogonal ones (the unrolled GAN demo: orthogonal 1.4)").oneOf("uniform", "normal", "orthogonal").addedLater().nullMeans(`"uniform"`)),
			mlp(strAttr("g_act", "generator hidden unit (method gan): relu, or tanh (the unrolled GAN demo's G)").oneOf("relu", "tanh").addedLater().nullMeans(`"relu"`)),
			mlp(boolAttr("g_batch_norm", "batch-normalize the generator's hidden layers before ReLU (PacGAN's 2-D G)").addedLater().nullMeans("false")),
			mlp(wholeAttr("pack", "PacGAN: D judges packs of this many samples concatenated (1: none); batch counts packs").atLeast(1).addedLater().nullMeans("1")),
			// The authors' recipe (goodfeli/adversarial mnist.yaml; added
			// after the kind's first keys: unset, they stay out of the key
			// and training is as before).
			mlp(boolAttr("g_bias_from_data", "sigmoid output bias starts at logit(per-pixel training mean), pylearn2's init_sigmoid_bias_from_marginals").addedLater().nullMeans("false")),
			strAttr("update", "alternating: D steps, then G through the updated D; simultaneous: both gradients from one pass (G's through the pre-update D, same noise and dropout masks), then both steps (the authors' pylearn2 SGD)").
				oneOf(ganUpdates...).addedLater().nullMeans("alternating"),
			numAttr("d_loss_scale", "multiplies D's loss (the authors' 0.5 [CE(1, D(x)) + CE(0, D(G(z)))])").above(0).addedLater().nullMeans("1"),

			enumAttr("loss", "nonsaturating", "the players' losses", ganLosses...),
			enumAttr("divergence", "", "the f-GAN divergence (loss = fgan)", divergences...),
			wholeAttr("batch", "examples per step").atLeast(1).dflt(100.0),
			wholeAttr("iters", "generator updates").req().atLeast(1),
			wholeAttr("n_critic", "discriminator updates per generator update").atLeast(1).dflt(1.0),
			wholeAttr("g_steps", "generator steps per update, on the same noise (the DCGAN code behind PacGAN's stacked-MNIST table takes 2); alternating updates").atLeast(1).addedLater().nullMeans("1"),
			boolAttr("wgan_schedule", "WGAN's 100 critic updates for the first 25 and every 500th generator update").dflt(false),
			numAttr("clip", "WGAN weight clipping (0: none)").atLeast(0).dflt(0.0),
			numAttr("gp_lambda", "WGAN-GP gradient penalty weight").atLeast(0).dflt(0.0),

			enumAttr("optimizer", "sgd", "update rule of both players", optimizers...),
			numAttr("lr", "learning rate").above(0).dflt(0.1),
			numAttr("d_lr", "discriminator learning rate").above(0).nullMeans("lr"),
			numAttr("g_lr", "generator learning rate").above(0).nullMeans("lr"),
			numAttr("decay", "SGD: learning rate divided by this every update").above(0).dflt(1.000004),
			numAttr("min_lr", "SGD: floor of the decayed learning rate (pylearn2 ExponentialDecay's min_lr)").atLeast(0).addedLater().nullMeans("0: none"),
			numAttr("momentum", "SGD: initial momentum").fraction().dflt(0.5),
			numAttr("momentum_end", "SGD: final momentum").fraction().dflt(0.7),
			wholeAttr("momentum_ramp", "SGD: updates (epochs, with momentum_epoch) over which momentum ramps linearly to momentum_end").atLeast(0).dflt(125000.0),
			wholeAttr("momentum_epoch", "SGD: ramp the momentum once per epoch of this many updates, pylearn2's MomentumAdjustor (0: every update)").atLeast(0).addedLater().nullMeans("0: every update"),
			// Unset betas take the rule's defaults (optimizerBetas), each on
			// its own: a spec that sets only beta1 = 0.5 gets beta2 = 0.999.
			numAttr("beta1", "Adam beta1").fraction().nullMeans("0.9 (Adam)"),
			numAttr("beta2", "Adam beta2, RMSProp rho").fraction().nullMeans("0.999 (Adam), 0.99 (RMSProp)"),

			numAttr("label_smooth", "one-sided label smoothing: D's target for real data").above(0).atMost(1).dflt(1.0),
			numAttr("instance_noise", "std of Gaussian noise added to D's inputs").atLeast(0).dflt(0.0),
			wholeAttr("noise_anneal", "updates over which instance noise anneals to 0 (0: constant)").atLeast(0).dflt(0.0),
			numAttr("hist_avg", "historical averaging weight").atLeast(0).dflt(0.0),
			boolAttr("spectral_norm", "spectral normalisation of D's weights").dflt(false),
			strAttr("spectral_reg", "SR-GAN spectral compensation of D's weights on top of spectral_norm: static or dynamic").
				oneOf("static", "dynamic").addedLater().nullMeans("none"),
			wholeAttr("sr_every", "SR-GAN: compensate every this many generator updates").atLeast(1).addedLater().nullMeans("5"),
			wholeAttr("sv_track", "record the top this many singular values of each D weight in the history every log_every updates (sv<i>_1 = s_1 of weight i, sv<i>_<j> = s_j/s_1), measured after the D steps and before that update's spectral compensation").atLeast(0).addedLater().nullMeans("0"),
			wholeAttr("unrolled_steps", "unrolled GAN (Metz et al.): G's loss through this many unrolled D updates (D's Adam or plain SGD), differentiated through them; tanh MLP D, minimax or nonsaturating loss (0: off)").atLeast(0).addedLater().nullMeans("0"),
			boolAttr("feature_matching", "the generator matches D's mean features instead of its loss").dflt(false),
			wholeAttr("mbd_kernels", "minibatch discrimination kernels (0: none)").atLeast(0).dflt(0.0),
			wholeAttr("mbd_dim", "minibatch discrimination kernel dimension").atLeast(1).dflt(5.0),

			// Conditional GAN: the data's label column, one-hot, into G and D.
			boolAttr("conditional", "condition G and D on the data's labels (cGAN)").dflt(false),
			// InfoGAN: categorical / continuous codes and the MI loss weight.
			wholeAttr("cat_codes", "InfoGAN: values of the categorical code (0: none)").atLeast(0).dflt(0.0),
			wholeAttr("cont_codes", "InfoGAN: continuous codes").atLeast(0).dflt(0.0),
			numAttr("info_lambda", "InfoGAN: weight of the mutual-information loss").atLeast(0).dflt(1.0),

			wholeAttr("samples", "samples drawn after training").atLeast(1).dflt(10000.0),
			wholesAttr("sample_at", "also draw `samples` samples after these generator updates (the same noise each time) into prefix_samples: scores along one run").
				atLeast(1).addedLater().nullMeans("none"),
			recordSecondsAttr(),
			logEveryAttr(100),
		},
		outputs: []string{"model", "samples", "history", "metrics", "snapshots", "prefix_samples"},
		metrics: []string{"diverged", "diverged_at", "d_loss", "g_loss", "train_seconds", "mi_loss", "mi_cat", "mi_cont"},
	}}
}

// KeyExtra keys the runs whose results a fix changed, and only those, so
// that their cached results are not reused and every other run keeps its
// key:
//   - a run that both compensates D's spectrum (spectral_reg) and tracks it
//     (sv_track > 0), by where the spectra are measured: before the
//     iteration's compensation since the history was fixed to show the
//     spectrum D's steps produce (logged after, static compensation read
//     s_j/s_1 = 1 by construction); other runs' histories are unchanged
//     (measured after D's steps, which the G step leaves alone);
//   - an unrolled run (unrolled_steps > 0) whose batch is a multiple of
//     256: its G gradient was wrong before nn.Concat replaced
//     G.Concat (the fake rows got the real rows' gradient); at other
//     batches both give the same bits;
//   - every unrolled run: since 2026-12-07 (session 22) the written-out D
//     steps multiply through nn's matmul op with transposes and take tanh
//     through the f32 kernels instead of gorgonia's Mul, Transpose and Tanh
//     (1.8-2x faster steps), which rounds differently.
func (k *ganTrainKind) KeyExtra(_ context.Context, st *speclang.Stage, _ pipeline.Env) (map[string]string, error) {
	if !st.Config.IsWhollyKnown() {
		return nil, nil
	}
	c := newConfig(k.attrs, st.Config)
	extra := map[string]string{}
	if c.str("spectral_reg") != "" && c.intOr("sv_track", 0) > 0 {
		extra["sv_measured"] = "before_compensation"
	}
	if c.intOr("unrolled_steps", 0) > 0 {
		if c.int("batch")%256 == 0 {
			extra["unrolled_rows"] = "concat_rows"
		}
		extra["unrolled_ops"] = "nn"
	}
	if len(extra) == 0 {
		return nil, nil
	}
	return extra, nil
}

// The allowed values of gan_train's named options (TestEnumsMatchModels
// checks them against the models' own checks).
var (
	ganArchs    = []string{string(gan.ArchMLP), string(gan.ArchDCGAN)}
	ganMethods  = []string{"gan", "veegan"}
	dNorms      = []string{"batch", "none"}
	ganNoises   = []string{"uniform", "uniform_sqrt3", "normal"}
	ganUpdates  = []string{string(gan.UpdateAlternating), string(gan.UpdateSimultaneous)}
	dActs       = []string{"relu", "leaky", "tanh"}
	divergences = []string{"", "kl", "reverse_kl", "pearson", "hellinger", "js", "gan"}
)

// Adam's defaults (Kingma & Ba 2015) and RMSProp's rho (PyTorch's default),
// used for whichever of beta1 / beta2 a gan_train body leaves unset. DCGAN's
// beta1 = 0.5 is a choice a spec makes explicitly.
const (
	adamBeta1   = 0.9
	adamBeta2   = 0.999
	rmspropBeta = 0.99
)

// optimizerBetas reads beta1 and beta2, filling each unset one with the
// rule's default on its own. (models.Optimizer.Validate only fills them when
// both are zero, so the stage must not pass an unset beta2 as 0: Adam with
// beta2 = 0 divides by |g|, a sign-SGD that was never asked for.) SGD ignores
// them; RMSProp reads only beta2 (its rho).
func optimizerBetas(kind nn.OptimizerKind, c *config) (b1, b2 float64) {
	switch kind {
	case nn.OptAdam:
		return c.floatOr("beta1", adamBeta1), c.floatOr("beta2", adamBeta2)
	case nn.OptRMSProp:
		return c.float("beta1"), c.floatOr("beta2", rmspropBeta)
	}
	return c.float("beta1"), c.float("beta2")
}

// classCount is the number of classes of a labelled data matrix (largest
// label + 1).
func classCount(m *artifact.Matrix) (int, error) {
	if m.Labels == nil {
		return 0, fmt.Errorf("the data have no label column (a dataset stage's train/valid/test outputs of an image source do)")
	}
	k := int32(0)
	for i, l := range m.Labels {
		if l < 0 {
			return 0, fmt.Errorf("row %d has label %d", i, l)
		}
		k = max(k, l+1)
	}
	if k < 2 {
		return 0, fmt.Errorf("the data have %d class(es); a conditional GAN needs at least 2", k)
	}
	return int(k), nil
}

// sampleLabel is the label or code of sample i of n among k values:
// (i / 10) mod k. Every block of 10k samples is balanced, and a grid of 10
// columns over the first 10k samples shows one label per row.
func sampleLabel(i, k int) int32 { return int32((i / 10) % k) }

// sampleGAN draws n samples. A conditional GAN's carry their class labels
// (meta labels = "class"), an InfoGAN's (unconditional) their categorical
// codes (labels = "code"), both balanced by sampleLabel; noise and
// continuous codes are random.
// tanhMapped says whether a generator of output act trains on data mapped
// to [-1, 1] (its samples mapped back): g_output = "tanh" unless
// data_range = "unit" keeps the [0, 1] data as it is.
func tanhMapped(c *config, act nn.Activation) bool {
	return act == nn.Tanh && c.str("data_range") != "unit"
}

// writeSamples writes gan_train's samples output: n draws of m
// (sampleGAN), mapped back to [0, 1] from a tanh generator's range, with
// the data's columns and image shape.
func writeSamples(job *pipeline.Job, m *gan.GAN, n int, data *artifact.Matrix, tanh bool, rng *rand.Rand) error {
	out, err := sampleGAN(m, n, rng)
	if err != nil {
		return err
	}
	if tanh {
		gan.FromTanhRange(out.Data)
	}
	out.Cols = data.Cols
	out.Meta[artifact.MetaProducer] = job.Stage.Addr
	if sh, ok := data.Meta["shape"]; ok {
		out.Meta["shape"] = sh
	}
	return artifact.WriteMatrix(job.Output("samples"), out)
}

func sampleGAN(m *gan.GAN, n int, rng *rand.Rand) (*artifact.Matrix, error) {
	out := &artifact.Matrix{Rows: n, Meta: map[string]string{}}
	var labels, cat []int32
	seq := func(k int) []int32 {
		v := make([]int32, n)
		for i := range v {
			v[i] = sampleLabel(i, k)
		}
		return v
	}
	switch {
	case m.Classes() > 0:
		labels = seq(m.Classes())
		out.Labels, out.Meta["labels"] = labels, "class"
	case m.CatCodes() > 0:
		cat = seq(m.CatCodes())
		out.Labels, out.Meta["labels"] = cat, "code"
	default:
		out.Data = m.Sample(n, rng)
		return out, nil
	}
	var err error
	out.Data, err = m.SampleCoded(n, labels, cat, rng)
	return out, err
}

// ganSnapshotInputs fixes the n generator inputs of snapshots: noise from
// the GAN's noise distribution, a conditional GAN's labels and an InfoGAN's
// categorical codes counting 0, 1, ... along the row, continuous codes 0.
func ganSnapshotInputs(m *gan.GAN, cfg gan.GANConfig, n int, rng *rand.Rand) func() ([]float32, error) {
	z := make([]float32, n*cfg.NoiseDim)
	m.FillNoise(z, rng)
	count := func(k int) []int32 {
		if k == 0 {
			return nil
		}
		v := make([]int32, n)
		for i := range v {
			v[i] = int32(i % k)
		}
		return v
	}
	labels, cat := count(m.Classes()), count(m.CatCodes())
	cont := make([]float32, n*m.ContCodes())
	return func() ([]float32, error) { return m.GenerateFrom(z, labels, cat, cont, n) }
}

func (k *ganTrainKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	opt := func(lrAttr string) nn.Optimizer {
		o := nn.Optimizer{Kind: nn.OptimizerKind(c.str("optimizer")), LR: c.floatOr(lrAttr, c.float("lr"))}
		o.Beta1, o.Beta2 = optimizerBetas(o.Kind, c)
		if o.Kind == nn.OptSGD {
			o.Decay, o.Momentum = c.float("decay"), c.float("momentum")
			o.MomentumEnd, o.MomentumRamp = c.float("momentum_end"), c.int("momentum_ramp")
			o.MinLR, o.MomentumEpoch = c.floatOr("min_lr", 0), c.intOr("momentum_epoch", 0)
		}
		return o
	}
	cfg := gan.GANConfig{
		Arch: gan.GANArch(c.str("arch")),
		DCGAN: gan.DCGANConfig{GChannels: c.ints("g_channels"), DChannels: c.ints("d_channels"),
			DNorm: gan.DiscriminatorNorm(c.str("d_norm"))},
		NoiseDim: c.int("noise"), Noise: gan.GANNoise(c.str("noise_dist")), Out: data.Cols,
		GHidden: c.ints("g_hidden"), GOutAct: nn.Activation(c.str("g_output")),
		DHidden: c.ints("d_hidden"), DPieces: c.int("d_pieces"), DAct: gan.DiscriminatorActivation(c.str("d_act")),
		DDropIn: c.float("d_drop_in"), DDrop: c.float("d_drop"),
		GInit: c.float("g_init"), DInit: c.float("d_init"), DMaxColNorm: c.float("d_max_norm"),
		InitNormal: c.str("init_dist") == "normal", GBatchNorm: c.bool("g_batch_norm"),
		InitOrthogonal: c.str("init_dist") == "orthogonal", GAct: nn.Activation(c.str("g_act")),
		Pack:             c.intOr("pack", 1),
		GOutBiasFromData: c.bool("g_bias_from_data"), Update: gan.GANUpdate(c.str("update")),
		DLossScale: c.floatOr("d_loss_scale", 1),
		Loss:       gan.LossKind(c.str("loss")), Divergence: gan.Divergence(c.str("divergence")),
		Batch: c.int("batch"), Iters: c.int("iters"), NCritic: c.int("n_critic"), GSteps: c.intOr("g_steps", 1),
		WGANSchedule: c.bool("wgan_schedule"), DOpt: opt("d_lr"), GOpt: opt("g_lr"),
		Clip: c.float("clip"), GPLambda: c.float("gp_lambda"),
		LabelSmooth: c.float("label_smooth"), InstanceNoise: c.float("instance_noise"),
		NoiseAnneal: c.int("noise_anneal"), HistAvg: c.float("hist_avg"),
		SpectralNorm: c.bool("spectral_norm"), FeatureMatching: c.bool("feature_matching"),
		SpectralReg: gan.SpecReg(c.str("spectral_reg")), SREvery: c.intOr("sr_every", 5),
		SVTrack: c.intOr("sv_track", 0), SVEvery: c.int("log_every"),
		UnrolledSteps: c.intOr("unrolled_steps", 0),
		MBDKernels:    c.int("mbd_kernels"), MBDDim: c.int("mbd_dim"),
		CatCodes: c.int("cat_codes"), ContCodes: c.int("cont_codes"), InfoLambda: c.float("info_lambda"),
	}
	var labels []int32
	if c.bool("conditional") {
		if cfg.Classes, err = classCount(data); err != nil {
			return fmt.Errorf("conditional: %w", err)
		}
		labels = data.Labels
	}
	if cfg.Arch == gan.ArchDCGAN { // the MLP attributes' defaults do not apply
		if _, _, ch, err := imageDims(data); err == nil {
			// HWC rows of ch channels (stacked MNIST: 3), DCGAN's NHWC as is.
			cfg.DCGAN.Channels = ch
		}
		cfg.GHidden, cfg.DHidden, cfg.DPieces, cfg.DAct, cfg.DDropIn, cfg.DDrop = nil, nil, 0, "", 0, 0
		cfg.GInit, cfg.DInit, cfg.DMaxColNorm, cfg.GOutBiasFromData = 0, 0, 0, false
		cfg.InitNormal, cfg.GBatchNorm, cfg.InitOrthogonal, cfg.GAct = false, false, false, ""
	}
	nSamples := c.int("samples")
	rec := newRecorder(job.Progress, c.int("log_every"))
	if err := c.err(); err != nil {
		return err
	}
	if cfg.Batch*cfg.Pack > data.Rows {
		return fmt.Errorf("batch: %d packs of %d are more than the %d rows of the data", cfg.Batch, cfg.Pack, data.Rows)
	}
	// A tanh generator trains against data mapped to [-1, 1]; its samples
	// are mapped back below, so every stage downstream sees [0, 1] images.
	tanh := tanhMapped(c, cfg.GOutAct)
	if c.str("data_range") == "unit" && cfg.GOutAct != nn.Tanh {
		return fmt.Errorf("data_range = \"unit\" is for a tanh generator (g_output = \"tanh\"), not %q", cfg.GOutAct)
	}
	if c.intOr("g_steps", 1) > 1 && c.str("method") == "veegan" {
		return fmt.Errorf("g_steps: VEEGAN's update is simultaneous; more than one generator step is for method gan")
	}
	train := data.Data
	if tanh {
		for i, v := range train {
			if v < 0 || v > 1 {
				return fmt.Errorf("g_output: tanh maps [0,1] data to [-1,1] (2x-1), but data value %d is %v", i, v)
			}
		}
		train = gan.ToTanhRange(train)
	}
	rng, src := newCountedRand(job)
	if c.str("method") == "veegan" {
		if cfg.GAct == nn.Tanh || cfg.InitOrthogonal {
			return fmt.Errorf("g_act = \"tanh\" and init_dist = \"orthogonal\" are for method gan; VEEGAN's networks are its notebook's")
		}
		return k.runVEEGAN(ctx, job, c, cfg, data, train, rec, rng, src)
	}
	m, err := gan.NewGAN(cfg, rng)
	if err != nil {
		return err
	}
	rec.snaps = newSnapshotter(c.int("snapshots"), cfg.Iters, ganSnapshotInputs(m, cfg, snapshotImages, snapshotRand(job)))
	if rec.prefixes, err = newPrefixSampler(c.ints("sample_at"), cfg.Iters, nSamples,
		ganSnapshotInputs(m, cfg, nSamples, prefixRand(job))); err != nil {
		return fmt.Errorf("sample_at: %w", err)
	}
	if tanh {
		post := func(x []float32) []float32 {
			x = append([]float32(nil), x...)
			gan.FromTanhRange(x)
			return x
		}
		for _, s := range []*snapshotter{rec.snaps, rec.prefixes} {
			if s != nil {
				s.post = post
			}
		}
	}
	ck := newTrainCheckpoint(job, src, rec, "train", 1, cfg.Iters)
	m.Hook = ck
	diverged := 0.0
	if err := m.TrainLabeled(ctx, train, labels, data.Rows, rng, rec.observer("train")); err != nil {
		if !gan.IsDiverged(err) {
			return ck.checkpointErr(err)
		}
		diverged = 1
		job.Progress.Logf("DIVERGED: %v (model and samples from the last finite snapshot)", err)
	}
	arch := m.GeneratorArch()
	if tanh {
		arch["data_scale"] = "2x-1" // the generator's outputs are 2x-1 of an image
	}
	if err := writeModel(job, "model", m.GeneratorParams(), arch); err != nil {
		return err
	}
	if err := rec.write(job, "history"); err != nil {
		return err
	}
	if err := rec.snaps.write(job, "snapshots", data.Cols, data.Meta["shape"]); err != nil {
		return err
	}
	if err := rec.prefixes.write(job, "prefix_samples", data.Cols, data.Meta["shape"]); err != nil {
		return err
	}
	if err := writeSamples(job, m, nSamples, data, tanh, rng); err != nil {
		return err
	}
	rows := []artifact.Metric{
		metric("diverged", diverged, 0, 1),
		metric("diverged_at", float64(m.DivergedAt), 0, 1),
		metric("d_loss", tailMean(rec, "d_loss", 10), 0, cfg.Iters),
		metric("g_loss", tailMean(rec, "g_loss", 10), 0, cfg.Iters),
	}
	if cfg.CatCodes+cfg.ContCodes > 0 {
		for _, t := range []string{"mi_loss", "mi_cat", "mi_cont"} {
			rows = append(rows, metric(t, tailMean(rec, t, 10), 0, cfg.Iters))
		}
	}
	// Wall time makes the artifact differ between runs, so it is opt-in
	// (sweeps that want a time column; never CI specs checked for
	// determinism).
	if c.bool("record_seconds") {
		rows = append(rows, metric("train_seconds", ck.elapsed().Seconds(), 0, cfg.Iters))
	}
	return writeMetrics(job, "metrics", rows...)
}

// runVEEGAN trains a VEEGAN (method = "veegan") with the body's noise,
// g_hidden, f_hidden, d_hidden (ReLU), eps_dim, batch, iters and optimizer
// settings, and writes gan_train's outputs: the generator as a gan_generator
// model (N(0, I) noise of noise + eps_dim dimensions), samples, history
// (d_loss, g_loss, recon, d_p, d_q) and metrics. With arch = "dcgan" G is
// the DCGAN generator (g_channels, g_output) and F and D have its
// discriminator's convolutions (d_channels), D's head d_hidden on
// [features | z] (models/gan/veegan_conv.go); train is the data as G
// learns it (tanh: mapped to [-1, 1], the samples mapped back). The other
// GAN options do not apply; snapshots and prefix samples (sample_at) are
// not drawn (empty outputs). Training checkpoints as every GAN's does.
func (k *ganTrainKind) runVEEGAN(ctx context.Context, job *pipeline.Job, c *config, g gan.GANConfig, data *artifact.Matrix, train []float32, rec *recorder, rng *rand.Rand, src *countingSource) error {
	vc := gan.VEEGANConfig{NoiseDim: g.NoiseDim, EpsDim: c.intOr("eps_dim", 1), Out: data.Cols,
		GHidden: c.ints("g_hidden"), FHidden: c.ints("g_hidden"), DHidden: c.ints("d_hidden"),
		Batch: g.Batch, Iters: g.Iters, DOpt: g.DOpt, GOpt: g.GOpt}
	if c.has("f_hidden") {
		vc.FHidden = c.ints("f_hidden")
	}
	image := g.Arch == gan.ArchDCGAN
	if image {
		if c.has("f_hidden") {
			return fmt.Errorf("f_hidden: the image VEEGAN's reconstructor is convolutional (d_channels); unset f_hidden")
		}
		vc.Image, vc.GOutAct, vc.GHidden, vc.FHidden = &g.DCGAN, g.GOutAct, nil, nil
	} else if g.GOutAct == nn.Tanh {
		return fmt.Errorf("g_output: the 2-D VEEGAN's generator output is linear (the notebook's); tanh is for arch = \"dcgan\"")
	}
	if err := c.err(); err != nil {
		return err
	}
	v, err := gan.NewVEEGAN(vc, rng)
	if err != nil {
		return err
	}
	ck := newTrainCheckpoint(job, src, rec, "train", 1, vc.Iters)
	v.Hook = ck
	diverged := 0.0
	if err := v.Train(ctx, train, data.Rows, rng, rec.observer("train")); err != nil {
		if !gan.IsDiverged(err) {
			return ck.checkpointErr(err)
		}
		diverged = 1 // the parameters are those at the divergence
		job.Progress.Logf("DIVERGED: %v", err)
	}
	m, err := v.Generator()
	if err != nil {
		return err
	}
	arch := m.GeneratorArch()
	tanh := tanhMapped(c, g.GOutAct) // image only: the MLP's was refused above
	if tanh {
		arch["data_scale"] = "2x-1" // the generator's outputs are 2x-1 of an image
	}
	if err := writeModel(job, "model", m.GeneratorParams(), arch); err != nil {
		return err
	}
	if err := rec.write(job, "history"); err != nil {
		return err
	}
	for _, o := range []string{"snapshots", "prefix_samples"} { // not drawn for VEEGAN: empty
		if err := (*snapshotter)(nil).write(job, o, data.Cols, data.Meta["shape"]); err != nil {
			return err
		}
	}
	if err := writeSamples(job, m, c.int("samples"), data, tanh, rng); err != nil {
		return err
	}
	rows := []artifact.Metric{
		metric("diverged", diverged, 0, 1),
		metric("d_loss", tailMean(rec, "d_loss", 10), 0, vc.Iters),
		metric("g_loss", tailMean(rec, "g_loss", 10), 0, vc.Iters),
	}
	if c.bool("record_seconds") {
		rows = append(rows, metric("train_seconds", ck.elapsed().Seconds(), 0, vc.Iters))
	}
	return writeMetrics(job, "metrics", rows...)
}
