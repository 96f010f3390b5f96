// Package classifier is the MNIST convolutional classifier whose features and
// probabilities the metrics use (FID, Inception Score, mode counts). It is
// built on models/nn.
package classifier

import (
	"context"
	"fmt"
	"math/rand"
	"strconv"

	"github.com/ganpipe/ganpipe/internal/f32"
	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
)

// ClassifierConfig describes the small conv net behind the classifier-based
// metrics (FID, inception score, precision/recall, mode labels): on Side x
// Side x 1 images, for each entry of Channels a 5x5 convolution (zero padding
// 2) with ReLU and 2x2 max pooling, then a dense ReLU layer of Hidden units
// (the "features") with dropout Dropout, then Classes logits trained with
// softmax cross-entropy.
type ClassifierConfig struct {
	Side     int
	Channels []int
	Hidden   int
	Classes  int
	Dropout  float64
}

// Classifier is a trained (or training) conv net.
type Classifier struct {
	cfg   ClassifierConfig
	convs []*nn.Layer // W [25*Cin, Cout]
	fc    *nn.Layer
	out   *nn.Layer
}

func (c ClassifierConfig) validate() error {
	if c.Side <= 0 || c.Hidden <= 0 || c.Classes < 2 {
		return fmt.Errorf("models: classifier side %d, hidden %d, classes %d", c.Side, c.Hidden, c.Classes)
	}
	s := c.Side
	for _, ch := range c.Channels {
		if ch <= 0 || s%2 != 0 {
			return fmt.Errorf("models: classifier channels %v on %dx%d images (each pooling halves an even side)", c.Channels, c.Side, c.Side)
		}
		s /= 2
	}
	if c.Dropout < 0 || c.Dropout >= 1 {
		return fmt.Errorf("models: classifier dropout %v outside [0,1)", c.Dropout)
	}
	return nil
}

// geoms returns each convolution's geometry.
func (c ClassifierConfig) geoms() []nn.ConvGeom {
	var gs []nn.ConvGeom
	s, in := c.Side, 1
	for _, ch := range c.Channels {
		gs = append(gs, nn.ConvGeom{H: s, W: s, C: in, K: 5, S: 1, P: 2})
		s, in = s/2, ch
	}
	return gs
}

func (c ClassifierConfig) flat() int {
	s, in := c.Side, 1
	for _, ch := range c.Channels {
		s, in = s/2, ch
	}
	return s * s * in
}

func newClassifier(cfg ClassifierConfig) (*Classifier, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	cfg.Channels = append([]int(nil), cfg.Channels...)
	m := &Classifier{cfg: cfg}
	mk := func(in, out int, act nn.Activation) *nn.Layer {
		return &nn.Layer{In: in, Out: out, Act: act, W: make([]float32, in*out), B: make([]float32, out)}
	}
	for i, g := range cfg.geoms() {
		m.convs = append(m.convs, mk(g.ColCols(), cfg.Channels[i], nn.ReLU))
	}
	m.fc = mk(cfg.flat(), cfg.Hidden, nn.ReLU)
	m.out = mk(cfg.Hidden, cfg.Classes, nn.Linear)
	return m, nil
}

// NewClassifier initialises a classifier from rng (He-uniform for ReLU layers,
// Glorot for the logits).
func NewClassifier(cfg ClassifierConfig, rng *rand.Rand) (*Classifier, error) {
	m, err := newClassifier(cfg)
	if err != nil {
		return nil, err
	}
	for _, l := range m.layers() {
		*l = *nn.NewLayer(l.In, l.Out, l.Act, rng)
	}
	return m, nil
}

func (m *Classifier) layers() []*nn.Layer {
	return append(append([]*nn.Layer(nil), m.convs...), m.fc, m.out)
}

func (m *Classifier) names() []string {
	var ns []string
	for i := range m.convs {
		ns = append(ns, "conv"+strconv.Itoa(i))
	}
	return append(ns, "fc", "out")
}

