package stages

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/rand"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/memory"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/reports"
)

// memoryGANTrainKind trains MemoryGAN (models/gan/memorygan.go: a DCGAN
// generator on [z, K_c], a conv discriminator whose output is read from a
// discriminative memory) on square one-channel images, then samples it.
// Its own kind rather than a gan_train arch: its memory, slot-conditioned
// generator and MI loss share none of gan_train's loss and trick
// attributes. memory = false is the ablation without the memory (plain D
// head, G on z alone); lambda = 0 the ablation without the MI loss. The
// model artifact holds the generator and the memory's state. Training
// checkpoints like gan_train's (networks, Adam moments, sampler, memory,
// the random generator's position) and resumes bit for bit.
type memoryGANTrainKind struct{ info }

func newMemoryGANTrainKind() *memoryGANTrainKind {
	return &memoryGANTrainKind{info{
		name: "memorygan_train", version: "2",
		summary: "train MemoryGAN (Kim et al. 2018: memory-read discriminator, slot-conditioned generator), then sample it",
		attrs: []attr{
			refAttr("data", "training images (matrix of square one-channel images in [0, 1])").req(),
			wholesAttr("g_channels", "generator feature maps from its FC layer (DCGAN deconvs)").notEmpty().atLeast(1).dflt([]int{128, 128}),
			wholesAttr("d_channels", "discriminator conv feature maps").notEmpty().atLeast(1).dflt([]int{64, 128, 256}),
			wholeAttr("noise", "z dimensions, U(-1, 1)").atLeast(1).dflt(2.0),
			boolAttr("memory", "use the memory (false: the plain-D ablation, G on z alone)").dflt(true),
			wholeAttr("slots", "memory slots N").atLeast(2).dflt(4096.0),
			wholeAttr("key_dim", "key and query dimension M").atLeast(1).dflt(256.0),
			wholeAttr("top_k", "slots a read or an update looks at").atLeast(1).dflt(128.0),
			numAttr("lambda", "weight of the mutual-information loss (0: the no-MI ablation)").atLeast(0).dflt(1e-2),
			numAttr("reset_hist", "h of a memory slot written by replacement; 1 is a non-authors' variant that ends the authors' start-up lock (docs/results/memorygan.md)").
				above(0).addedLater().nullMeans("the mean h of all slots before the update (the authors' rule)"),
			wholeAttr("batch", "examples per step").atLeast(1).dflt(64.0),
			wholeAttr("iters", "iterations (a D step then a G step)").req().atLeast(1),
			numAttr("lr", "Adam learning rate of both players").above(0).dflt(2e-4),
			numAttr("beta1", "Adam beta1").fraction().dflt(0.5),
			numAttr("beta2", "Adam beta2").fraction().dflt(0.999),
			wholeAttr("samples", "samples drawn after training").atLeast(1).dflt(10000.0),
			recordSecondsAttr(),
			logEveryAttr(100),
		},
		outputs: []string{"model", "samples", "history", "metrics"},
		metrics: []string{"d_loss", "g_loss", "mi_loss", "d_real", "d_fake", "real_slots", "train_seconds"},
	}}
}

