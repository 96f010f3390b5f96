package memory

import (
	"math"
	"math/rand/v2"
	"runtime"
	"sort"
	"testing"

	"github.com/ganpipe/ganpipe/blas"
	"github.com/ganpipe/ganpipe/internal/numtest"
)

func unit(v ...float64) []float32 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(x / math.Sqrt(s))
	}
	return out
}

func setKey(m *Memory, i int, v ...float64) {
	copy(m.key(i), v)
}

// The authors' initial state: zero keys, values 1 then 0, h 1e-5, age 0.
func TestNewIsTheAuthorsStart(t *testing.T) {
	m, err := New(Config{Slots: 6, Dim: 3, TopK: 2})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 6 {
		for _, k := range m.Key(i) {
			if k != 0 {
				t.Fatalf("slot %d key %v, want zero", i, m.Key(i))
			}
		}
		if want := map[bool]float64{true: 1, false: 0}[i < 3]; m.Values[i] != want || m.Hist[i] != 1e-5 || m.Ages[i] != 0 {
			t.Errorf("slot %d: value %g hist %g age %g", i, m.Values[i], m.Hist[i], m.Ages[i])
		}
	}
	if c := m.Config(); c.Kappa != 1 || c.Beta != 1e-8 || c.Alpha != 0.5 {
		t.Errorf("defaults %+v, want kappa 1, beta 1e-8, alpha 0.5", c)
	}
	for _, bad := range []Config{{Slots: 1, Dim: 2, TopK: 1}, {Slots: 4, Dim: 2, TopK: 5}, {Slots: 4, Dim: 2, TopK: 1, Alpha: 2}} {
		if _, err := New(bad); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}

// A read by hand: keys e1, e2, -e1 with values 1, 0, 1, h = 1 (beta 1e-8
// is negligible at 1e-8 relative), k = 2, query e1. Scores log(h) + q.K - 1:
// 0, -1, -2, so the top two are slots 0 and 1 with posterior
// 1/(1+e^-1) = 0.731059 and e^-1/(1+e^-1), which sum to 1, and D's output
// is the first (slot 1's value is 0). Tolerance 1e-8 (beta's effect).
func TestReadPosterior(t *testing.T) {
	m, _ := New(Config{Slots: 3, Dim: 2, TopK: 2})
	setKey(m, 0, 1, 0)
	setKey(m, 1, 0, 1)
	setKey(m, 2, -1, 0)
	m.Values = []float64{1, 0, 1}
	m.Hist = []float64{1, 1, 1}
	r := m.Read(unit(1, 0))
	p0 := 1 / (1 + math.Exp(-1))
	if r.Slots[0] != 0 || r.Slots[1] != 1 {
		t.Fatalf("top slots %v, want [0 1]", r.Slots)
	}
	numtest.Close(t, r.Posterior[0], p0, 1e-8, "posterior of slot 0: beta's effect")
	numtest.Close(t, r.Posterior[0]+r.Posterior[1], 1, 1e-15, "posterior normalised: one rounding")
	numtest.Close(t, r.Output, p0, 1e-8, "output: beta's effect")
}

// The read weighs its top k by alpha h + beta (the authors' get_result
// scales the gathered histograms by alpha), which matters against beta:
// with beta 1, alpha 0.5 and two slots of the same key with h 2 and 0,
// the weights are 2 : 1 (with h + beta they would be 3 : 1), so the
// output, slot 0's value 1 times its posterior, is 2/3. Tolerance 1e-15:
// one division.
func TestReadWeighsByAlphaH(t *testing.T) {
	m, _ := New(Config{Slots: 2, Dim: 2, TopK: 2, Beta: 1})
	setKey(m, 0, 1, 0)
	setKey(m, 1, 1, 0)
	m.Values = []float64{1, 0}
	m.Hist = []float64{2, 0}
	numtest.Close(t, m.Read(unit(1, 0)).Output, 2.0/3, 1e-15, "output, hand value")
}

// EM on two well-separated clusters: two real slots start off-centre
// (30 degrees from their clusters' directions); queries from the two
// clusters (unit vectors around e1 and e2, noise 0.05 per coordinate)
// pull each slot to its own cluster. With the authors' kappa 1 the
// posterior is soft (a slot's fixed point mixes both clusters), so this
// test uses kappa 30, where the assignment is hard and each key must end
// at its cluster's mean direction: within 0.01 in cosine distance (with
// h near 2 each update moves a key half-way to its query, so the key is a
// running mean of the last few queries, ~0.001 off at this noise). One
// query per update: within a batch the last query that has a slot in its
// top k writes it (as the authors' scatter), so a batch of both clusters
// would move both slots toward its last query's cluster only.
func TestEMConvergesToClusterMeans(t *testing.T) {
	m, _ := New(Config{Slots: 4, Dim: 3, TopK: 2, Kappa: 30})
	c30, s30 := math.Cos(math.Pi/6), math.Sin(math.Pi/6)
	setKey(m, 0, c30, 0, s30) // 30 degrees off e1
	setKey(m, 1, 0, c30, s30) // 30 degrees off e2
	m.Hist = []float64{1, 1, 1e-5, 1e-5}
	r := rand.New(rand.NewPCG(1, 2))
	var q []float32
	var labels []float64
	for j := range 400 {
		v := []float64{r.NormFloat64() * 0.05, r.NormFloat64() * 0.05, r.NormFloat64() * 0.05}
		v[j%2]++ // around e1 or e2
		q, labels = unit(v...), []float64{1}
		if err := m.Update(q, labels); err != nil {
			t.Fatal(err)
		}
	}
	for i, dir := range [][]float64{{1, 0, 0}, {0, 1, 0}} {
		k := m.Key(i)
		if cos := k[0]*dir[0] + k[1]*dir[1] + k[2]*dir[2]; 1-cos > 0.01 {
			t.Errorf("slot %d key %v: cosine %g to its cluster's direction", i, k, cos)
		}
	}
}

// Replacement by hand: keys e1 (fake), e2 (real), -e1 (real), -e2 (fake),
// ages 1, 5, 3, 2, h 1, k 2. A real query e1 has a fake nearest slot
// (slot 0), so it is written into the oldest slot, 1: key e1, value 1, h
// the mean h before the update (1), age 0; it takes no EM step (the
// authors' reset rows replace its k update rows), so slot 2, in its
// label-conditional top 2, keeps its key. The others age by 1.
func TestWrongNearestSlotReplacesTheOldest(t *testing.T) {
	m, _ := New(Config{Slots: 4, Dim: 2, TopK: 2})
	for i, k := range [][]float64{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
		setKey(m, i, k...)
	}
	m.Values = []float64{0, 1, 1, 0}
	m.Ages = []float64{1, 5, 3, 2}
	m.Hist = []float64{1, 1, 1, 1}
	if err := m.Update(unit(1, 0), []float64{1}); err != nil {
		t.Fatal(err)
	}
	numtest.Close(t, m.Hist[1], 1, 0, "slot 1's h: the mean h before the update, exact")
	if k := m.Key(1); k[0] != 1 || k[1] != 0 || m.Values[1] != 1 {
		t.Errorf("slot 1: key %v value %g, want [1 0], 1", k, m.Values[1])
	}
	if k := m.Key(2); k[0] != -1 || k[1] != 0 || m.Hist[2] != 1 {
		t.Errorf("slot 2 moved (key %v, h %g): a reset query took an EM step", k, m.Hist[2])
	}
	if want := []float64{2, 0, 4, 3}; m.Ages[0] != want[0] || m.Ages[1] != want[1] || m.Ages[2] != want[2] || m.Ages[3] != want[3] {
		t.Errorf("ages %v, want %v", m.Ages, want)
	}
	// A query whose nearest slot has its label replaces nothing.
	before := m.Key(2)
	_ = m.Update(unit(-1, 0.01), []float64{1})
	if m.Values[0] != 0 || m.Key(0)[0] != 1 {
		t.Errorf("a right nearest slot still replaced slot 0: %v", m.Key(0))
	}
	if after := m.Key(2); after[0] == before[0] && after[1] == before[1] {
		t.Errorf("the EM step did not move slot 2 toward its query")
	}
}

// Ages count updates since a slot was last used, written or EM-updated
// (the authors' scatter of age 0 to every updated row): with keys e1
// (real, age 9), e2 (real, age 8), -e1 (fake, age 1), k 1, a real query e1
// EM-updates slot 0, which restarts at age 0, so a fake query e1 (nearest
// slot 0 is real) replaces slot 1, the least recently used, not slot 0.
func TestOldestIsLeastRecentlyUsed(t *testing.T) {
	m, _ := New(Config{Slots: 3, Dim: 2, TopK: 1})
	for i, k := range [][]float64{{1, 0}, {0, 1}, {-1, 0}} {
		setKey(m, i, k...)
	}
	m.Values = []float64{1, 1, 0}
	m.Ages = []float64{9, 8, 1}
	m.Hist = []float64{1, 1, 1}
	if err := m.Update(unit(1, 0), []float64{1}); err != nil {
		t.Fatal(err)
	}
	if want := []float64{0, 9, 2}; m.Ages[0] != want[0] || m.Ages[1] != want[1] || m.Ages[2] != want[2] {
		t.Fatalf("ages %v after an EM step on slot 0, want %v", m.Ages, want)
	}
	if err := m.Update(unit(1, 0), []float64{0}); err != nil {
		t.Fatal(err)
	}
	if m.Values[0] != 1 || m.Values[1] != 0 {
		t.Errorf("values %v: the fake query should replace slot 1 (least recently used), not slot 0", m.Values)
	}
}

// The EM posterior carries no label penalty (the authors' E step
// recomputes the similarities from the gathered keys), and every slot of
// a query's top k gets h <- alpha h + 1 (the authors' sum of the
// posterior over the k), not alpha h + p: keys e1 (real) and e2 (fake),
// h 1, k 2; a real query e1 has both in its label-conditional top 2 with
// posterior 1/(1 + e^-1) and p = e^-1/(1 + e^-1) (with the penalty of 2,
// e^-3/(1 + e^-3)), so the fake slot's key becomes normalize(e2 (1 - r) +
// e1 r), r = p / 1.5, and both h become 1.5. Tolerance 1e-12: the two
// priors are equal, beta cancels; a few roundings.
func TestEMPosteriorHasNoLabelPenalty(t *testing.T) {
	m, _ := New(Config{Slots: 2, Dim: 2, TopK: 2})
	setKey(m, 0, 1, 0)
	setKey(m, 1, 0, 1)
	m.Hist = []float64{1, 1}
	if err := m.Update(unit(1, 0), []float64{1}); err != nil {
		t.Fatal(err)
	}
	p := math.Exp(-1) / (1 + math.Exp(-1))
	r := p / 1.5
	k := m.Key(1)
	numtest.Close(t, k[0], r/math.Hypot(r, 1-r), 1e-12, "fake slot's key, e1 part, hand value")
	numtest.Close(t, k[1], (1-r)/math.Hypot(r, 1-r), 1e-12, "fake slot's key, e2 part, hand value")
	numtest.Close(t, m.Hist[0], 1.5, 0, "real slot's h, alpha h + 1, exact")
	numtest.Close(t, m.Hist[1], 1.5, 0, "fake slot's h, alpha h + 1, exact")
}

// Within a batch, the last query with a slot in its top k writes it, from
// the state before the update (the authors' scatter of the batch's rows):
// slot 0 e1 (real), slot 1 -e1 (fake), k 1; real queries (1, 0.5) and
// (1, -0.5) normalised both EM-update slot 0 with p = 1, and it ends at
// normalize(e1 (1 - r) + q2 r), r = 1 / 1.5: its second coordinate is
// negative (a batch mean would give 0). Tolerance 1e-12: a few roundings.
func TestLastQueryOfABatchWins(t *testing.T) {
	m, _ := New(Config{Slots: 2, Dim: 2, TopK: 1})
	setKey(m, 0, 1, 0)
	setKey(m, 1, -1, 0)
	m.Hist = []float64{1, 1}
	q2 := unit(1, -0.5)
	if err := m.Update(append(unit(1, 0.5), q2...), []float64{1, 1}); err != nil {
		t.Fatal(err)
	}
	r := 1 / 1.5
	x, y := (1-r)+r*float64(q2[0]), r*float64(q2[1])
	k := m.Key(0)
	numtest.Close(t, k[0], x/math.Hypot(x, y), 1e-12, "slot 0's key, first coordinate, hand value")
	numtest.Close(t, k[1], y/math.Hypot(x, y), 1e-12, "slot 0's key, second coordinate, hand value")
	numtest.Close(t, m.Hist[0], 1.5, 0, "slot 0's h, alpha h + 1 once, exact")
}

// The mean h a replaced slot gets is the one before the update: slots e1
// (real, h 1), e2 (fake, h 1.5), -e1 (real, h 1, oldest), -e2 (fake,
// h 1.5), k 1; a batch of a real query e1 (EM on slot 0: h 0.5 + 1 = 1.5)
// and a real query e2 (nearest slot 1 is fake: written into slot 2) gives
// slot 2 the mean (1 + 1.5 + 1 + 1.5) / 4 = 1.25, not 1.375 (with slot 0's
// new h). Dyadic values: exact.
func TestResetTakesTheMeanBeforeTheUpdate(t *testing.T) {
	m, _ := New(Config{Slots: 4, Dim: 2, TopK: 1})
	for i, k := range [][]float64{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
		setKey(m, i, k...)
	}
	m.Values = []float64{1, 0, 1, 0}
	m.Hist = []float64{1, 1.5, 1, 1.5}
	m.Ages = []float64{0, 0, 5, 0}
	if err := m.Update(append(unit(1, 0), unit(0, 1)...), []float64{1, 1}); err != nil {
		t.Fatal(err)
	}
	numtest.Close(t, m.Hist[0], 1.5, 0, "slot 0's h after its EM step, exact")
	numtest.Close(t, m.Hist[2], 1.25, 0, "the replaced slot's h: the mean before the update, exact")
}

// No slot is ever non-unit: after every update of a long random run, each
// key is zero (never written) or of norm 1 to 1e-12.
func TestKeysStayUnit(t *testing.T) {
	m, _ := New(Config{Slots: 16, Dim: 5, TopK: 4})
	r := rand.New(rand.NewPCG(3, 4))
	for step := range 300 {
		var q []float32
		var labels []float64
		for range 8 {
			q = append(q, unit(r.NormFloat64(), r.NormFloat64(), r.NormFloat64(), r.NormFloat64(), r.NormFloat64())...)
			labels = append(labels, float64(r.IntN(2)))
		}
		if err := m.Update(q, labels); err != nil {
			t.Fatal(err)
		}
		for i := range 16 {
			s := 0.0
			for _, x := range m.Key(i) {
				s += x * x
			}
			if s != 0 && !numtest.Close(t, math.Sqrt(s), 1, 1e-12, "unit key") {
				t.Fatalf("step %d: slot %d", step, i)
			}
		}
	}
	if err := m.Update(make([]float32, 4), []float64{1}); err == nil {
		t.Error("a query of the wrong dimension was accepted")
	}
}

// The generator's slot is drawn in proportion to h * v: with h 1, 3, 2, 4
// and values 1, 1, 0, 0, slot 0 for u < 1/4, slot 1 above.
func TestSampleSlot(t *testing.T) {
	m, _ := New(Config{Slots: 4, Dim: 2, TopK: 1})
	m.Hist = []float64{1, 3, 2, 4}
	m.Values = []float64{1, 1, 0, 0}
	for _, c := range []struct {
		u    float64
		want int
	}{{0, 0}, {0.2499, 0}, {0.25, 1}, {0.999, 1}} {
		if got := m.SampleSlot(c.u); got != c.want {
			t.Errorf("u %g: slot %d, want %d", c.u, got, c.want)
		}
	}
}

// topK agrees with a full stable sort (largest first, lower index on
// ties) on random scores with many ties.
func TestTopKMatchesStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := range 50 {
		n, k := 1+r.IntN(300), 0
		k = 1 + r.IntN(n)
		w := make([]float64, n)
		for i := range w {
			w[i] = float64(r.IntN(20)) // ties on purpose
		}
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return w[idx[a]] > w[idx[b]] })
		got := topK(w, k)
		for j := range k {
			if got[j] != idx[j] {
				t.Fatalf("trial %d (n %d, k %d): position %d is %d, want %d", trial, n, k, j, got[j], idx[j])
			}
		}
	}
}

