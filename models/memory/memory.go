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

	"github.com/ganpipe/ganpipe/internal/f32"
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
	// ResetHist, when positive, is the h a slot written by replacement
	// gets. Zero is the authors' rule: the mean h of all slots before the
	// update. The authors' rule locks the memory for the first ~60
	// iterations at their sizes whatever the queries are (every fake
	// query resets and reads 1; docs/results/memorygan.md); 1, the floor
	// of an EM-touched slot's h, is a non-authors' way out.
	ResetHist float64
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
	sims   []float32 // batchSims's result, reused by the next call
}

// New makes a memory as the authors' code starts it: zero keys, the first
// half of the values 1 and the second half 0, histograms 1e-5, ages 0.
func New(cfg Config) (*Memory, error) {
	cfg = cfg.withDefaults()
	if cfg.Slots < 2 || cfg.Dim < 1 || cfg.TopK < 1 || cfg.TopK > cfg.Slots {
		return nil, fmt.Errorf("memory: %d slots of dimension %d with top %d (want >= 2 slots, 1 <= k <= slots)", cfg.Slots, cfg.Dim, cfg.TopK)
	}
	if cfg.Alpha <= 0 || cfg.Alpha > 1 || cfg.Kappa <= 0 || cfg.Beta < 0 || cfg.ResetHist < 0 {
		return nil, fmt.Errorf("memory: alpha %g (want (0, 1]), kappa %g (> 0), beta %g (>= 0), reset h %g (>= 0)", cfg.Alpha, cfg.Kappa, cfg.Beta, cfg.ResetHist)
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
// vector), all against the same state. The top k slots are chosen by
// (h + beta) exp(kappa q.K - 1) and weighed by (alpha h + beta)
// exp(kappa q.K - 1), as the authors' get_hint_pool_idxs and get_result do.
func (m *Memory) ReadBatch(q []float32, n int) []Read {
	sims := m.batchSims(q, n)
	sel, weigh := m.logPriors()
	out := make([]Read, n)
	f32.ParFor(n, 1, func(_, lo, hi int) {
		score := make([]float64, m.cfg.Slots)
		for b := lo; b < hi; b++ {
			row := sims[b*m.cfg.Slots : (b+1)*m.cfg.Slots]
			slots := m.topSlots(score, row, sel, -1)
			r := Read{Slots: slots, Posterior: m.posterior(slots, row, weigh)}
			for j, i := range slots {
				r.Output += r.Posterior[j] * m.Values[i]
			}
			out[b] = r
		}
	})
	return out
}

// batchSims returns q.K_i for n queries and every slot, [n, Slots]
// row-major, as one float32 matrix product (BLAS: a batch of 128 queries
// against 4096 keys of 256 is 134M multiply-adds, too many for a Go loop
// on every training step). The keys are rounded to float32 for it. The
// result is scratch the next call overwrites (2 MiB at those sizes, four
// times per training iteration).
func (m *Memory) batchSims(q []float32, n int) []float32 {
	N, d := m.cfg.Slots, m.cfg.Dim
	if len(m.k32) != N*d {
		m.k32 = make([]float32, N*d)
	}
	for i, v := range m.Keys {
		m.k32[i] = float32(v)
	}
	if cap(m.sims) < n*N {
		m.sims = make([]float32, n*N)
	}
	s := m.sims[:n*N]
	blas32.Gemm(blas.NoTrans, blas.Trans, 1,
		blas32.General{Rows: n, Cols: d, Stride: d, Data: q[:n*d]},
		blas32.General{Rows: N, Cols: d, Stride: d, Data: m.k32},
		0, blas32.General{Rows: n, Cols: N, Stride: N, Data: s})
	return s
}

// logPriors returns log(h_i + beta), the prior that chooses the top k, and
// log(alpha h_i + beta), the one that weighs them (the authors' code
// scales the gathered histograms by alpha before the posterior).
func (m *Memory) logPriors() (sel, weigh []float64) {
	sel, weigh = make([]float64, m.cfg.Slots), make([]float64, m.cfg.Slots)
	for i, h := range m.Hist {
		sel[i] = math.Log(h + m.cfg.Beta)
		weigh[i] = math.Log(m.cfg.Alpha*h + m.cfg.Beta)
	}
	return sel, weigh
}

// topSlots returns the top-k slots by log(h + beta) + kappa s - 1 for one
// query's similarities sim (label >= 0: slots of the other value have s
// lowered by 2, the authors' label-conditional hint pool), best first,
// ties to the lower slot so the order is a function of the state alone.
// score is scratch of length Slots.
func (m *Memory) topSlots(score []float64, sim []float32, sel []float64, label float64) []int {
	for i, s := range sim {
		w := float64(s)
		if label >= 0 && m.Values[i] != label {
			w -= 2
		}
		score[i] = sel[i] + m.cfg.Kappa*w - 1
	}
	return topK(score, m.cfg.TopK)
}

// posterior returns the normalised weights (alpha h + beta)
// exp(kappa q.K - 1) of the given slots, computed in log space (the
// weights of well-matched slots differ by factors of exp(kappa * 2)). The
// similarities carry no label penalty: the authors' E step recomputes
// them from the gathered keys.
func (m *Memory) posterior(slots []int, sim []float32, weigh []float64) []float64 {
	post := make([]float64, len(slots))
	mx := math.Inf(-1)
	for j, i := range slots {
		post[j] = weigh[i] + m.cfg.Kappa*float64(sim[i]) - 1
		mx = math.Max(mx, post[j])
	}
	sum := 0.0
	for j := range post {
		post[j] = math.Exp(post[j] - mx)
		sum += post[j]
	}
	for j := range post {
		post[j] /= sum
	}
	return post
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

// queryPlan is what one query of an update does, decided on the state
// before the update: reset (its nearest slot has the other label) writes
// it into an old slot; otherwise one EM step on its label-conditional
// top-k slots with the given posterior.
type queryPlan struct {
	reset bool
	slots []int
	post  []float64
}

// Update runs one memory update with a batch of queries (n rows of Dim,
// each a unit vector) and their labels (1 real, 0 fake) as the authors'
// BaseMemory.query does, every query against the state before the update:
//
//  1. a query whose unconditional nearest slot (top-1 by
//     (h + beta) exp(kappa q.K - 1)) has the other label is written into
//     one of the oldest slots: key q, value its label, h the mean h before
//     the update (or Config.ResetHist when set); it takes no EM step;
//  2. every other query takes its label-conditional top-k slots (slots of
//     the other label have their similarity lowered by 2 for the choice,
//     not for the posterior), its posterior p over them by
//     (alpha h + beta) exp(kappa q.K - 1), and one incremental EM step on
//     each: h <- alpha h + 1 and K <- normalize(K (1 - r) + q r) with
//     r = p / (alpha h + 1). The authors' code adds the posterior's sum
//     over the k (1) to each slot's h, not the slot's own p as the paper's
//     equation does; it keeps every used slot's h within [1, 2), so the
//     prior never outweighs the similarity's factor of up to e^(2 kappa);
//  3. where several queries of the batch write one slot, the last one
//     wins (the authors' tf.scatter_update of the batch's rows in order,
//     as its CPU kernel applies them);
//  4. every slot ages by 1, then every slot written gets age 0: the oldest
//     slot is the least recently used.
func (m *Memory) Update(q []float32, labels []float64) error {
	d := m.cfg.Dim
	if len(q) != d*len(labels) {
		return fmt.Errorf("memory: %d query values for %d labels of dimension %d", len(q), len(labels), d)
	}
	n := len(labels)
	if n == 0 {
		return nil
	}
	sims := m.batchSims(q, n)
	sel, weigh := m.logPriors()
	plans := make([]queryPlan, n)
	f32.ParFor(n, 1, func(_, lo, hi int) {
		score := make([]float64, m.cfg.Slots)
		for b := lo; b < hi; b++ {
			plans[b] = m.plan(score, sims[b*m.cfg.Slots:(b+1)*m.cfg.Slots], sel, weigh, labels[b])
		}
	})
	m.apply(q, labels, plans)
	return nil
}

// plan decides one query's part of an update (Update's steps 1 and 2).
func (m *Memory) plan(score []float64, sim []float32, sel, weigh []float64, label float64) queryPlan {
	if m.Values[top1(sim, sel, m.cfg.Kappa)] != label {
		return queryPlan{reset: true}
	}
	slots := m.topSlots(score, sim, sel, label)
	return queryPlan{slots: slots, post: m.posterior(slots, sim, weigh)}
}

// apply carries out the plans (Update's steps 1 to 4): the reset queries
// take the oldest slots (by age before the update, lower slot first on
// ties) one each in batch order, each slot goes to the last query that
// writes it, and the slots are then written in parallel, each from its
// own old state.
func (m *Memory) apply(q []float32, labels []float64, plans []queryPlan) {
	N, d, alpha := m.cfg.Slots, m.cfg.Dim, m.cfg.Alpha
	resetH := mean(m.Hist)
	if m.cfg.ResetHist > 0 {
		resetH = m.cfg.ResetHist
	}
	resets := 0
	for _, p := range plans {
		if p.reset {
			resets++
		}
	}
	oldest := topK(m.Ages, max(resets, 1))
	owner, pos := make([]int32, N), make([]int32, N) // the writing query, and the slot's place in its plan
	for i := range owner {
		owner[i] = -1
	}
	j := 0
	for b := range plans {
		if plans[b].reset {
			plans[b].slots = oldest[j : j+1]
			j++
		}
		for jj, i := range plans[b].slots {
			owner[i], pos[i] = int32(b), int32(jj)
		}
	}
	f32.ParFor(N, 64, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			m.Ages[i]++
			b := owner[i]
			if b < 0 {
				continue
			}
			m.Ages[i] = 0
			k, qb := m.key(i), q[int(b)*d:int(b+1)*d]
			if plans[b].reset {
				for c, v := range qb {
					k[c] = float64(v)
				}
				m.Values[i], m.Hist[i] = labels[b], resetH
			} else {
				h := alpha*m.Hist[i] + 1
				r := plans[b].post[pos[i]] / h
				for c, v := range qb {
					k[c] = k[c]*(1-r) + float64(v)*r
				}
				m.Hist[i] = h
			}
			normalize(k)
		}
	})
}

// top1 is the first slot of the unconditional top-k order.
func top1(sim []float32, sel []float64, kappa float64) int {
	best, bw := 0, math.Inf(-1)
	for i, s := range sim {
		if w := sel[i] + kappa*float64(s) - 1; w > bw {
			best, bw = i, w
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