func (k *memoryGANTrainKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	data, err := readMatrix(job, c, "data")
	if err != nil {
		return err
	}
	opt := nn.Optimizer{Kind: nn.OptAdam, LR: c.float("lr"), Beta1: c.float("beta1"), Beta2: c.float("beta2")}
	cfg := gan.MemoryGANConfig{
		Channels: 1, NoiseDim: c.int("noise"), GChannels: c.ints("g_channels"), DChannels: c.ints("d_channels"),
		Memory: memory.Config{Slots: c.int("slots"), Dim: c.int("key_dim"), TopK: c.int("top_k"),
			ResetHist: c.floatOr("reset_hist", 0)},
		Lambda: c.float("lambda"), NoMemory: !c.bool("memory"),
		Batch: c.int("batch"), Iters: c.int("iters"), DOpt: opt, GOpt: opt,
	}
	nSamples := c.int("samples")
	rec := newRecorder(job.Progress, c.int("log_every"))
	if err := c.err(); err != nil {
		return err
	}
	h, w, err := imageShape(data)
	if err != nil {
		return fmt.Errorf("data: %w", err)
	}
	cfg.Side = h
	_ = w
	if cfg.Batch > data.Rows {
		return fmt.Errorf("batch: %d is more than the %d rows of the data", cfg.Batch, data.Rows)
	}
	rng, src := newCountedRand(job)
	m, err := gan.NewMemoryGAN(cfg, rng)
	if err != nil {
		return err
	}
	ck := newTrainCheckpoint(job, src, rec, "train", 1, cfg.Iters)
	m.Hook = ck
	if err := m.Train(ctx, data.Data, data.Rows, rng, rec.observer("train")); err != nil {
		return ck.checkpointErr(err)
	}
	secs := ck.elapsed().Seconds() // over every process that trained it, if resumed
	job.Progress.Logf("trained %d iterations in %.1f s (%.1f ms per iteration)", cfg.Iters, secs, 1000*secs/float64(cfg.Iters))
	if err := writeModel(job, "model", m.GeneratorParams(), m.GeneratorArch()); err != nil {
		return err
	}
	if err := rec.write(job, "history"); err != nil {
		return err
	}
	out := &artifact.Matrix{Rows: nSamples, Cols: data.Cols, Data: m.Sample(nSamples, rng),
		Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr}}
	if sh, ok := data.Meta["shape"]; ok {
		out.Meta["shape"] = sh
	}
	if err := artifact.WriteMatrix(job.Output("samples"), out); err != nil {
		return err
	}
	rows := []artifact.Metric{
		metric("d_loss", tailMean(rec, "d_loss", 10), 0, cfg.Iters),
		metric("g_loss", tailMean(rec, "g_loss", 10), 0, cfg.Iters),
		metric("d_real", tailMean(rec, "d_real", 10), 0, cfg.Iters),
		metric("d_fake", tailMean(rec, "d_fake", 10), 0, cfg.Iters),
	}
	if !cfg.NoMemory {
		rows = append(rows, metric("mi_loss", tailMean(rec, "mi_loss", 10), 0, cfg.Iters),
			metric("real_slots", tailMean(rec, "real_slots", 10), 0, cfg.Iters))
	}
	if c.bool("record_seconds") {
		rows = append(rows, metric("train_seconds", secs, 0, cfg.Iters))
	}
	return writeMetrics(job, "metrics", rows...)
}

// memoryGANFiguresKind draws a trained MemoryGAN: samples per memory slot
// (rows: the real-valued slots of largest h, columns: z values shared by
// the rows, so a row shows what one slot fixes), the slot usage (histogram
// of log10 h for real- and fake-valued slots) and a grid of samples drawn
// as the generator is sampled (slots by h * v). With a classifier it also
// measures whether a slot fixes the class (slotPurity) and draws one slot
// per class.
type memoryGANFiguresKind struct{ info }

func newMemoryGANFiguresKind() *memoryGANFiguresKind {
	return &memoryGANFiguresKind{info{
		name: "memorygan_figures", version: "2",
		summary: "a MemoryGAN's samples per memory slot, its slot usage histogram and a sample grid; with a classifier, how pure in class each slot's samples are",
		attrs: []attr{
			refAttr("model", "a memorygan_train model (with memory)").req(),
			wholeAttr("slots", "rows of the per-slot figure: the real slots of largest h").atLeast(1).dflt(10.0),
			wholeAttr("columns", "z values per slot").atLeast(1).dflt(10.0),
			wholeAttr("grid", "side of the sample grid").atLeast(1).dflt(10.0),
			// Added after version 1's keys were written: unset, they stay
			// out of the key and nothing is measured.
			refAttr("classifier", "a classifier_train model of the training data's classes: measure the class purity of each slot's samples and draw one slot per class (slot_classes.png)").
				addedLater().nullMeans("no purity measurement"),
			wholeAttr("purity_slots", "slots measured: the used real-valued slots of largest h").atLeast(1).addedLater().nullMeans("100"),
			wholeAttr("purity_samples", "samples (independent z) per measured slot").atLeast(2).addedLater().nullMeans("50"),
		},
		outputs: []string{"figure", "metrics"},
		metrics: []string{"real_slots", "used_real_slots", "used_fake_slots", "slot_purity", "sample_purity", "slot_classes"},
	}}
}

// slotUsed is the histogram weight above which the figures count a slot as
// used: 100 times the authors' initial 1e-5 (a slot never chosen keeps it).
const slotUsed = 1e-3