// A batch read is the per-query reads (the same state, the same product).
func TestReadBatchIsPerQueryReads(t *testing.T) {
	m, _ := New(Config{Slots: 40, Dim: 5, TopK: 7})
	r := rand.New(rand.NewPCG(5, 6))
	q := make([]float32, 0, 9*5)
	for range 9 {
		q = append(q, unit(r.NormFloat64(), r.NormFloat64(), r.NormFloat64(), r.NormFloat64(), r.NormFloat64())...)
	}
	labels := []float64{1, 0, 1, 1, 0, 0, 1, 0, 1}
	if err := m.Update(q, labels); err != nil {
		t.Fatal(err)
	}
	batch := m.ReadBatch(q, 9)
	for b := range 9 {
		one := m.Read(q[b*5 : (b+1)*5])
		// Tolerance 1e-12: the same float32 product row either way.
		numtest.Close(t, batch[b].Output, one.Output, 1e-12, "output")
		for j := range one.Slots {
			if batch[b].Slots[j] != one.Slots[j] {
				t.Fatalf("query %d slot %d: %d vs %d", b, j, batch[b].Slots[j], one.Slots[j])
			}
		}
	}
}

// benchMemory is a memory of the authors' Fashion-MNIST size (N 4096,
// M 256, k 128) with random unit keys, and a batch of 64 unit queries.
func benchMemory(b *testing.B) (*Memory, []float32) {
	blas.UseSplit(runtime.NumCPU(), 2) // the binary's BLAS (OpenBLAS), as models/gan's tests
	m, _ := New(Config{Slots: 4096, Dim: 256, TopK: 128})
	r := rand.New(rand.NewPCG(1, 2))
	for i := range m.Keys {
		m.Keys[i] = r.NormFloat64()
	}
	for i := range 4096 {
		normalize(m.key(i))
		m.Hist[i] = r.Float64()
	}
	q := make([]float32, 64*256)
	for b := range 64 {
		v := make([]float64, 256)
		for j := range v {
			v[j] = r.NormFloat64()
		}
		normalize(v)
		for j, x := range v {
			q[b*256+j] = float32(x)
		}
	}
	return m, q
}

