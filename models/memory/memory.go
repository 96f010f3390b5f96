// Package memory is MemoryGAN's discriminative memory (Kim et al., ICLR
// 2018; the authors' whyjay/memoryGAN models/memory.py, as PAPERS.md reads
// it): N slots of unit keys of dimension M, each with a value (1: real,
// 0: fake), an age and a histogram weight. The discriminator reads it with a
// von Mises-Fisher mixture posterior over the top k slots, and every
// discriminator and generator step updates it by one step of incremental
// EM on the slots of the query's own label, writing a query whose nearest
// slot has the wrong label into the oldest slot.
//
// It is plain Go with no graph library: the update is not differentiated
// through, and the memory's state is data a model artifact stores.
package memory

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// Config holds the memory's sizes and constants. The zero values of the
// constants mean the authors' settings.
type Config struct {
	Slots int     // N
	Dim   int     // M, the key (query) dimension
	TopK  int     // k, slots a read or an update looks at
	Kappa float64 // vMF concentration (1)
	Beta  float64 // prior added to the histogram weights (1e-8)
	Alpha float64 // histogram decay of the EM step (0.5)
}

func (c Config) withDefaults() Config {
	if c.Kappa == 0 {
		c.Kappa = 1
	}
	if c.Beta == 0 {
		c.Beta = 1e-8
	}
	if c.Alpha == 0 {
		c.Alpha = 0.5
	}
	return c
}

// Memory is the slots' state. Keys are row-major (slot i is
// Keys[i*Dim:(i+1)*Dim]); a key is the zero vector until a query is first
// written to it, and a unit vector from then on.
type Memory struct {
	cfg    Config
	Keys   []float64
	Values []float64 // 1 real, 0 fake
	Ages   []float64
	Hist   []float64
	k32    []float32 // Keys rounded for the similarity product (batchSims)
}

// New makes a memory as the authors' code starts it: zero keys, the first
// half of the values 1 and the second half 0, histograms 1e-5, ages 0.
func New(cfg Config) (*Memory, error) {
	cfg = cfg.withDefaults()
	if cfg.Slots < 2 || cfg.Dim < 1 || cfg.TopK < 1 || cfg.TopK > cfg.Slots {
		return nil, fmt.Errorf("memory: %d slots of dimension %d with top %d (want >= 2 slots, 1 <= k <= slots)", cfg.Slots, cfg.Dim, cfg.TopK)
	}
	if cfg.Alpha <= 0 || cfg.Alpha > 1 || cfg.Kappa <= 0 || cfg.Beta < 0 {
		return nil, fmt.Errorf("memory: alpha %g (want (0, 1]), kappa %g (> 0), beta %g (>= 0)", cfg.Alpha, cfg.Kappa, cfg.Beta)
	}
	m := &Memory{cfg: cfg, Keys: make([]float64, cfg.Slots*cfg.Dim), Values: make([]float64, cfg.Slots),
		Ages: make([]float64, cfg.Slots), Hist: make([]float64, cfg.Slots)}
	for i := range m.Hist {
		m.Hist[i] = 1e-5
		if i < cfg.Slots/2 {
			m.Values[i] = 1
		}
	}
	return m, nil
}

// Config returns the memory's configuration (defaults filled in).
func (m *Memory) Config() Config { return m.cfg }

func (m *Memory) key(i int) []float64 { return m.Keys[i*m.cfg.Dim : (i+1)*m.cfg.Dim] }

func dot(a []float64, b []float32) float64 {
	s := 0.0
	for j, v := range b {
		s += a[j] * float64(v)
	}
	return s
}

// Read is one query's read: the top k slots by (h + beta) exp(kappa q.K - 1),
// their posterior (normalised over the k) and D's output, the posterior
// mean of their values.
type Read struct {
	Slots     []int
	Posterior []float64
	Output    float64
}

// Read reads the memory for one query q (a unit vector of length Dim).
func (m *Memory) Read(q []float32) Read { return m.ReadBatch(q, 1)[0] }

