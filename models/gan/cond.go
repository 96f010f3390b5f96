package gan

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"

	"github.com/ganpipe/ganpipe/models/nn"
	G "gorgonia.org/gorgonia"
)

// Conditional GAN (Mirza & Osindero 2014) and InfoGAN (Chen et al. 2016) on
// the GAN trainer. Both widen the generator's input: each row is
//
//	[ noise (NoiseDim) | one-hot label (Classes) | one-hot categorical code (CatCodes) | continuous codes (ContCodes) ]
//
// The conditional GAN also appends the one-hot label to the discriminator's
// input (after the input dropout, so the label is never dropped). InfoGAN
// adds a Q head, one linear layer on D's last hidden layer (shared with D),
// whose outputs are CatCodes logits and ContCodes means. Its loss is the
// negative of the mutual-information lower bound up to constants:
//
//	L_I = E[ -log softmax(q_cat)[c] ] + E[ sum_j (q_cont_j - c_j)^2 / 2 ]
//
// (cross-entropy for the categorical code, the Gaussian negative
// log-likelihood with unit variance for the continuous ones; the bound is
// H(c) - L_I). InfoLambda * L_I is added to D's loss (training Q and D's
// shared layers on the generated rows) and to G's loss.

// extraIn is the width appended to the noise: label, categorical, continuous.
func (c *GANConfig) extraIn() int { return c.Classes + c.CatCodes + c.ContCodes }

// genIn is the generator's input width.
func (c *GANConfig) genIn() int { return c.NoiseDim + c.extraIn() }

func (c *GANConfig) validateCodes() error {
	if c.Classes < 0 || c.CatCodes < 0 || c.ContCodes < 0 {
		return fmt.Errorf("models: GAN classes %d, categorical codes %d, continuous codes %d must not be negative", c.Classes, c.CatCodes, c.ContCodes)
	}
	if c.Classes == 1 || c.CatCodes == 1 {
		return fmt.Errorf("models: a one-way label or categorical code carries no information (classes %d, categorical codes %d)", c.Classes, c.CatCodes)
	}
	if c.CatCodes+c.ContCodes == 0 {
		return nil
	}
	if len(c.DHidden) == 0 {
		return fmt.Errorf("models: the InfoGAN Q head needs a hidden discriminator layer to share")
	}
	if c.InfoLambda < 0 || math.IsNaN(c.InfoLambda) {
		return fmt.Errorf("models: InfoGAN lambda %v must be >= 0", c.InfoLambda)
	}
	if c.InfoLambda == 0 {
		c.InfoLambda = 1
	}
	return nil
}

// checkLabels validates the labels of n data rows for a conditional GAN.
func (c *GANConfig) checkLabels(labels []int32, n int) error {
	if c.Classes == 0 {
		return nil
	}
	if len(labels) != n {
		return fmt.Errorf("models: a conditional GAN needs a label per data row: %d labels for %d rows", len(labels), n)
	}
	for i, l := range labels {
		if l < 0 || int(l) >= c.Classes {
			return fmt.Errorf("models: label %d of row %d outside [0, %d)", l, i, c.Classes)
		}
	}
	return nil
}

// codeBatch holds the noise, labels and codes of n generated rows.
type codeBatch struct {
	noise  []float32 // n x NoiseDim
	labels []int32   // n (nil unless Classes > 0)
	cat    []int32   // n (nil unless CatCodes > 0)
	cont   []float32 // n x ContCodes
}

func (m *GAN) newCodeBatch(n int) *codeBatch {
	c := m.cfg
	cb := &codeBatch{noise: make([]float32, n*c.NoiseDim), cont: make([]float32, n*c.ContCodes)}
	if c.Classes > 0 {
		cb.labels = make([]int32, n)
	}
	if c.CatCodes > 0 {
		cb.cat = make([]int32, n)
	}
	return cb
}