func (k *memoryGANFiguresKind) Run(ctx context.Context, job *pipeline.Job) error {
	c := k.config(job)
	t, err := readModel(job, c, "model")
	if err != nil {
		return err
	}
	m, err := gan.MemoryGANFrom(t.Meta, paramsOf(t))
	if err != nil {
		return fmt.Errorf("model: %w", err)
	}
	rows, cols, grid := c.int("slots"), c.int("columns"), c.int("grid")
	if err := c.err(); err != nil {
		return err
	}
	mem := m.Memory()
	if mem == nil {
		return fmt.Errorf("model: a MemoryGAN without memory has no slots to draw")
	}
	side := m.Config().Side
	rng := newRand(job)
	files := &artifact.Files{Meta: map[string]string{artifact.MetaProducer: job.Stage.Addr}}
	addGrid := func(name string, pix []float32, n, r, cl int) error {
		return addPNG(files, name, reports.SampleGrid(pix, n, side, side, r, cl))
	}
	// Per slot: the real slots of largest h, each row the same z columns.
	top := topRealSlots(mem, rows)
	if len(top) == 0 {
		return fmt.Errorf("model: no slot of the memory is valued real")
	}
	zd := m.Config().NoiseDim
	zc := make([]float32, cols*zd)
	nn.FillNoise(zc, rng)
	// slotGrid draws a row per slot, the same z columns zc in every row.
	slotGrid := func(name string, rowSlots []int) error {
		n := len(rowSlots) * cols
		z, slots := make([]float32, n*zd), make([]int, n)
		for i := range n {
			copy(z[i*zd:(i+1)*zd], zc[(i%cols)*zd:(i%cols+1)*zd])
			slots[i] = rowSlots[i/cols]
		}
		x, err := m.GenerateFrom(z, slots, n)
		if err != nil {
			return err
		}
		return addGrid(name, x, n, len(rowSlots), cols)
	}
	if err := slotGrid("slot_samples.png", top); err != nil {
		return err
	}
	if err := addGrid("samples.png", m.Sample(grid*grid, rng), grid*grid, grid, grid); err != nil {
		return err
	}
	var realH, fakeH []float64
	usedReal, usedFake, realN := 0, 0, 0
	for i, h := range mem.Hist {
		lh := math.Log10(math.Max(h, 1e-12))
		if mem.Values[i] == 1 {
			realH, realN = append(realH, lh), realN+1
			if h > slotUsed {
				usedReal++
			}
		} else {
			fakeH = append(fakeH, lh)
			if h > slotUsed {
				usedFake++
			}
		}
	}
	var buf bytes.Buffer
	if err := reports.Histograms(&buf, "memory slot usage", "log10 h", map[string][]float64{"real-valued slots": realH, "fake-valued slots": fakeH}, 40); err != nil {
		return err
	}
	files.Names, files.Data = append(files.Names, "slot_usage.png"), append(files.Data, buf.Bytes())
	job.Progress.Logf("%d real-valued slots (%d with h > %g), %d fake-valued (%d)", realN, usedReal, slotUsed, len(mem.Hist)-realN, usedFake)
	rowsOut := []artifact.Metric{
		metric("real_slots", float64(realN), 0, len(mem.Hist)),
		metric("used_real_slots", float64(usedReal), 0, len(mem.Hist)),
		metric("used_fake_slots", float64(usedFake), 0, len(mem.Hist)),
	}
	if c.has("classifier") {
		clf, err := loadClassifier(job, c, "classifier")
		if err != nil {
			return err
		}
		if clf.InDim() != m.OutDim() {
			return fmt.Errorf("classifier: takes %d values per image, the model draws %d", clf.InDim(), m.OutDim())
		}
		nSlots, per := 100, 50
		if c.has("purity_slots") {
			nSlots = c.int("purity_slots")
		}
		if c.has("purity_samples") {
			per = c.int("purity_samples")
		}
		if err := c.err(); err != nil {
			return err
		}
		var used []int
		for _, s := range topRealSlots(mem, len(mem.Hist)) {
			if mem.Hist[s] > slotUsed && len(used) < nSlots {
				used = append(used, s)
			}
		}
		if len(used) == 0 {
			return fmt.Errorf("model: no real-valued slot has h > %g: no slot to measure", slotUsed)
		}
		p, err := measureSlotPurity(m, clf.Classes(), func(x []float32, n int) []int32 {
			_, logits := clf.Forward(x, n)
			return argmaxRows(logits, n, clf.Classes())
		}, used, per, rng)
		if err != nil {
			return err
		}
		sp, sps := meanStderr(p.slot)
		rp, rps := meanStderr(p.drawn)
		job.Progress.Logf("class purity of %d samples per slot: %.3f ± %.3f over %d slots (modal classes: %d distinct); groups drawn as the generator samples: %.3f ± %.3f",
			per, sp, sps, len(used), p.classes(), rp, rps)
		// One row per class: the measured slot of largest h whose samples
		// are mostly that class, with the per-slot figure's z columns.
		var byClass []int
		for cl := range clf.Classes() {
			for i, s := range used {
				if p.modal[i] == int32(cl) {
					byClass = append(byClass, s)
					job.Progress.Logf("slot_classes.png row %d: slot %d, class %d, purity %.2f, h %.3g", len(byClass), s, cl, p.slot[i], mem.Hist[s])
					break
				}
			}
		}
		if err := slotGrid("slot_classes.png", byClass); err != nil {
			return err
		}
		rowsOut = append(rowsOut,
			metric("slot_purity", sp, sps, len(used)),
			metric("sample_purity", rp, rps, len(p.drawn)),
			metric("slot_classes", float64(p.classes()), 0, len(used)))
	}
	if err := artifact.WriteFiles(job.Output("figure"), files); err != nil {
		return err
	}
	return writeMetrics(job, "metrics", rowsOut...)
}