// ReadBatch reads the memory for n queries (n rows of Dim, each a unit
// vector), all against the same state.
func (m *Memory) ReadBatch(q []float32, n int) []Read {
	sims, logPrior := m.batchSims(q, n), m.logPrior()
	out := make([]Read, n)
	for b := range out {
		slots, post := m.posterior(m.similarities(sims, b, -1), logPrior)
		r := Read{Slots: slots, Posterior: post}
		for j, i := range slots {
			r.Output += post[j] * m.Values[i]
		}
		out[b] = r
	}
	return out
}

// batchSims returns q.K_i for n queries and every slot, [n, Slots]
// row-major, as one float32 matrix product (BLAS: a batch of 128 queries
// against 4096 keys of 256 is 134M multiply-adds, too many for a Go loop
// on every training step). The keys are rounded to float32 for it.
func (m *Memory) batchSims(q []float32, n int) []float32 {
	N, d := m.cfg.Slots, m.cfg.Dim
	if len(m.k32) != N*d {
		m.k32 = make([]float32, N*d)
	}
	for i, v := range m.Keys {
		m.k32[i] = float32(v)
	}
	s := make([]float32, n*N)
	blas32.Gemm(blas.NoTrans, blas.Trans, 1,
		blas32.General{Rows: n, Cols: d, Stride: d, Data: q[:n*d]},
		blas32.General{Rows: N, Cols: d, Stride: d, Data: m.k32},
		0, blas32.General{Rows: n, Cols: N, Stride: N, Data: s})
	return s
}

// logPrior returns log(h_i + beta) for every slot.
func (m *Memory) logPrior() []float64 {
	lp := make([]float64, m.cfg.Slots)
	for i, h := range m.Hist {
		lp[i] = math.Log(h + m.cfg.Beta)
	}
	return lp
}

// similarities returns row b of sims (q_b.K_i for every slot), minus 2
// for slots whose value is not label (label < 0: unconditional).
func (m *Memory) similarities(sims []float32, b int, label float64) []float64 {
	N := m.cfg.Slots
	s := make([]float64, N)
	for i, v := range sims[b*N : (b+1)*N] {
		s[i] = float64(v)
		if label >= 0 && m.Values[i] != label {
			s[i] -= 2
		}
	}
	return s
}

// posterior returns the top-k slots by (h + beta) exp(kappa s - 1), best
// first, and their normalised weights, computed in log space (the weights
// of well-matched slots differ by factors of exp(kappa * 2)). Ties (every
// key zero at the start) go to the lower slot, so the order is a function
// of the state alone.
func (m *Memory) posterior(sim, logPrior []float64) ([]int, []float64) {
	logw := make([]float64, len(sim))
	for i := range logw {
		logw[i] = logPrior[i] + m.cfg.Kappa*sim[i] - 1
	}
	top := topK(logw, m.cfg.TopK)
	post := make([]float64, len(top))
	mx, sum := logw[top[0]], 0.0
	for j, i := range top {
		post[j] = math.Exp(logw[i] - mx)
		sum += post[j]
	}
	for j := range post {
		post[j] /= sum
	}
	return top, post
}

// topK returns the indices of the k largest w, largest first, the lower
// index first on ties: a bounded heap whose root is the worst kept, so a
// pass over N scores costs about N comparisons rather than a full sort's
// N log N.
func topK(w []float64, k int) []int {
	better := func(a, b int) bool { return w[a] > w[b] || (w[a] == w[b] && a < b) }
	h := make([]int, 0, k)
	down := func(i int) {
		for {
			c := 2*i + 1
			if c >= len(h) {
				return
			}
			if c+1 < len(h) && better(h[c], h[c+1]) {
				c++ // the worse child
			}
			if !better(h[i], h[c]) {
				return
			}
			h[i], h[c] = h[c], h[i]
			i = c
		}
	}
	for i := range w {
		if len(h) < k {
			h = append(h, i)
			for j := len(h) - 1; j > 0; { // sift up: the worst rises to the root
				p := (j - 1) / 2
				if !better(h[p], h[j]) {
					break
				}
				h[p], h[j] = h[j], h[p]
				j = p
			}
			continue
		}
		if better(i, h[0]) {
			h[0] = i
			down(0)
		}
	}
	sort.Slice(h, func(a, b int) bool { return better(h[a], h[b]) })
	return h
}