// genInput fills dst (n rows of genIn) with fresh noise and codes drawn from
// rng; the labels are the batch's (set by the caller). Without labels or
// codes it is FillNoise on dst, so a plain GAN draws exactly as before.
func (m *GAN) genInput(dst []float32, cb *codeBatch, rng *rand.Rand) {
	if m.cfg.extraIn() == 0 {
		m.FillNoise(dst, rng)
		return
	}
	m.drawCodes(cb, rng)
	m.assemble(dst, cb)
}

// drawCodes draws noise, categorical codes (uniform) and continuous codes
// (U[-1,1]), in that order.
func (m *GAN) drawCodes(cb *codeBatch, rng *rand.Rand) {
	m.FillNoise(cb.noise, rng)
	for i := range cb.cat {
		cb.cat[i] = int32(rng.Intn(m.cfg.CatCodes))
	}
	for i := range cb.cont {
		cb.cont[i] = float32(2*rng.Float64() - 1)
	}
}

// assemble writes the generator input rows of cb into dst.
func (m *GAN) assemble(dst []float32, cb *codeBatch) {
	c := m.cfg
	w, nd := c.genIn(), c.NoiseDim
	for i := 0; i < len(cb.noise)/max(nd, 1); i++ {
		row := dst[i*w : (i+1)*w]
		copy(row, cb.noise[i*nd:(i+1)*nd])
		clear(row[nd:])
		off := nd
		if cb.labels != nil {
			row[off+int(cb.labels[i])] = 1
		}
		off += c.Classes
		if cb.cat != nil {
			row[off+int(cb.cat[i])] = 1
		}
		off += c.CatCodes
		copy(row[off:], cb.cont[i*c.ContCodes:(i+1)*c.ContCodes])
	}
}

// oneHot writes the one-hot rows of labels into dst (rows of k) from row0 on.
func oneHot(dst []float32, row0 int, labels []int32, k int) {
	if dst == nil || k == 0 {
		return
	}
	for i, l := range labels {
		r := dst[(row0+i)*k : (row0+i+1)*k]
		clear(r)
		r[l] = 1
	}
}

// fillLabeled is sampler.fill that also returns the rows' labels.
func fillLabeled(s *nn.Sampler, dst, x []float32, d int, labels, out []int32) {
	for r := 0; r < len(dst)/d; r++ {
		i := s.Next()
		copy(dst[r*d:(r+1)*d], x[i*d:(i+1)*d])
		out[r] = labels[i]
	}
}

// labelInput adds D's one-hot label input for N rows (nil unless conditional).
func (m *GAN) labelInput(t *nn.GraphNet, N int) (*G.Node, []float32) {
	if m.cfg.Classes == 0 {
		return nil, nil
	}
	return t.Input("labels", N, m.cfg.Classes)
}

// infoState is the Q loss of one training graph: rows [lo, hi) of the Q
// head's output belong to the generated rows whose codes cb holds.
type infoState struct {
	lam    float64
	lo, hi int
	k, c   int
	cb     *codeBatch
	// The last evaluation: L_I, its parts, and lambda L_I (in the cost).
	loss, cat, cont, weighted float64
}

func (s *infoState) setCodes(cb *codeBatch) {
	if s != nil {
		s.cb = cb
	}
}

func (s *infoState) fn(q, dq []float32) float64 {
	s.cat, s.cont = infoLoss(q, dq, s.k, s.c, s.lo, s.hi, s.cb.cat, s.cb.cont, s.lam)
	s.loss = s.cat + s.cont
	s.weighted = s.lam * s.loss
	return s.weighted
}

