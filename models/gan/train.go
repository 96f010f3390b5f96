package gan

import (
	"context"
	"fmt"
	"math"
	"math/rand"

	"github.com/ganpipe/ganpipe/models/nn"
)

// Train runs cfg.Iters generator updates on n data rows. Observer terms:
// d_loss, g_loss, d_real and d_fake (mean critic output on real and generated
// rows), gp (wgan_gp), noise_std, d_grad_norm, g_grad_norm, lr_d, lr_g,
// n_critic, and for InfoGAN mi_loss, mi_cat, mi_cont (the G step's
// unweighted MI loss and its parts; g_loss excludes it). A non-finite loss
// or gradient stops training: the parameters are restored to the last
// finite snapshot (taken every snapshotEvery updates), m.DivergedAt records
// the update, and the error wraps ErrDiverged. A conditional GAN needs
// labels: use TrainLabeled.
func (m *GAN) Train(ctx context.Context, data []float32, n int, rng *rand.Rand, obs nn.Observer) error {
	return m.TrainLabeled(ctx, data, nil, n, rng, obs)
}

// TrainLabeled is Train with a class label per data row (0 <= label <
// Classes), which a conditional GAN feeds to D with each real row; the
// generated rows of a D step carry the labels of that step's real rows, and
// a G step draws its labels from the data's label distribution.
//
// It checks the inputs, builds a trainer and runs it on nn.Loop: one loop
// iteration is one generator update (trainer.update).
func (m *GAN) TrainLabeled(ctx context.Context, data []float32, labels []int32, n int, rng *rand.Rand, obs nn.Observer) error {
	cfg := m.cfg
	if err := nn.CheckData(data, n, cfg.Out); err != nil {
		return err
	}
	if err := cfg.checkLabels(labels, n); err != nil {
		return err
	}
	if cfg.Classes == 0 {
		labels = nil // an unconditional GAN ignores them
	}
	if cfg.Batch <= 0 || cfg.Iters <= 0 {
		return fmt.Errorf("models: GAN batch %d and iterations %d must be positive", cfg.Batch, cfg.Iters)
	}
	dOpt, gOpt := cfg.DOpt, cfg.GOpt
	if err := dOpt.Validate(); err != nil {
		return fmt.Errorf("discriminator optimizer: %w", err)
	}
	if err := gOpt.Validate(); err != nil {
		return fmt.Errorf("generator optimizer: %w", err)
	}
	if cfg.GOutBiasFromData {
		// The data are first seen here; a resumed run's checkpoint then
		// overwrites the parameters, bias included.
		m.setOutputBiasFromData(data, n)
	}
	t, err := m.newTrainer(data, labels, n, rng, dOpt, gOpt)
	if err != nil {
		return err
	}
	defer t.close()
	l := nn.Loop{
		Iters:     cfg.Iters,
		Unit:      "generator update",
		Step:      t.update,
		Terms:     t.terms,
		Observer:  obs,
		OnDiverge: t.diverged,
	}
	if m.Hook != nil {
		l.Hook, l.State = m.Hook, &t.ganLoop
	}
	return l.Run(ctx)
}

// outputBiasClip is pylearn2's clip of the marginals before the logit
// (init_sigmoid_bias_from_marginals: X.mean(axis=0).clip(1e-7, 1-1e-7)).
const outputBiasClip = 1e-7

// setOutputBiasFromData sets the generator's output bias to
// logit(clip(mean of each column of the n data rows)), in float64.
func (m *GAN) setOutputBiasFromData(data []float32, n int) {
	out := m.g[len(m.g)-1]
	d := out.Out
	sum := make([]float64, d)
	for r := 0; r < n; r++ {
		for j, v := range data[r*d : (r+1)*d] {
			sum[j] += float64(v)
		}
	}
	for j, s := range sum {
		p := min(max(s/float64(n), outputBiasClip), 1-outputBiasClip)
		out.B[j] = float32(math.Log(p / (1 - p)))
	}
}

// snapshotEvery is how often (in generator updates) the trainer copies the
// parameters, so a divergence can restore the last finite ones.
const snapshotEvery = 100

