package gan

import (
	"context"
	"fmt"
	"math"
	"math/rand"

	"github.com/ganpipe/ganpipe/models/memory"
	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
)

// mgStep is one player's training graph. Its D copy sees the D step's 2B
// rows [real B | generated B] or the G step's B generated rows (the
// authors' G loss needs D's output on the generated batch only, so their G
// step neither runs D on the real batch nor updates the memory with it).
// The head's output (the unnormalised queries [rows, M], or the logits
// [rows, 1] without memory) goes into a loss op (mgStep.loss) that reads
// the memory.
type mgStep struct {
	t        *nn.GraphNet
	player   byte          // 'd' or 'g'
	x        []float32     // D step: the 2B images (nil in the G step)
	z        []float32     // G step: the generator's input rows
	rows     int           // rows D sees: 2B (D step) or B (G step)
	realOff  int           // first real row (-1: none, the G step)
	fakeOff  int           // first generated row
	kc       []float32     // the generated rows' keys K_c [B, M] (MI target)
	qn       []float32     // the last run's normalised queries [2B, M]
	adv, mi  float64       // the last run's adversarial and (unweighted) MI losses
	vReal    float64       // mean D output on the real rows
	vFake    float64       // ... and on the generated rows
	reads    []memory.Read // the last run's memory reads, one per row
	memState *MemoryGAN
}

// features adds D's conv net on x [N, Out] (batch norm over groups of
// `group` rows) and returns its flattened last feature maps.
func (m *MemoryGAN) features(t *nn.GraphNet, x *G.Node, trainable bool, group int) (*G.Node, error) {
	N := x.Shape()[0]
	weight := func(l *nn.Layer, name string) (*G.Node, error) {
		return node(t, name, l.W, trainable, l.In, l.Out), nil
	}
	cur, err := m.gan.dc.convStack(t, x, weight, trainable, group, "memorygan", "d")
	if err != nil {
		return nil, err
	}
	return nn.Reshape(cur, N, m.cfg.flat())
}

// head adds D's last layer on the features: the query (linear map + batch
// norm, no activation) or, without memory, the logit.
func (m *MemoryGAN) head(t *nn.GraphNet, feat *G.Node, trainable bool, group int) (*G.Node, error) {
	if m.cfg.NoMemory {
		o := m.gan.dOut
		v, err := t.Matmul(feat, node(t, "d.out.W", o.W, trainable, o.In, o.Out))
		if err != nil {
			return nil, err
		}
		return nn.ApplyBiasAct(nn.Linear, v, node(t, "d.out.b", o.B, trainable, 1))
	}
	q, err := t.Matmul(feat, node(t, "d.query.W", m.qW.W, trainable, m.qW.In, m.qW.Out))
	if err != nil {
		return nil, err
	}
	return G.ApplyOp(newBatchNormOp(batchNormOp{rows: group, eps: dcganBNEps, diffParams: trainable}), q,
		node(t, "d.query.gamma", m.qBN.W, trainable, m.qBN.Out), node(t, "d.query.beta", m.qBN.B, trainable, m.qBN.Out))
}

// buildStep builds player p's graph ('d' or 'g') for batches of B.
func (m *MemoryGAN) buildStep(p byte, B int) (*mgStep, error) {
	out := m.OutDim()
	s := &mgStep{t: nn.NewGraphNet(), player: p, memState: m}
	var x *G.Node
	var err error
	if p == 'd' {
		x, s.x = s.t.Input("x", 2*B, out)
		s.rows, s.realOff, s.fakeOff = 2*B, 0, B
	} else {
		zn, z := s.t.Input("z", B, m.cfg.genIn())
		s.z = z
		if x, err = m.gan.dc.generator(s.t, zn); err != nil {
			return nil, err
		}
		s.rows, s.realOff, s.fakeOff = B, -1, 0
	}
	feat, err := m.features(s.t, x, p == 'd', B)
	if err != nil {
		return nil, err
	}
	v, err := m.head(s.t, feat, p == 'd', B)
	if err != nil {
		return nil, err
	}
	if !m.cfg.NoMemory {
		M := m.cfg.Memory.Dim
		s.kc, s.qn = make([]float32, B*M), make([]float32, s.rows*M)
	}
	cost, err := nn.ApplyLoss("memorygan_"+string(p), s.loss, v)
	if err != nil {
		return nil, err
	}
	return s, s.t.Compile(cost)
}