// infoLoss evaluates L_I on rows [lo, hi) of q (rows of k logits then c
// means) against the codes of those rows (cat[i], cont[i*c:(i+1)*c] for row
// lo+i). It returns the mean cross-entropy and the mean Gaussian term, and
// writes lam times the gradient of their sum into dq (zero on other rows).
// Computed in float64.
func infoLoss(q, dq []float32, k, c, lo, hi int, cat []int32, cont []float32, lam float64) (catCE, contNLL float64) {
	clear(dq)
	w := k + c
	n := hi - lo
	inv := 1 / float64(n)
	for i := 0; i < n; i++ {
		row, drow := q[(lo+i)*w:(lo+i+1)*w], dq[(lo+i)*w:(lo+i+1)*w]
		if k > 0 {
			mx := math.Inf(-1)
			for _, v := range row[:k] {
				mx = math.Max(mx, float64(v))
			}
			var se float64
			for _, v := range row[:k] {
				se += math.Exp(float64(v) - mx)
			}
			lse := mx + math.Log(se)
			catCE += lse - float64(row[cat[i]])
			for j, v := range row[:k] {
				p := math.Exp(float64(v) - lse)
				if j == int(cat[i]) {
					p--
				}
				drow[j] = float32(lam * p * inv)
			}
		}
		for j := 0; j < c; j++ {
			e := float64(row[k+j]) - float64(cont[i*c+j])
			contNLL += e * e / 2
			drow[k+j] = float32(lam * e * inv)
		}
	}
	return catCE * inv, contNLL * inv
}

// qHead adds the Q head on D's last hidden features (spectrally normalised
// with D when SpectralNorm is on: its state is the last of m.sn).
func (m *GAN) qHead(t *nn.GraphNet, feat *G.Node, o criticOpts) (*G.Node, error) {
	l := m.q
	w := node(t, "q.W", l.W, o.trainable, l.In, l.Out)
	b := node(t, "q.b", l.B, o.trainable, l.Out)
	if m.sn != nil {
		var err error
		if w, err = G.ApplyOp(newSNOp(m.sn[len(m.sn)-1], o.snUpdate), w); err != nil {
			return nil, err
		}
	}
	xw, err := t.Matmul(feat, w)
	if err != nil {
		return nil, err
	}
	return nn.ApplyBiasAct(nn.Linear, xw, b)
}

// addInfoLoss adds lambda L_I on rows [lo, hi) of the Q head to cost (no-op
// without codes). The codes are bound later with setCodes.
func (m *GAN) addInfoLoss(t *nn.GraphNet, feat, cost *G.Node, o criticOpts, lo, hi int) (*infoState, *G.Node, error) {
	if m.q == nil {
		return nil, cost, nil
	}
	q, err := m.qHead(t, feat, o)
	if err != nil {
		return nil, nil, err
	}
	s := &infoState{lam: m.cfg.InfoLambda, lo: lo, hi: hi, k: m.cfg.CatCodes, c: m.cfg.ContCodes}
	qc, err := nn.ApplyLoss("info", s.fn, q)
	if err != nil {
		return nil, nil, err
	}
	if cost, err = G.Add(cost, qc); err != nil {
		return nil, nil, err
	}
	return s, cost, nil
}

// sampleRandomCodes draws n samples with uniformly random labels and codes.
func (m *GAN) sampleRandomCodes(n int, rng *rand.Rand) []float32 {
	var labels []int32
	if m.cfg.Classes > 0 {
		labels = make([]int32, n)
		for i := range labels {
			labels[i] = int32(rng.Intn(m.cfg.Classes))
		}
	}
	x, _ := m.SampleCoded(n, labels, nil, rng) // labels are in range by construction
	return x
}