// trainer is one run of the GAN loop: both players' graphs, what a
// checkpoint holds (ganLoop: optimizer states, historical averages, the
// divergence snapshot, the sampler), the data, and the figures of the last
// update for the observer.
type trainer struct {
	ganLoop
	cfg    GANConfig
	data   []float32
	labels []int32 // nil: unconditional
	n      int
	rng    *rand.Rand

	ds *dStep
	gs *gStep
	gp *gpGraph // wgan_gp only

	z []float32 // the D step's generator input
	// Labels and codes of the D step's generated rows, of the G step's, and
	// the labels of the G step's real rows (feature matching).
	dcb, gcb *codeBatch
	realLab  []int32
	fwd      nn.Forwarder
	genBuf   mlpGenBuf // the batch-norm MLP generator's (generateMLPInto)
	packBuf  []float32 // DCGAN + pack: the real images before packing

	// The last update's figures (terms).
	sv                              map[string]float64 // tracked singular values (SVTrack)
	sd                              float64
	nc                              int
	dLoss, dNorm, pen, gLoss, gNorm float64
}

// newTrainer builds both players' graphs and optimizer states. The order of
// the draws from rng (the sampler's first permutation here, then each
// update's) is part of the results: keep it.
func (m *GAN) newTrainer(data []float32, labels []int32, n int, rng *rand.Rand, dOpt, gOpt nn.Optimizer) (*trainer, error) {
	B := m.cfg.Batch
	t := &trainer{cfg: m.cfg, data: data, labels: labels, n: n, rng: rng}
	t.m = m
	var err error
	if t.ds, err = m.buildDStep(B); err != nil {
		return nil, err
	}
	t.dst = nn.NewOptState(dOpt, t.ds.t.ParamData)
	if m.cfg.UnrolledSteps > 0 { // G's graph reads D's optimizer state
		t.gs, err = m.buildUnrolledGStep(B, dOpt, t.dst)
	} else {
		t.gs, err = m.buildGStep(B)
	}
	if err != nil {
		t.close()
		return nil, err
	}
	if m.cfg.Loss == LossWGANGP {
		if t.gp, err = m.buildGP(B); err != nil {
			t.close()
			return nil, err
		}
	}
	t.gst = nn.NewOptState(gOpt, t.gs.t.ParamData)
	t.dh, t.gh = &histAvg{lam: m.cfg.HistAvg}, &histAvg{lam: m.cfg.HistAvg}
	t.dParams, t.gParams = t.ds.t.ParamData, t.gs.t.ParamData
	t.sampler = nn.NewSampler(n, rng)
	t.z = make([]float32, B*m.cfg.pack()*m.cfg.genIn())
	t.dcb, t.gcb, t.realLab = m.newCodeBatch(B), m.newCodeBatch(B), make([]int32, B)
	t.ds.info.setCodes(t.dcb)
	t.gs.info.setCodes(t.gcb)
	t.snap = m.snapshot()
	return t, nil
}

// close releases the graphs' tape machines.
func (t *trainer) close() {
	if t.ds != nil {
		t.ds.t.Machine.Close()
	}
	if t.gs != nil {
		t.gs.t.Machine.Close()
	}
	if t.gp != nil {
		t.gp.t.Machine.Close()
	}
}

// update is one loop iteration: nc critic updates, then one generator
// update, then (every snapshotEvery) the divergence snapshot.
func (t *trainer) update(it int) error {
	t.sd = t.m.noiseStd(it)
	t.nc = t.cfg.NCritic
	if t.cfg.WGANSchedule && (it <= 25 || it%500 == 0) {
		t.nc = 100
	}
	t.pen = 0
	compensate := t.cfg.SpectralReg != "" && it%t.cfg.SREvery == 0
	sp := spectraPoint{t: t, want: t.cfg.SVTrack > 0 && (it%t.cfg.SVEvery == 0 || t.sv == nil)}
	if t.cfg.Update == UpdateSimultaneous {
		if err := t.simultaneousUpdate(); err != nil {
			return err
		}
		if compensate {
			if err := sp.compensate(); err != nil {
				return err
			}
		}
	} else {
		for k := 0; k < t.nc; k++ {
			if err := t.criticUpdate(); err != nil {
				return err
			}
			if compensate { // after each D step of the iteration, as SR-GAN's code
				if err := sp.compensate(); err != nil {
					return err
				}
			}
		}
	}
	// Not compensated this iteration: the spectra after its D steps (the G
	// step does not move D's weights).
	if err := sp.track(); err != nil {
		return err
	}
	if t.cfg.Update != UpdateSimultaneous {
		if err := t.generatorUpdate(); err != nil {
			return err
		}
		for s := 1; s < t.cfg.GSteps; s++ { // again on the same noise
			if err := t.generatorGrad(false); err != nil {
				return err
			}
			if err := t.generatorApply(); err != nil {
				return err
			}
		}
	}
	if it%snapshotEvery == 0 {
		t.m.snapshotInto(t.snap)
	}
	return nil
}