// loss is the player's loss on the head's output v and its gradient dv:
// the clipped cross-entropies of D's outputs (read from the memory, or the
// sigmoid of the logits) plus lambda times the MI loss.
func (s *mgStep) loss(v, dv []float32) float64 {
	m := s.memState
	n := s.rows
	B := n
	if s.player == 'd' {
		B = n / 2
	}
	outs := make([]float64, n)
	if m.cfg.NoMemory {
		for r := range outs {
			outs[r] = sigmoid(float64(v[r]))
		}
	} else {
		s.normalize(v, n)
		s.reads = m.mem.ReadBatch(s.qn, n)
		for r, rd := range s.reads {
			outs[r] = rd.Output
		}
	}
	// dL/d(output) per row, and the adversarial loss.
	dout := make([]float64, n)
	s.adv, s.vReal, s.vFake = 0, 0, 0
	inv := 1 / float64(B)
	for r := range B {
		fake := s.fakeOff + r
		s.vFake += outs[fake] * inv
		if s.player == 'd' {
			real := s.realOff + r
			s.vReal += outs[real] * inv
			l, d := clippedNegLog(outs[real])
			s.adv += l * inv
			dout[real] = d * inv
			l, d = clippedNegLog(1 - outs[fake])
			s.adv += l * inv
			dout[fake] = -d * inv
		} else { // saturating: minimise log clip(1 - D(G(z)))
			l, d := clippedNegLog(1 - outs[fake])
			s.adv -= l * inv
			dout[fake] = d * inv
		}
	}
	clear(dv)
	if m.cfg.NoMemory {
		for r, o := range outs {
			dv[r] = float32(dout[r] * o * (1 - o))
		}
		return s.adv
	}
	s.queryGrad(v, dv, dout, n)
	s.mi = s.miLoss(v, dv, B)
	return s.adv + m.cfg.Lambda*s.mi
}

// clippedNegLog is -log(clip(y)) and its derivative in y (0 where the clip
// holds y at a bound).
func clippedNegLog(y float64) (float64, float64) {
	if y <= memoryGANClip {
		return -math.Log(memoryGANClip), 0
	}
	if y >= 1-memoryGANClip {
		return -math.Log(1 - memoryGANClip), 0
	}
	return -math.Log(y), -1 / y
}

// normalize writes the L2-normalised rows of v into s.qn (a zero row stays
// zero: tf.nn.l2_normalize divides by max(|v|, 1e-6)).
func (s *mgStep) normalize(v []float32, n int) {
	M := len(v) / n
	for r := range n {
		row, dst := v[r*M:(r+1)*M], s.qn[r*M:(r+1)*M]
		inv := 1 / math.Max(norm32(row), 1e-6)
		for j, x := range row {
			dst[j] = float32(float64(x) * inv)
		}
	}
}

func norm32(v []float32) float64 {
	s := 0.0
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}

// queryGrad adds dL/dv for the memory read: with posterior p_j over the
// top-k slots (keys held constant, as the authors' stop_gradient does),
// d out / d qhat = kappa sum_j p_j (v_j - out) K_j, and through the
// normalisation dv = (g - qhat (qhat . g)) / |v|.
func (s *mgStep) queryGrad(v, dv []float32, dout []float64, n int) {
	mem := s.memState.mem
	c := mem.Config()
	M := c.Dim
	reads := s.reads
	g := make([]float64, M)
	for r := range n {
		if dout[r] == 0 {
			continue
		}
		rd := reads[r]
		clear(g)
		for j, slot := range rd.Slots {
			w := dout[r] * c.Kappa * rd.Posterior[j] * (mem.Values[slot] - rd.Output)
			if w == 0 {
				continue
			}
			for k, kv := range mem.Keys[slot*M : (slot+1)*M] {
				g[k] += w * kv
			}
		}
		q := s.qn[r*M : (r+1)*M]
		dot := 0.0
		for k, qk := range q {
			dot += float64(qk) * g[k]
		}
		inv := 1 / math.Max(norm32(v[r*M:(r+1)*M]), 1e-6)
		for k, qk := range q {
			dv[r*M+k] += float32((g[k] - float64(qk)*dot) * inv)
		}
	}
}

// miLoss is mean over the generated rows' elements of (v - K_c)^2; it adds
// lambda times its gradient to dv.
func (s *mgStep) miLoss(v, dv []float32, B int) float64 {
	m := s.memState
	M := m.cfg.Memory.Dim
	off := s.fakeOff * M
	inv := 1 / float64(B*M)
	sum := 0.0
	for i, k := range s.kc {
		d := float64(v[off+i]) - float64(k)
		sum += d * d
		dv[off+i] += float32(2 * m.cfg.Lambda * d * inv)
	}
	return sum * inv
}

// updateMemory runs the memory update of one step: in the D step the real
// rows' queries with label 1, then the generated rows' with label 0; in
// the G step the generated rows' only.
func (s *mgStep) updateMemory(B int) error {
	mem := s.memState.mem
	if mem == nil {
		return nil
	}
	M := mem.Config().Dim
	if s.realOff >= 0 {
		ones := make([]float64, B)
		for i := range ones {
			ones[i] = 1
		}
		if err := mem.Update(s.qn[s.realOff*M:(s.realOff+B)*M], ones); err != nil {
			return err
		}
	}
	return mem.Update(s.qn[s.fakeOff*M:(s.fakeOff+B)*M], make([]float64, B))
}