// InDim, FeatureDim and Classes are the input width, feature width (the
// penultimate layer) and number of classes.
func (m *Classifier) InDim() int      { return m.cfg.Side * m.cfg.Side }
func (m *Classifier) FeatureDim() int { return m.cfg.Hidden }
func (m *Classifier) Classes() int    { return m.cfg.Classes }

// build makes the training graph for batch B: returns the net, the image,
// one-hot target and dropout mask buffers.
func (m *Classifier) build(B int) (*nn.GraphNet, []float32, []float32, []float32, error) {
	t := nn.NewGraphNet()
	xn, xbuf := t.Input("x", B, m.InDim())
	yn, ybuf := t.Input("y", B, m.cfg.Classes)
	cur := xn
	var err error
	for i, g := range m.cfg.geoms() {
		// biasAct on [B*H*W, F], then 2x2 pooling.
		if cur, err = t.Conv(g, cur, m.convs[i], "conv"+strconv.Itoa(i)); err != nil {
			return nil, nil, nil, nil, err
		}
		if cur, err = nn.ApplyMaxPool2(g.H, g.W, cur); err != nil {
			return nil, nil, nil, nil, err
		}
	}
	if cur, err = nn.Reshape(cur, B, m.cfg.flat()); err != nil {
		return nil, nil, nil, nil, err
	}
	if cur, err = t.Dense(cur, m.fc, "fc", false); err != nil {
		return nil, nil, nil, nil, err
	}
	var mbuf []float32
	if m.cfg.Dropout > 0 {
		var mn *G.Node
		mn, mbuf = t.Input("mask", B, m.cfg.Hidden)
		if cur, err = nn.ApplyMask(cur, mn); err != nil {
			return nil, nil, nil, nil, err
		}
	}
	if cur, err = t.Dense(cur, m.out, "out", true); err != nil {
		return nil, nil, nil, nil, err
	}
	cost, err := nn.ApplySoftmaxCE(cur, yn)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if err := t.Compile(cost); err != nil {
		return nil, nil, nil, nil, err
	}
	return t, xbuf, ybuf, mbuf, nil
}

// Train fits the classifier to n images x (row-major, pixels in [0,1]) with
// integer labels for iters minibatch steps of batch rows (seeded epochs) with
// opt. Observer terms: loss (mean cross-entropy of the batch), acc (batch
// accuracy with dropout on), grad_norm, lr.
func (m *Classifier) Train(ctx context.Context, x []float32, labels []int32, n int, opt nn.Optimizer, batch, iters int, rng *rand.Rand, obs nn.Observer) error {
	if err := nn.CheckData(x, n, m.InDim()); err != nil {
		return err
	}
	if len(labels) != n {
		return fmt.Errorf("models: classifier needs %d labels, got %d", n, len(labels))
	}
	for i, l := range labels {
		if l < 0 || int(l) >= m.cfg.Classes {
			return fmt.Errorf("models: label %d of row %d outside 0..%d", l, i, m.cfg.Classes-1)
		}
	}
	if err := opt.Validate(); err != nil {
		return err
	}
	if batch <= 0 {
		return fmt.Errorf("models: classifier batch %d must be positive", batch)
	}
	t, xbuf, ybuf, mbuf, err := m.build(batch)
	if err != nil {
		return err
	}
	defer t.Machine.Close()
	st := nn.NewOptState(opt, t.ParamData)
	s := nn.NewSampler(n, rng)
	D, K := m.InDim(), m.cfg.Classes
	var loss, gn float64
	l := nn.Loop{
		Iters: iters,
		Step: func(int) error {
			clear(ybuf)
			for r := 0; r < batch; r++ {
				i := s.Next()
				copy(xbuf[r*D:(r+1)*D], x[i*D:(i+1)*D])
				ybuf[r*K+int(labels[i])] = 1
			}
			if mbuf != nil {
				nn.FillMask(mbuf, m.cfg.Dropout, rng)
			}
			if loss, err = t.ForwardBackward(); err != nil {
				return err
			}
			if err := nn.Finite("loss", loss); err != nil {
				return err
			}
			gn = st.Step(t.ParamData, t.GradData)
			return nil
		},
		Terms: func(_ int, terms map[string]float64) {
			lr, _ := st.LearningRateMomentum(st.T)
			terms["loss"], terms["grad_norm"], terms["lr"] = loss, gn, lr
		},
		Observer: obs,
	}
	if opt.Hook != nil {
		l.Hook, l.State = opt.Hook, nn.OptLoopState{Params: t.ParamData, Opts: []*nn.OptState{st}, Sampler: s}
	}
	return l.Run(ctx)
}

