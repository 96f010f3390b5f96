package gan

import (
	"fmt"
	"math"
	"strconv"

	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// Unrolled GAN (Metz et al. 2017; poolio/unrolled_gan, the 2-D demo): the
// generator's loss is taken through k updates of the discriminator,
//
//	w_0 = D's current weights, w_{j+1} = w_j + Opt(grad_w L_D(w_j)),
//	L_G = f(theta_G, w_k),
//
// and G's gradient is the total derivative of L_G in theta_G, through w_k's
// dependence on theta_G (the second-order terms: the gradient of grad_w L_D
// in theta_G). D itself still takes its ordinary step; only G sees the
// unrolled D.
//
// gorgonia differentiates a graph once (a node keeps the derivative of the
// first Grad call, so a second call over the same nodes reuses it), so the
// D gradients of the unrolled steps are not built with G.Grad: they are
// written out as graph nodes of standard ops (matmul, transpose, tanh,
// sigmoid, Hadamard products; every one has a SymDiff), and the graph's
// single G.Grad (GraphNet.Compile, in G's parameters) differentiates
// through them. That restricts the unrolled D to what this file writes
// out: an MLP of tanh layers and a linear output, the logistic (minimax /
// non-saturating) loss, no dropout, packing or normalization.
//
// The unrolled steps use D's own rule on D's own state: Adam's update with
// its moments m, v and step count t (continuing from the real optimizer's,
// as the demo's graph_replace of Keras' Adam updates), unrolled as graph
// nodes (the gradient flows through m, v and sqrt(v)); or plain SGD. All k
// steps see the G step's one real batch and its generated rows (the demo
// replaces the variables in one graph over one minibatch).
//
// G's loss on w_k: minimax: -L_D(w_k), real rows included (the demo's
// -unrolled_loss: the real term depends on theta_G through w_k);
// nonsaturating: E softplus(-D_{w_k}(G(z))) (the fake term only).

// validateUnrolled rejects unrolling with what the written-out D gradient
// does not cover.
func (c *GANConfig) validateUnrolled() error {
	if c.UnrolledSteps < 0 {
		return fmt.Errorf("models: unrolled_steps %d must be at least 0", c.UnrolledSteps)
	}
	if c.UnrolledSteps == 0 {
		return nil
	}
	if c.Arch == ArchDCGAN || c.DPieces > 1 || c.DAct != DActTanh {
		return fmt.Errorf("models: unrolled_steps needs an MLP discriminator of tanh units (d_pieces 1, d_act tanh)")
	}
	if c.Loss != LossMinimax && c.Loss != LossNonSaturating {
		return fmt.Errorf("models: unrolled_steps takes the minimax or nonsaturating loss, not %q", c.Loss)
	}
	if c.DDropIn > 0 || c.DDrop > 0 || c.SpectralNorm || c.SpectralReg != "" || c.MBDKernels > 0 ||
		c.FeatureMatching || c.pack() > 1 || c.extraIn() > 0 || c.InstanceNoise > 0 ||
		c.LabelSmooth != 1 || c.DLossScale != 1 || c.Update != UpdateAlternating ||
		c.DMaxColNorm > 0 || c.Clip > 0 || c.HistAvg > 0 || c.WGANSchedule {
		return fmt.Errorf("models: unrolled_steps takes a plain D (no dropout, spectral norm or regularization, " +
			"minibatch discrimination, feature matching, packing, codes, instance noise, label smoothing, D loss scale, " +
			"max norm, clipping, historical averaging, WGAN schedule) and alternating updates")
	}
	return nil
}

// checkUnrolledOpt rejects a D optimizer the unrolled steps do not write
// out: Adam without weight decay, or SGD without momentum, decay or
// weight decay.
func checkUnrolledOpt(o nn.Optimizer) error {
	ok := o.WeightDecay == 0 && len(o.Schedule) == 0 && o.Clip == 0
	switch o.Kind {
	case nn.OptAdam:
	case nn.OptSGD:
		ok = ok && o.Momentum == 0 && o.MomentumEnd == 0 && (o.Decay == 0 || o.Decay == 1) && o.MinLR == 0
	default:
		ok = false
	}
	if !ok {
		return fmt.Errorf("models: unrolled_steps unrolls Adam (no weight decay) or plain SGD (no momentum, decay or weight decay) for D, not %+v", o)
	}
	return nil
}

// unrollStep holds the per-update scalars of one unrolled optimizer step
// (Adam's bias-corrected step size and epsilon; SGD's learning rate).
type unrollStep struct{ step, eps *G.Node }

// unrolledG is what the unrolled G step's graph adds to gStep: the scalar
// inputs of each unrolled step and the D optimizer they follow.
type unrolledG struct {
	opt          nn.Optimizer
	st           *nn.OptState // D's optimizer state: moments bound into the graph, T read each step
	steps        []unrollStep
	unrolledLoss float64 // G's loss at w_k in the last run
}

// setScalars writes the unrolled steps' scalars for D's next updates
// T+1 .. T+k (the real optimizer has taken T).
func (u *unrolledG) setScalars() error {
	for j, s := range u.steps {
		step, eps := u.opt.LR, 0.0
		if u.opt.Kind == nn.OptAdam {
			t := float64(u.st.T + j + 1)
			c1, c2 := 1-math.Pow(u.opt.Beta1, t), 1-math.Pow(u.opt.Beta2, t)
			step, eps = u.opt.LR*math.Sqrt(c2)/c1, u.opt.Eps*math.Sqrt(c2) // as nn's adamStep
		}
		if err := G.Let(s.step, float32(step)); err != nil {
			return err
		}
		if s.eps != nil {
			if err := G.Let(s.eps, float32(eps)); err != nil {
				return err
			}
		}
	}
	return nil
}

// stdD is one copy of the tanh MLP discriminator in standard ops, with
// what its written-out gradient needs.
type stdD struct {
	t       *nn.GraphNet // the graph it is written into (its matmuls: nn's op, with transposes)
	ws      []*G.Node    // W_0, b_0, W_1, b_1, ..., W_out, b_out (biases [1, out])
	onesCol *G.Node      // [N, 1] of ones: a bias row broadcast as onesCol x b
	onesRow *G.Node      // [1, N] of ones: a bias gradient as onesRow x delta
}

// forward returns every layer's input (x, h_0, ..., h_{L-1}) and the
// logits [N, 1].
func (d *stdD) forward(x *G.Node, ws []*G.Node) (ins []*G.Node, v *G.Node, err error) {
	cur := x
	nl := len(ws) / 2
	for i := 0; i < nl; i++ {
		ins = append(ins, cur)
		a, err := d.t.Matmul(cur, ws[2*i])
		if err != nil {
			return nil, nil, err
		}
		bb, err := d.t.Matmul(d.onesCol, ws[2*i+1])
		if err != nil {
			return nil, nil, err
		}
		if cur, err = G.Add(a, bb); err != nil {
			return nil, nil, err
		}
		if i < nl-1 {
			if cur, err = nn.ApplyAct(nn.Tanh, cur); err != nil {
				return nil, nil, err
			}
		}
	}
	return ins, cur, nil
}

// grads writes out the gradient of L_D = mean over the real rows of
// softplus(-v) + mean over the fake rows of softplus(v) in ws: dL/dv =
// (sigmoid(v) - y) c with y 1 on real and 0 on fake rows and c = 1/B.
func (d *stdD) grads(x *G.Node, ws []*G.Node, y, c *G.Node) ([]*G.Node, error) {
	ins, v, err := d.forward(x, ws)
	if err != nil {
		return nil, err
	}
	s, err := G.Sigmoid(v)
	if err != nil {
		return nil, err
	}
	if s, err = G.Sub(s, y); err != nil {
		return nil, err
	}
	delta, err := G.HadamardProd(s, c)
	if err != nil {
		return nil, err
	}
	gs := make([]*G.Node, len(ws))
	for i := len(ws)/2 - 1; i >= 0; i-- {
		h := ins[i]
		if gs[2*i], err = d.t.MatmulT(h, delta, true, false); err != nil {
			return nil, err
		}
		if gs[2*i+1], err = d.t.Matmul(d.onesRow, delta); err != nil {
			return nil, err
		}
		if i == 0 {
			break
		}
		// delta_{i-1} = (delta W_i^T) (1 - h^2), h = tanh(a_{i-1}) = ins[i].
		back, err := d.t.MatmulT(delta, ws[2*i], false, true)
		if err != nil {
			return nil, err
		}
		if delta, err = tanhBack(back, h); err != nil {
			return nil, err
		}
	}
	return gs, nil
}

// optStep writes out one unrolled optimizer step of every D parameter:
// Adam (m' = b1 m + (1-b1) g, v' = b2 v + (1-b2) g^2, w' = w - step m' /
// (sqrt(v') + eps), the fused ops of unrolled_ops.go) or SGD (w' = w - lr
// g).
func (u *unrolledG) optStep(s unrollStep, ws, ms, vs, gs []*G.Node) (nw, nm, nv []*G.Node, err error) {
	for i, w := range ws {
		g := gs[i]
		if u.opt.Kind == nn.OptAdam {
			b1, b2 := u.opt.Beta1, u.opt.Beta2
			m, err := adamMoment(float32(b1), float32(1-b1), ms[i], g)
			if err != nil {
				return nil, nil, nil, err
			}
			v, err := adamSecond(float32(b2), float32(1-b2), vs[i], g)
			if err != nil {
				return nil, nil, nil, err
			}
			if w, err = adamApply(w, m, v, s.step, s.eps); err != nil {
				return nil, nil, nil, err
			}
			nw, nm, nv = append(nw, w), append(nm, m), append(nv, v)
			continue
		}
		upd, err := G.Mul(s.step, g)
		if err != nil {
			return nil, nil, nil, err
		}
		if w, err = G.Sub(w, upd); err != nil {
			return nil, nil, nil, err
		}
		nw = append(nw, w)
	}
	return nw, nm, nv, nil
}

// buildUnrolledGStep builds G's training graph through k unrolled D
// updates (see the top of this file): rows [real B | G(z) B] go through
// the k written-out D steps from D's current weights and optimizer state
// dst, then G's loss on D_{w_k}. Its real rows are gStep.real (refilled by
// drawGeneratorInputs).
func (m *GAN) buildUnrolledGStep(B int, dOpt nn.Optimizer, dst *nn.OptState) (*gStep, error) {
	if err := checkUnrolledOpt(dOpt); err != nil {
		return nil, err
	}
	s := &gStep{t: nn.NewGraphNet()}
	t := s.t
	zn, z := t.Input("z", B, m.cfg.genIn())
	s.z = z
	fake, err := m.generatorGraph(t, zn)
	if err != nil {
		return nil, err
	}
	rn, real := t.Input("real", B, m.cfg.dIn())
	s.real = real
	x, err := nn.Concat(0, rn, fake) // not G.Concat: its gradient is wrong at B = 256, 512, ... (nn.Concat)
	if err != nil {
		return nil, err
	}
	d, y, c := m.unrolledConsts(t, B)
	u := &unrolledG{opt: dOpt, st: dst}
	ws, ms, vs := m.unrolledState(t, dOpt, dst)
	for j := 0; j < m.cfg.UnrolledSteps; j++ {
		step := unrollStep{step: G.NewScalar(t.Graph, tensor.Float32, G.WithName("unroll_step"+strconv.Itoa(j)), G.WithValue(float32(0)))}
		if dOpt.Kind == nn.OptAdam {
			step.eps = G.NewScalar(t.Graph, tensor.Float32, G.WithName("unroll_eps"+strconv.Itoa(j)), G.WithValue(float32(0)))
		}
		u.steps = append(u.steps, step)
		gs, err := d.grads(x, ws, y, c)
		if err != nil {
			return nil, fmt.Errorf("models: unrolled step %d: %w", j+1, err)
		}
		if ws, ms, vs, err = u.optStep(step, ws, ms, vs, gs); err != nil {
			return nil, fmt.Errorf("models: unrolled step %d: %w", j+1, err)
		}
	}
	_, v, err := d.forward(x, ws)
	if err != nil {
		return nil, err
	}
	cost, err := nn.ApplyLoss("g_unrolled", m.unrolledLoss(s, u, B), v)
	if err != nil {
		return nil, err
	}
	s.unrolled = u
	return s, t.Compile(cost)
}

// unrolledConsts adds the standard-op D's ones and the loss constants: y
// (1 on the B real rows, 0 on the B fake ones) and c = 1/B.
func (m *GAN) unrolledConsts(t *nn.GraphNet, B int) (d *stdD, y, c *G.Node) {
	d = &stdD{t: t}
	var oc, or, yb, cb []float32
	d.onesCol, oc = t.Input("ones_col", 2*B, 1)
	d.onesRow, or = t.Input("ones_row", 1, 2*B)
	y, yb = t.Input("labels", 2*B, 1)
	c, cb = t.Input("row_weight", 2*B, 1)
	for i := range oc {
		oc[i], or[i], cb[i] = 1, 1, float32(1/float64(B))
		if i < B {
			yb[i] = 1
		}
	}
	return d, y, c
}

// unrolledState binds D's weights (biases as [1, out] rows) and, for
// Adam, its optimizer moments, in the D step's parameter order (each
// layer's W then b, dLayers' order), as non-trainable nodes.
func (m *GAN) unrolledState(t *nn.GraphNet, o nn.Optimizer, st *nn.OptState) (ws, ms, vs []*G.Node) {
	for i, l := range m.dLayers() {
		name := "ud" + strconv.Itoa(i)
		ws = append(ws, node(t, name+".W", l.W, false, l.In, l.Out), node(t, name+".b", l.B, false, 1, l.Out))
		if o.Kind == nn.OptAdam {
			ms = append(ms, node(t, name+".mW", st.M[2*i], false, l.In, l.Out), node(t, name+".mb", st.M[2*i+1], false, 1, l.Out))
			vs = append(vs, node(t, name+".vW", st.V[2*i], false, l.In, l.Out), node(t, name+".vb", st.V[2*i+1], false, 1, l.Out))
		}
	}
	return ws, ms, vs
}

// unrolledLoss is G's loss on the unrolled D's logits v (rows [real B |
// fake B]): the mean of c over the fake rows, and for minimax minus the
// mean of D's real term a over the real rows (G's loss is then -L_D).
func (m *GAN) unrolledLoss(s *gStep, u *unrolledG, B int) nn.LossFunc {
	a, _, c, _ := ganTerms(m.cfg.Loss, m.cfg.Divergence, m.cfg.LabelSmooth) // checked by validate
	minimax := m.cfg.Loss == LossMinimax
	return func(v, dv []float32) float64 {
		s.vFake = mean32(v[B:])
		l := meanTerm(c, v[B:], dv[B:])
		if !minimax {
			clear(dv[:B])
			u.unrolledLoss = l
			return l
		}
		l -= meanTerm(a, v[:B], dv[:B])
		for i := range dv[:B] {
			dv[i] = -dv[i]
		}
		u.unrolledLoss = l
		return l
	}
}