// BenchmarkMemoryRead64 and BenchmarkMemoryUpdate64: one read and one
// update with 64 queries at the authors' sizes.
func BenchmarkMemoryRead64(b *testing.B) {
	m, q := benchMemory(b)
	b.ResetTimer()
	for range b.N {
		m.ReadBatch(q, 64)
	}
}

func BenchmarkMemoryUpdate64(b *testing.B) {
	m, q := benchMemory(b)
	labels := make([]float64, 64)
	for i := range labels {
		labels[i] = float64(i % 2)
	}
	b.ResetTimer()
	for range b.N {
		if err := m.Update(q, labels); err != nil {
			b.Fatal(err)
		}
	}
}

// lockRun runs iterations of the authors' schedule (a real update, then
// two fake updates: the D step's and the G step's) with perfectly
// separated queries: every real query e1, every fake query -e1, so a fake
// query's cosine is 1 with a fake slot written from an earlier fake query
// and -1 with the real slots, the largest gap any discriminator can give
// (2 kappa). Before each fake update it reads the fake queries and calls
// check with the iteration, the read and the memory.
func lockRun(t *testing.T, cfg Config, iters int, check func(it int, r Read, m *Memory)) {
	t.Helper()
	m, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	const B = 4
	realQ, fakeQ := make([]float32, 0, B*cfg.Dim), make([]float32, 0, B*cfg.Dim)
	e1 := make([]float64, cfg.Dim)
	e1[0] = 1
	for range B {
		realQ = append(realQ, unit(e1...)...)
		fakeQ = append(fakeQ, unit(negate(e1)...)...)
	}
	ones, zeros := []float64{1, 1, 1, 1}, make([]float64, B)
	for it := 1; it <= iters; it++ {
		if err := m.Update(realQ, ones); err != nil {
			t.Fatal(err)
		}
		for range 2 {
			check(it, m.ReadBatch(fakeQ, B)[B-1], m)
			if err := m.Update(fakeQ, zeros); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func negate(v []float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = -x
	}
	return out
}

// With the authors' reset rule (a replaced slot gets the mean h) the start
// locks whatever the queries are: the k real slots written by the first
// real update gain h 1, 1.5, ..., 2, while every fake slot is written by
// replacement with the mean h, about k h_real / N. While
// log(h_real / h_fake) > 2 kappa no cosine can make a fake slot the nearest
// to a fake query, so every fake query resets (no fake slot is ever
// EM-updated, i.e. none reaches h >= 1) and reads exactly 1: D's clipped
// losses pass no gradient. Sizes: N 512, k 8, M 4, batch 4, the ratio
// k / N = 1/64 of the authors' 128 / 4096 is half theirs (1/32), so the
// mean h starts near 1/64 and the lock must hold for the first 10
// iterations (log(2 / h_fake) > 2 until h_fake > 0.27; hsim.py of
// docs/results/memorygan/ follows the same rules at the authors' sizes).
// Tolerance of the read: 1e-12 (the posterior's sum rounded).
func TestAuthorsResetRuleLocksTheStart(t *testing.T) {
	locked := 0
	lockRun(t, Config{Slots: 512, Dim: 4, TopK: 8}, 10, func(it int, r Read, m *Memory) {
		hReal, hFake := 0.0, 0.0
		for i, v := range m.Values {
			if v == 1 {
				hReal = math.Max(hReal, m.Hist[i])
			} else {
				hFake = math.Max(hFake, m.Hist[i])
			}
		}
		if math.Log(hReal/hFake) <= 2 {
			t.Fatalf("iteration %d: h real %g, fake %g: the prior no longer locks", it, hReal, hFake)
		}
		if hFake >= 1 {
			t.Fatalf("iteration %d: a fake slot has h %g >= 1: some fake query took an EM step", it, hFake)
		}
		numtest.Close(t, r.Output, 1, 1e-12, "a locked fake query reads 1: the posterior's sum rounded")
		locked++
	})
	if locked != 20 {
		t.Errorf("%d fake reads checked, want 20", locked)
	}
}

// With ResetHist 1 the same perfectly separated fake queries find the
// fake slots the first fake update wrote (score log 1 + 1 - 1 = 0 against
// the real slots' log h_real - 2 < 0): from the second fake update on, a
// fake query's nearest slot is fake, it takes an EM step instead of a
// reset, and its read is well inside D's clip [1e-3, 1 - 1e-3], so the
// loss passes a gradient. By hand for the second read: the top 8 are the
// 4 fake slots (h 1, cosine 1) and 4 of the real ones (h 1, cosine -1),
// weighed by alpha h e^(q.K - 1), so the output is
// 4 e^-2 / (4 + 4 e^-2) = 0.1192029 (tolerance 1e-6: keys and queries in
// float32). Later reads must stay in (1e-3, 0.2).
func TestResetHistOneUnlocksTheStart(t *testing.T) {
	reads := 0
	lockRun(t, Config{Slots: 512, Dim: 4, TopK: 8, ResetHist: 1}, 3, func(it int, r Read, m *Memory) {
		reads++
		switch {
		case reads == 1: // the first fake read sees only the real slots
		case reads == 2:
			numtest.Close(t, r.Output, math.Exp(-2)/(1+math.Exp(-2)), 1e-6, "second fake read by hand: float32 keys")
		case r.Output <= 1e-3 || r.Output >= 0.2:
			t.Errorf("iteration %d: fake read %g, want in (1e-3, 0.2)", it, r.Output)
		}
	})
	if reads != 6 {
		t.Errorf("%d fake reads, want 6", reads)
	}
}