// fillGenInput draws the generator's input rows into in [B, genIn]: z ~
// U(-1, 1) and, with memory, the key of a slot drawn by h * v (its key
// also into kc, the MI target).
func (m *MemoryGAN) fillGenInput(in, kc []float32, B int, rng *rand.Rand) {
	zd, w := m.cfg.NoiseDim, m.cfg.genIn()
	for r := range B {
		row := in[r*w : (r+1)*w]
		nn.FillNoise(row[:zd], rng)
		if m.mem == nil {
			continue
		}
		M := m.cfg.Memory.Dim
		key := row[zd:]
		clear(key)
		if c := m.mem.SampleSlot(rng.Float64()); c >= 0 {
			for j, v := range m.mem.Keys[c*M : (c+1)*M] {
				key[j] = float32(v)
			}
		}
	}
	m.keysOf(kc, in, B)
}

// Train runs cfg.Iters iterations on n data rows (n x Side^2 Channels):
// each a D step on a real and a generated batch, followed by the memory
// update with both, then a G step on a generated batch, followed by the
// memory update with it, as the authors' train.py alternates them. Observer terms: d_loss and g_loss (adversarial parts), mi_loss
// (the G step's, unweighted), d_real and d_fake (D's mean output in the D
// step), real_slots (the fraction of slots valued real), d_grad_norm,
// g_grad_norm. A non-finite loss stops training with an error wrapping
// nn.ErrDiverged.
func (m *MemoryGAN) Train(ctx context.Context, data []float32, n int, rng *rand.Rand, obs nn.Observer) error {
	cfg := m.cfg
	if err := nn.CheckData(data, n, m.OutDim()); err != nil {
		return err
	}
	if cfg.Batch <= 0 || cfg.Iters <= 0 || cfg.Batch > n {
		return fmt.Errorf("models: memorygan batch %d (at most the %d rows) and iterations %d must be positive", cfg.Batch, n, cfg.Iters)
	}
	if m.arch != nil {
		return fmt.Errorf("models: a loaded memorygan is for sampling only")
	}
	if err := cfg.DOpt.Validate(); err != nil {
		return fmt.Errorf("discriminator optimizer: %w", err)
	}
	if err := cfg.GOpt.Validate(); err != nil {
		return fmt.Errorf("generator optimizer: %w", err)
	}
	B := cfg.Batch
	ds, err := m.buildStep('d', B)
	if err != nil {
		return err
	}
	defer ds.t.Machine.Close()
	gs, err := m.buildStep('g', B)
	if err != nil {
		return err
	}
	defer gs.t.Machine.Close()
	dst, gst := nn.NewOptState(cfg.DOpt, ds.t.ParamData), nn.NewOptState(cfg.GOpt, gs.t.ParamData)
	sampler := nn.NewSampler(n, rng)
	zD := make([]float32, B*cfg.genIn())
	var dLoss, gLoss, dNorm, gNorm float64
	step := func(int) error {
		out := m.OutDim()
		sampler.Fill(ds.x[:B*out], data, out)
		m.fillGenInput(zD, ds.kc, B, rng)
		copy(ds.x[B*out:], m.gan.dc.generate(zD, B, true))
		if dLoss, err = ds.t.ForwardBackward(); err != nil {
			return err
		}
		if err := nn.Finite("discriminator loss", dLoss); err != nil {
			return err
		}
		if dNorm = dst.Step(ds.t.ParamData, ds.t.GradData); !finite(dNorm) {
			return nn.Finite("discriminator gradient norm", dNorm)
		}
		if err := ds.updateMemory(B); err != nil {
			return err
		}
		m.fillGenInput(gs.z, gs.kc, B, rng)
		if gLoss, err = gs.t.ForwardBackward(); err != nil {
			return err
		}
		if err := nn.Finite("generator loss", gLoss); err != nil {
			return err
		}
		if gNorm = gst.Step(gs.t.ParamData, gs.t.GradData); !finite(gNorm) {
			return nn.Finite("generator gradient norm", gNorm)
		}
		return gs.updateMemory(B)
	}
	terms := func(_ int, t map[string]float64) {
		t["d_loss"], t["g_loss"], t["d_real"], t["d_fake"] = ds.adv, gs.adv, ds.vReal, ds.vFake
		t["d_grad_norm"], t["g_grad_norm"] = dNorm, gNorm
		if m.mem != nil {
			t["mi_loss"] = gs.mi
			t["real_slots"] = mean(m.mem.Values)
		}
	}
	l := nn.Loop{Iters: cfg.Iters, Unit: "iteration", Step: step, Terms: terms, Observer: obs}
	if m.Hook != nil {
		l.Hook, l.State = m.Hook, &mgLoop{m: m, dst: dst, gst: gst, sampler: sampler}
	}
	return l.Run(ctx)
}

func mean(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(max(len(v), 1))
}