// spectraPoint records the tracked spectra of D's weights at most once per
// iteration, and before the iteration's first compensation rewrites them:
// the spectrum the D steps produced, as SR-GAN's figure plots it (its code
// logs the normalized singular values of W / sigma between compensations).
// Logged after a compensation, a static one would always read s_j / s_1 = 1
// for the top half, by construction.
type spectraPoint struct {
	t          *trainer
	want, done bool
}

// track records the spectra if this iteration logs them and has not yet.
func (p *spectraPoint) track() error {
	if !p.want || p.done {
		return nil
	}
	p.done = true
	if p.t.sv == nil {
		p.t.sv = map[string]float64{}
	}
	return p.t.m.trackSpectra(p.t.sv)
}

// compensate tracks the spectra (if due) and then compensates D's weights.
func (p *spectraPoint) compensate() error {
	if err := p.track(); err != nil {
		return err
	}
	return p.t.m.compensate()
}

// criticUpdate draws a real and a generated batch and takes one D step.
func (t *trainer) criticUpdate() error {
	if err := t.criticGrad(); err != nil {
		return err
	}
	return t.criticApply()
}

// simultaneousUpdate is the authors' step (AdversaryCost2 under pylearn2's
// SGD): both players' gradients from one pass at the current parameters,
// then both steps. G's pass through D reuses the D step's noise, hence its
// generated rows, and the dropout masks of its generated rows: the
// authors' G loss is CE(1, y_hat0) on the very y_hat0 of D's loss.
func (t *trainer) simultaneousUpdate() error {
	if err := t.criticGrad(); err != nil {
		return err
	}
	t.shareCriticPass()
	if err := t.generatorGrad(false); err != nil {
		return err
	}
	if err := t.criticApply(); err != nil {
		return err
	}
	return t.generatorApply()
}

// shareCriticPass copies the last D pass's noise and its generated rows'
// dropout masks (rows B..2B of each mask) into the G step's inputs.
func (t *trainer) shareCriticPass() {
	B := t.cfg.Batch
	copy(t.gs.z, t.z)
	for i, dm := range t.ds.masks {
		if gm := t.gs.masks[i]; dm != nil && gm != nil {
			w := len(gm) / B
			copy(gm, dm[B*w:2*B*w])
		}
	}
}

// criticGrad draws a real and a generated batch and takes D's loss and
// gradient (no step).
func (t *trainer) criticGrad() error {
	m, cfg, ds, rng := t.m, t.cfg, t.ds, t.rng
	// B packs of pack samples each (pack.go): B*pack rows of width Out
	// are B rows of width dIn.
	B, d := cfg.Batch, cfg.dIn()
	packed := m.dc != nil && cfg.pack() > 1 // images: packs interleave channels
	switch {
	case t.labels != nil:
		fillLabeled(t.sampler, ds.x[:B*d], t.data, d, t.labels, t.dcb.labels)
	case packed:
		t.packBuf = nn.Grow32(t.packBuf, B*d)
		t.sampler.Fill(t.packBuf, t.data, cfg.Out)
		packImages(ds.x[:B*d], t.packBuf, cfg.pack(), cfg.Out, cfg.DCGAN.Channels, false)
	default:
		t.sampler.Fill(ds.x[:B*d], t.data, cfg.Out)
	}
	m.genInput(t.z, t.dcb, rng)
	switch {
	case packed:
		packImages(ds.x[B*d:2*B*d], m.dc.generate(t.z, B*cfg.pack(), true), cfg.pack(), cfg.Out, cfg.DCGAN.Channels, false)
	case m.dc != nil:
		copy(ds.x[B*d:2*B*d], m.dc.generate(t.z, B, true))
	case m.gbn != nil:
		copy(ds.x[B*d:2*B*d], m.generateMLPInto(&t.genBuf, t.z, B*cfg.pack(), true))
	default:
		copy(ds.x[B*d:2*B*d], t.fwd.Run(m.g, t.z, B*cfg.pack(), false))
	}
	for r := 0; r*B < ds.nRows; r++ { // real, fake [, penalty rows]: the real rows' labels
		oneHot(ds.y, r*B, t.dcb.labels, cfg.Classes)
	}
	if t.sd > 0 {
		addNoise(ds.x[:2*B*d], t.sd, rng)
	}
	fillMasks(ds.masks, ds.ps, 2*B, rng)
	if t.gp != nil {
		// The penalty rows see the critic without dropout, as the
		// input-gradient graph does.
		for _, mb := range ds.masks {
			if mb != nil {
				w := len(mb) / (4 * B)
				for i := 2 * B * w; i < len(mb); i++ {
					mb[i] = 1
				}
			}
		}
		copy(t.gp.y, ds.y) // the real rows' labels come first
		var err error
		if t.pen, err = m.penalty(t.gp, ds, rng); err != nil {
			return err
		}
	}
	var err error
	if t.dLoss, err = ds.t.ForwardBackward(); err != nil {
		return err
	}
	return nn.Finite("discriminator loss", t.dLoss)
}