// Loss is the training graph's mean softmax cross-entropy on n fixed images
// with their labels and a fixed dropout mask (n x Hidden, nil without
// dropout), without a parameter update: the real training graph with the
// mask given instead of drawn, so another implementation given the same
// parameters can be compared (`ganpipe bench -agree`).
func (m *Classifier) Loss(x []float32, labels []int32, n int, mask []float32) (float64, error) {
	if err := nn.CheckData(x, n, m.InDim()); err != nil {
		return 0, err
	}
	if len(labels) != n {
		return 0, fmt.Errorf("models: classifier loss needs %d labels, got %d", n, len(labels))
	}
	t, xbuf, ybuf, mbuf, err := m.build(n)
	if err != nil {
		return 0, err
	}
	defer t.Machine.Close()
	if (mbuf == nil) != (mask == nil) || (mask != nil && len(mask) != len(mbuf)) {
		return 0, fmt.Errorf("models: classifier loss: dropout mask of %d values, the graph takes %d", len(mask), len(mbuf))
	}
	copy(xbuf, x)
	copy(mbuf, mask)
	K := m.cfg.Classes
	for r, l := range labels {
		if l < 0 || int(l) >= K {
			return 0, fmt.Errorf("models: label %d of row %d outside 0..%d", l, r, K-1)
		}
		ybuf[r*K+int(l)] = 1
	}
	return t.ForwardBackward()
}

// Forward returns, for n images, the features (n x FeatureDim, the ReLU
// outputs of the dense layer, no dropout) and the logits (n x Classes).
func (m *Classifier) Forward(x []float32, n int) (features, logits []float32) {
	const chunk = 256
	F, K := m.cfg.Hidden, m.cfg.Classes
	features, logits = make([]float32, n*F), make([]float32, n*K)
	geoms := m.cfg.geoms()
	var cols, act, pooled []float32
	var scratch nn.ConvScratch
	for r0 := 0; r0 < n; r0 += chunk {
		B := min(chunk, n-r0)
		cur := x[r0*m.InDim() : (r0+B)*m.InDim()]
		for i, g := range geoms {
			l := m.convs[i]
			rows := B * g.ColRows()
			act = nn.Grow32(act, rows*l.Out)
			if nn.ConvFits(g, l.Out, false) { // as the training graph computes it
				nn.ConvForward(g, cur, l.W, act, B, l.Out, &scratch)
			} else {
				cols = nn.Grow32(cols, rows*g.ColCols())
				nn.Im2Col(g, cur, cols, B)
				nn.Gemm(cols, l.W, act, rows, l.In, l.Out)
			}
			f32.ApplyAct(f32.ActReLU, act, act, l.B, l.Out)
			pooled = nn.Grow32(pooled, rows/4*l.Out)
			maxPool2(act, pooled, B, g.H, g.W, l.Out)
			cur = append([]float32(nil), pooled...)
		}
		f := features[r0*F : (r0+B)*F]
		nn.Gemm(cur, m.fc.W, f, B, m.fc.In, F)
		f32.ApplyAct(f32.ActReLU, f, f, m.fc.B, F)
		lg := logits[r0*K : (r0+B)*K]
		nn.Gemm(f, m.out.W, lg, B, F, K)
		f32.ApplyAct(f32.ActLinear, lg, lg, m.out.B, K)
	}
	return features, logits
}