// Update runs one memory update with a batch of queries (n rows of Dim,
// each a unit vector) and their labels (1 real, 0 fake):
//
//  1. each query's label-conditional top-k slots and posterior (slots of the
//     other label have their similarity lowered by 2);
//  2. one incremental EM step: h <- alpha h + sum of the posteriors a slot
//     got, then K <- normalize(K (1 - r) + sum_b r_b q_b) with
//     r_b = posterior_b / h (new), so a slot moves toward the queries it
//     explains in proportion to their share of its weight;
//  3. each query whose unconditional nearest slot (top-1 by the same
//     score) has the other label is written into the oldest slot not yet
//     written in this update: key q, value its label, h the mean h, age 0;
//  4. every slot ages by 1.
//
// Step 3 uses the slot scores from before the EM step, so the queries of a
// batch are treated alike whatever their order.
func (m *Memory) Update(q []float32, labels []float64) error {
	d := m.cfg.Dim
	if len(q) != d*len(labels) {
		return fmt.Errorf("memory: %d query values for %d labels of dimension %d", len(q), len(labels), d)
	}
	n := len(labels)
	if n == 0 {
		return nil
	}
	sims, logPrior := m.batchSims(q, n), m.logPrior()
	// Step 3's test, on the state before the update.
	wrong := make([]bool, n)
	for b := range n {
		wrong[b] = m.Values[top1(m.similarities(sims, b, -1), logPrior, m.cfg.Kappa)] != labels[b]
	}
	// Step 1 and 2.
	type share struct {
		b int
		p float64
	}
	got := make([][]share, m.cfg.Slots)
	for b := range n {
		slots, post := m.posterior(m.similarities(sims, b, labels[b]), logPrior)
		for j, i := range slots {
			got[i] = append(got[i], share{b, post[j]})
		}
	}
	for i, shares := range got {
		if len(shares) == 0 {
			continue
		}
		h := m.cfg.Alpha * m.Hist[i]
		for _, s := range shares {
			h += s.p
		}
		m.Hist[i] = h
		k := m.key(i)
		keep := 1.0
		next := make([]float64, d)
		for _, s := range shares {
			r := s.p / h
			keep -= r
			for j := range next {
				next[j] += r * float64(q[s.b*d+j])
			}
		}
		for j := range next {
			next[j] += keep * k[j]
		}
		normalize(next)
		copy(k, next)
	}
	// Step 3.
	written := make([]bool, m.cfg.Slots)
	for b := range n {
		if !wrong[b] {
			continue
		}
		i := m.oldest(written)
		written[i] = true
		for j := range d {
			m.key(i)[j] = float64(q[b*d+j])
		}
		normalize(m.key(i))
		m.Values[i] = labels[b]
		m.Hist[i] = mean(m.Hist)
		m.Ages[i] = 0
	}
	// Step 4.
	for i := range m.Ages {
		m.Ages[i]++
	}
	return nil
}

// top1 is the first slot of posterior's order.
func top1(sim, logPrior []float64, kappa float64) int {
	best, bw := 0, math.Inf(-1)
	for i, s := range sim {
		if w := logPrior[i] + kappa*s - 1; w > bw {
			best, bw = i, w
		}
	}
	return best
}

// oldest returns the slot of largest age not in skip (the lowest such
// index on ties).
func (m *Memory) oldest(skip []bool) int {
	best := -1
	for i, a := range m.Ages {
		if !skip[i] && (best < 0 || a > m.Ages[best]) {
			best = i
		}
	}
	return best
}

// SampleSlot draws a slot for the generator with probability proportional
// to h * v (real slots only), given u uniform in [0, 1).
func (m *Memory) SampleSlot(u float64) int {
	total := 0.0
	for i, h := range m.Hist {
		total += h * m.Values[i]
	}
	t, last := u*total, -1
	for i, h := range m.Hist {
		w := h * m.Values[i]
		if w <= 0 {
			continue
		}
		last = i
		if t < w {
			return i
		}
		t -= w
	}
	return last // rounding at the top end; -1 when no real slot has weight
}

// Key returns a copy of slot i's key.
func (m *Memory) Key(i int) []float64 { return append([]float64(nil), m.key(i)...) }

func normalize(v []float64) {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	if s == 0 {
		return
	}
	s = 1 / math.Sqrt(s)
	for j := range v {
		v[j] *= s
	}
}

func mean(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}