// criticApply takes D's step on the gradient of criticGrad, then its
// constraints (max column norm, clipping).
func (t *trainer) criticApply() error {
	m, cfg, ds := t.m, t.cfg, t.ds
	t.dh.apply(ds.t.ParamData, ds.t.GradData)
	t.dNorm = t.dst.Step(ds.t.ParamData, ds.t.GradData)
	if err := nn.Finite("discriminator gradient norm", t.dNorm); err != nil {
		return err
	}
	if cfg.DMaxColNorm > 0 {
		for _, l := range m.dLayers() {
			maxColNorm(l.W, l.In, l.Out, cfg.DMaxColNorm)
		}
	}
	if cfg.Clip > 0 {
		for _, p := range ds.t.ParamData {
			for i, w := range p {
				p[i] = max(-float32(cfg.Clip), min(float32(cfg.Clip), w))
			}
		}
	}
	return nil
}

// generatorUpdate draws the G step's labels, noise and (feature matching)
// real rows and takes one G step through D.
func (t *trainer) generatorUpdate() error {
	if err := t.generatorGrad(true); err != nil {
		return err
	}
	return t.generatorApply()
}

// generatorGrad takes G's loss and gradient through D (no step): on fresh
// labels, noise, real rows and dropout masks if draw, else on the inputs
// already in place (shareCriticPass).
func (t *trainer) generatorGrad(draw bool) error {
	gs := t.gs
	if draw {
		t.drawGeneratorInputs()
	}
	if gs.unrolled != nil { // the unrolled steps continue D's update count
		if err := gs.unrolled.setScalars(); err != nil {
			return err
		}
	}
	var err error
	if t.gLoss, err = gs.t.ForwardBackward(); err != nil {
		return err
	}
	return nn.Finite("generator loss", t.gLoss)
}

// generatorApply takes G's step on the gradient of generatorGrad.
func (t *trainer) generatorApply() error {
	gs := t.gs
	t.gh.apply(gs.t.ParamData, gs.t.GradData)
	t.gNorm = t.gst.Step(gs.t.ParamData, gs.t.GradData)
	return nn.Finite("generator gradient norm", t.gNorm)
}

// drawGeneratorInputs draws the G step's labels, noise, instance noise,
// (feature matching) real rows and dropout masks, in the order the
// trainer always has.
func (t *trainer) drawGeneratorInputs() {
	m, cfg, gs, rng := t.m, t.cfg, t.gs, t.rng
	B, d := cfg.Batch, cfg.Out
	if t.labels != nil {
		for i := range t.gcb.labels {
			t.gcb.labels[i] = t.labels[rng.Intn(t.n)]
		}
	}
	m.genInput(gs.z, t.gcb, rng)
	oneHot(gs.y, 0, t.gcb.labels, cfg.Classes)
	if gs.noise != nil {
		clear(gs.noise)
		if t.sd > 0 {
			addNoise(gs.noise, t.sd, rng)
		}
	}
	rows := B
	if gs.real != nil {
		if t.labels != nil {
			fillLabeled(t.sampler, gs.real, t.data, d, t.labels, t.realLab)
			oneHot(gs.y, B, t.realLab, cfg.Classes)
		} else {
			t.sampler.Fill(gs.real, t.data, d)
		}
		rows = 2 * B
	}
	fillMasks(gs.masks, gs.ps, rows, rng)
}