// Probs turns logits (n x k) into softmax probabilities.
func Probs(logits []float32, n, k int) []float32 {
	p := make([]float32, len(logits))
	nn.SoftmaxRows(p, logits, n, k, nil)
	return p
}

// Accuracy is the fraction of the n images whose arg-max logit is the label.
func (m *Classifier) Accuracy(x []float32, labels []int32, n int) float64 {
	_, lg := m.Forward(x, n)
	K := m.cfg.Classes
	ok := 0
	for i := 0; i < n; i++ {
		if argmax(lg[i*K:(i+1)*K]) == int(labels[i]) {
			ok++
		}
	}
	return float64(ok) / float64(max(n, 1))
}

func argmax(v []float32) int {
	b := 0
	for i, x := range v {
		if x > v[b] {
			b = i
		}
	}
	return b
}

// maxPool2 is 2x2 stride-2 max pooling of B NHWC images (H x W x C).
func maxPool2(x, y []float32, B, H, W, C int) {
	oh, ow := H/2, W/2
	for b := 0; b < B; b++ {
		for oy := 0; oy < oh; oy++ {
			for ox := 0; ox < ow; ox++ {
				d := y[((b*oh+oy)*ow+ox)*C : ((b*oh+oy)*ow+ox+1)*C]
				for c := range d {
					best := x[((b*H+2*oy)*W+2*ox)*C+c]
					for _, o := range [3][2]int{{0, 1}, {1, 0}, {1, 1}} {
						best = max(best, x[((b*H+2*oy+o[0])*W+2*ox+o[1])*C+c])
					}
					d[c] = best
				}
			}
		}
	}
}

// Params returns a copy of the parameters conv0.W, conv0.b, ..., fc.W, fc.b,
// out.W, out.b (conv W shaped [25*Cin, Cout], rows in (ky, kx, cin) order).
func (m *Classifier) Params() nn.Params { return nn.LayersParams(m.layers(), m.names()) }

// Arch describes the architecture as strings (ClassifierFrom's input).
func (m *Classifier) Arch() map[string]string {
	return map[string]string{
		"model":    "classifier",
		"side":     strconv.Itoa(m.cfg.Side),
		"channels": nn.JoinInts(m.cfg.Channels),
		"hidden":   strconv.Itoa(m.cfg.Hidden),
		"classes":  strconv.Itoa(m.cfg.Classes),
		"dropout":  strconv.FormatFloat(m.cfg.Dropout, 'g', -1, 64),
		"layout":   "NHWC, conv 5x5 pad 2 + ReLU + maxpool 2 per channel entry, dense ReLU, logits",
	}
}

// ClassifierFrom rebuilds a classifier from Arch() and Params().
func ClassifierFrom(arch map[string]string, p nn.Params) (*Classifier, error) {
	if arch["model"] != "classifier" {
		return nil, fmt.Errorf("models: arch is for %q, not classifier", arch["model"])
	}
	var cfg ClassifierConfig
	var err error
	for _, f := range []struct {
		key string
		dst *int
	}{{"side", &cfg.Side}, {"hidden", &cfg.Hidden}, {"classes", &cfg.Classes}} {
		if *f.dst, err = strconv.Atoi(arch[f.key]); err != nil {
			return nil, fmt.Errorf("models: arch %s: %w", f.key, err)
		}
	}
	if cfg.Channels, err = nn.SplitInts(arch["channels"]); err != nil {
		return nil, fmt.Errorf("models: arch channels: %w", err)
	}
	if cfg.Dropout, err = strconv.ParseFloat(arch["dropout"], 64); err != nil {
		return nil, fmt.Errorf("models: arch dropout: %w", err)
	}
	m, err := newClassifier(cfg)
	if err != nil {
		return nil, err
	}
	if err := nn.LoadParams(m.layers(), m.names(), p); err != nil {
		return nil, err
	}
	return m, nil
}