// slotPurity is whether a memory slot fixes the class of what the
// generator draws from it. For each measured slot, `per` images from
// independent z are classified; the slot's purity is the fraction in its
// most frequent (modal) class. drawn is the same statistic for groups of
// `per` images drawn as the generator samples (slots by h v): the purity a
// group has when its slots are mixed, the reference a slot's purity is read
// against (1 / classes for a uniform class mix, more for an unbalanced one).
type slotPurity struct {
	slot  []float64 // per measured slot
	modal []int32   // each measured slot's modal class
	drawn []float64 // per group of generator samples
}

// classes counts the distinct modal classes of the measured slots.
func (p slotPurity) classes() int {
	seen := map[int32]bool{}
	for _, c := range p.modal {
		seen[c] = true
	}
	return len(seen)
}

// measureSlotPurity draws per images from each of slots and as many groups
// of per generator samples, and classifies them with classify.
func measureSlotPurity(m *gan.MemoryGAN, classes int, classify func(x []float32, n int) []int32, slots []int, per int, rng *rand.Rand) (slotPurity, error) {
	zd := m.Config().NoiseDim
	n := len(slots) * per
	z, at := make([]float32, n*zd), make([]int, n)
	nn.FillNoise(z, rng)
	for i := range at {
		at[i] = slots[i/per]
	}
	x, err := m.GenerateFrom(z, at, n)
	if err != nil {
		return slotPurity{}, err
	}
	var p slotPurity
	if p.slot, p.modal, err = groupPurity(classify(x, n), per, classes); err != nil {
		return slotPurity{}, err
	}
	drawn := m.Sample(n, rng)
	if p.drawn, _, err = groupPurity(classify(drawn, n), per, classes); err != nil {
		return slotPurity{}, err
	}
	return p, nil
}

// groupPurity splits predicted classes (0 <= c < classes) into consecutive
// groups of per and returns each group's modal fraction and modal class
// (the lower class on ties).
func groupPurity(pred []int32, per, classes int) (purity []float64, modal []int32, err error) {
	if per <= 0 || len(pred)%per != 0 {
		return nil, nil, fmt.Errorf("purity: %d predictions in groups of %d", len(pred), per)
	}
	count := make([]int, classes)
	for g := 0; g < len(pred); g += per {
		clear(count)
		for _, c := range pred[g : g+per] {
			if c < 0 || int(c) >= classes {
				return nil, nil, fmt.Errorf("purity: class %d outside [0, %d)", c, classes)
			}
			count[c]++
		}
		best := 0
		for c, k := range count {
			if k > count[best] {
				best = c
			}
		}
		purity = append(purity, float64(count[best])/float64(per))
		modal = append(modal, int32(best))
	}
	return purity, modal, nil
}

// topRealSlots returns up to n real-valued slots by decreasing h (the lower
// index first on ties).
func topRealSlots(mem *memory.Memory, n int) []int {
	var idx []int
	for i, v := range mem.Values {
		if v == 1 {
			idx = append(idx, i)
		}
	}
	for i := 1; i < len(idx); i++ { // insertion sort: stable, small n
		for j := i; j > 0 && mem.Hist[idx[j]] > mem.Hist[idx[j-1]]; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	return idx[:min(n, len(idx))]
}