// diverged restores the last finite snapshot and records the update.
func (t *trainer) diverged(it int) {
	t.m.restore(t.snap)
	t.m.DivergedAt = it
}

// terms writes the observer terms of the last update (see Train).
func (t *trainer) terms(_ int, terms map[string]float64) {
	ds, gs := t.ds, t.gs
	lrD, _ := t.dst.LearningRateMomentum(t.dst.T)
	lrG, _ := t.gst.LearningRateMomentum(t.gst.T)
	terms["d_loss"], terms["g_loss"] = t.dLoss, t.gLoss
	if gs.info != nil {
		terms["d_loss"], terms["g_loss"] = t.dLoss-ds.info.weighted, t.gLoss-gs.info.weighted
		terms["mi_loss"], terms["mi_cat"], terms["mi_cont"] = gs.info.loss, gs.info.cat, gs.info.cont
	}
	terms["d_real"], terms["d_fake"] = ds.vReal, ds.vFake
	terms["d_grad_norm"], terms["g_grad_norm"] = t.dNorm, t.gNorm
	terms["lr_d"], terms["lr_g"], terms["n_critic"] = lrD, lrG, float64(t.nc)
	if t.gp != nil {
		terms["gp"] = t.pen
	}
	if t.cfg.InstanceNoise > 0 {
		terms["noise_std"] = t.sd
	}
	for k, v := range t.sv {
		terms[k] = v
	}
}

// noiseStd is the instance noise std at generator update it.
func (m *GAN) noiseStd(it int) float64 {
	s := m.cfg.InstanceNoise
	if s <= 0 {
		return 0
	}
	if m.cfg.NoiseAnneal > 0 {
		s *= math.Max(0, 1-float64(it-1)/float64(m.cfg.NoiseAnneal))
	}
	return s
}

// histAvg keeps the running mean of a player's parameters and adds the
// gradient 2 lambda (theta - mean) of the historical averaging penalty.
type histAvg struct {
	lam  float64
	n    int
	mean [][]float32
}

func (h *histAvg) apply(params, grads [][]float32) {
	if h.lam <= 0 {
		return
	}
	if h.mean == nil {
		for _, p := range params {
			h.mean = append(h.mean, append([]float32(nil), p...))
		}
	}
	h.n++
	f := float32(1 / float64(h.n))
	k := float32(2 * h.lam)
	for i, p := range params {
		m, g := h.mean[i], grads[i]
		for j, w := range p {
			m[j] += (w - m[j]) * f
			g[j] += k * (w - m[j])
		}
	}
}

// maxColNorm rescales each column of the [in, out] matrix w to L2 norm <= c.
func maxColNorm(w []float32, in, out int, c float64) {
	for j := 0; j < out; j++ {
		var n2 float64
		for i := 0; i < in; i++ {
			n2 += float64(w[i*out+j]) * float64(w[i*out+j])
		}
		if n := math.Sqrt(n2); n > c {
			f := float32(c / n)
			for i := 0; i < in; i++ {
				w[i*out+j] *= f
			}
		}
	}
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func addNoise(x []float32, std float64, rng *rand.Rand) {
	for i := range x {
		x[i] += float32(std * rng.NormFloat64())
	}
}

// fillMasks refills dropout masks (nil entries skipped).
func fillMasks(bufs [][]float32, ps []float64, _ int, rng *rand.Rand) {
	for i, b := range bufs {
		if b != nil {
			nn.FillMask(b, ps[i], rng)
		}
	}
}

// snapshot copies every parameter (G and D), finite or not.
func (m *GAN) snapshot() [][]float32 {
	var s [][]float32
	for _, p := range m.params() {
		s = append(s, append([]float32(nil), p...))
	}
	return s
}

// snapshotInto refreshes a snapshot taken by snapshot in place (no garbage).
func (m *GAN) snapshotInto(s [][]float32) {
	for i, p := range m.params() {
		copy(s[i], p)
	}
}

func (m *GAN) restore(s [][]float32) {
	for i, p := range m.params() {
		copy(p, s[i])
	}
}