// SampleCoded draws n samples (n x Out) for the given class labels (needed
// iff Classes > 0) and categorical codes (nil: uniformly random); noise and
// continuous codes are drawn from rng.
func (m *GAN) SampleCoded(n int, labels, cat []int32, rng *rand.Rand) ([]float32, error) {
	c := m.cfg
	if (c.Classes > 0) != (labels != nil) || (labels != nil && len(labels) != n) {
		return nil, fmt.Errorf("models: %d labels for %d samples of a GAN with %d classes", len(labels), n, c.Classes)
	}
	if cat != nil && (c.CatCodes == 0 || len(cat) != n) {
		return nil, fmt.Errorf("models: %d categorical codes for %d samples of a GAN with %d-way codes", len(cat), n, c.CatCodes)
	}
	if err := checkRange(labels, c.Classes); err != nil {
		return nil, err
	}
	if err := checkRange(cat, c.CatCodes); err != nil {
		return nil, err
	}
	cb := m.newCodeBatch(n)
	m.drawCodes(cb, rng)
	copy(cb.labels, labels)
	if cat != nil {
		copy(cb.cat, cat)
	}
	return m.generate(cb, n)
}

// GenerateCoded runs the generator on given inputs: noise z (n x NoiseDim),
// labels and categorical codes (n each, nil when the GAN has none) and
// continuous codes (n x ContCodes).
func (m *GAN) GenerateCoded(z []float32, labels, cat []int32, cont []float32, n int) ([]float32, error) {
	c := m.cfg
	if len(z) != n*c.NoiseDim || len(cont) != n*c.ContCodes ||
		(c.Classes > 0) != (labels != nil) || (c.CatCodes > 0) != (cat != nil) ||
		(labels != nil && len(labels) != n) || (cat != nil && len(cat) != n) {
		return nil, fmt.Errorf("models: generator inputs for %d rows: noise %d, labels %d, categorical %d, continuous %d values (want %d x %d, %d classes, %d-way code, %d continuous)",
			n, len(z), len(labels), len(cat), len(cont), n, c.NoiseDim, c.Classes, c.CatCodes, c.ContCodes)
	}
	if err := checkRange(labels, c.Classes); err != nil {
		return nil, err
	}
	if err := checkRange(cat, c.CatCodes); err != nil {
		return nil, err
	}
	cb := &codeBatch{noise: z, labels: labels, cat: cat, cont: cont}
	return m.generate(cb, n)
}

func checkRange(v []int32, k int) error {
	for i, x := range v {
		if x < 0 || int(x) >= k {
			return fmt.Errorf("models: label or code %d (row %d) outside [0, %d)", x, i, k)
		}
	}
	return nil
}

func (m *GAN) generate(cb *codeBatch, n int) ([]float32, error) {
	in := make([]float32, n*m.cfg.genIn())
	m.assemble(in, cb)
	return m.generateMLP(in, n, false), nil
}

// Classes, CatCodes and ContCodes are the label and code widths.
func (m *GAN) Classes() int   { return m.cfg.Classes }
func (m *GAN) CatCodes() int  { return m.cfg.CatCodes }
func (m *GAN) ContCodes() int { return m.cfg.ContCodes }

// codeArch adds the label and code widths to a generator description (only
// when non-zero, so a plain GAN's description is unchanged).
func (c *GANConfig) codeArch(arch map[string]string) map[string]string {
	for k, v := range map[string]int{"classes": c.Classes, "cat_codes": c.CatCodes, "cont_codes": c.ContCodes} {
		if v > 0 {
			arch[k] = strconv.Itoa(v)
		}
	}
	return arch
}

// readCodeArch reads what codeArch wrote (absent keys: 0).
func (c *GANConfig) readCodeArch(arch map[string]string) error {
	for k, dst := range map[string]*int{"classes": &c.Classes, "cat_codes": &c.CatCodes, "cont_codes": &c.ContCodes} {
		if s, ok := arch[k]; ok {
			v, err := strconv.Atoi(s)
			if err != nil || v < 0 {
				return fmt.Errorf("models: arch %s %q: want a non-negative integer", k, s)
			}
			*dst = v
		}
	}
	return nil
}

// DrawNoise draws n rows of the generator's noise (its distribution).
func (m *GAN) DrawNoise(n int, rng *rand.Rand) []float32 {
	z := make([]float32, n*m.cfg.NoiseDim)
	m.FillNoise(z, rng)
	return z
}
