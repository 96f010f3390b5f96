package stages

import (
	"context"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/speclang"
	"github.com/zclconf/go-cty/cty"
)

// TestOptimizerBetas: each unset beta takes its rule's default on its own;
// a set one (0 included) is kept. Expected values: Adam's 0.9 / 0.999 and
// RMSProp's rho 0.99 (the constants' documented sources), exact.
func TestOptimizerBetas(t *testing.T) {
	null := cty.NullVal(cty.Number)
	num := cty.NumberFloatVal
	cases := []struct {
		name   string
		kind   nn.OptimizerKind
		b1, b2 cty.Value
		w1, w2 float64
	}{
		{"adam, none set", nn.OptAdam, null, null, 0.9, 0.999},
		{"adam, beta1 only (the bug: beta2 was 0)", nn.OptAdam, num(0.5), null, 0.5, 0.999},
		{"adam, beta2 only", nn.OptAdam, null, num(0.9), 0.9, 0.9},
		{"adam, both (WGAN-GP's 0, 0.9)", nn.OptAdam, num(0), num(0.9), 0, 0.9},
		{"rmsprop, none set", nn.OptRMSProp, null, null, 0, 0.99},
		{"rmsprop, rho set", nn.OptRMSProp, null, num(0.9), 0, 0.9},
		{"sgd ignores them", nn.OptSGD, null, null, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := newConfig(newGANTrainKind().attrs, cty.ObjectVal(map[string]cty.Value{"beta1": c.b1, "beta2": c.b2}))
			b1, b2 := optimizerBetas(c.kind, cfg)
			if b1 != c.w1 || b2 != c.w2 {
				t.Fatalf("betas (%v, %v), want (%v, %v)", b1, b2, c.w1, c.w2)
			}
		})
	}
}

// runSpec runs a spec in a fresh cache and returns the store and result.
func runSpec(t *testing.T, src string) (*cache.FS, *pipeline.Result) {
	t.Helper()
	reg, err := Registry()
	if err != nil {
		t.Fatal(err)
	}
	sp, diags := speclang.Load("test.hcl", []byte(src), speclang.Options{Kinds: reg})
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	g, err := pipeline.NewGraph(sp)
	if err != nil {
		t.Fatal(err)
	}
	store, err := cache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Run(context.Background(), g, &pipeline.Options{
		Store: store, Kinds: reg, Versions: map[string]string{"ganpipe": "test"}, Jobs: 1,
		Env: pipeline.Env{OutDir: t.TempDir()}})
	if err != nil {
		t.Fatal(err)
	}
	return store, res
}

// output returns the local path of a stage's output.
func output(t *testing.T, store *cache.FS, res *pipeline.Result, addr, name string) string {
	t.Helper()
	for _, s := range res.Stages {
		if s.Addr != addr {
			continue
		}
		if s.Err != nil {
			t.Fatalf("%s: %v", addr, s.Err)
		}
		m, err := store.Get(context.Background(), s.Key)
		if err != nil {
			t.Fatal(err)
		}
		p, err := store.Path(context.Background(), m.Outputs[name])
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	t.Fatalf("no stage %s", addr)
	return ""
}

func stageMetrics(t *testing.T, store *cache.FS, res *pipeline.Result, addr string) map[string]float64 {
	t.Helper()
	m, err := artifact.ReadMetrics(output(t, store, res, addr, "metrics"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, r := range m.Rows {
		out[r.Name] = r.Value
	}
	return out
}

// TestGANTrainStage runs gan_train on the 8-Gaussian ring (labelled by
// mode): a configuration that diverges (KL f-GAN, SGD lr 1e4) is a finished
// stage whose metrics say diverged = 1 at a positive update, not a failed
// run; a conditional InfoGAN writes balanced labels ((i/10) mod 8) beside
// its samples and records its MI loss; tanh output on data outside [0,1]
// is refused with a message naming g_output.
func TestGANTrainStage(t *testing.T) {
	src := `
pipeline "t" { seed = 1 }
dataset "ring" {
  source = "ring"
  n      = 400
}
stage "gan_train" "div" {
  data       = dataset.ring.train
  g_hidden   = [8]
  g_output   = "linear"
  d_hidden   = [8]
  d_pieces   = 1
  d_drop_in  = 0
  d_drop     = 0
  loss       = "fgan"
  divergence = "kl"
  lr         = 10000
  decay      = 1
  iters      = 200
  batch      = 50
  samples    = 100
}
stage "gan_train" "cond" {
  data        = dataset.ring.train
  noise       = 4
  g_hidden    = [16]
  g_output    = "linear"
  d_hidden    = [16]
  d_pieces    = 1
  d_drop_in   = 0
  d_drop      = 0.2
  optimizer   = "adam"
  lr          = 0.001
  beta1       = 0.5
  iters       = 30
  batch       = 40
  samples     = 200
  conditional = true
  cat_codes   = 3
  cont_codes  = 2
}
stage "gan_train" "tanh" {
  data     = dataset.ring.train
  g_hidden = [8]
  d_hidden = [8]
  g_output = "tanh"
  iters    = 2
  batch    = 10
}
stage "gan_train" "tanh_unit" {
  data       = dataset.ring.train
  g_hidden   = [8]
  d_hidden   = [8]
  g_output   = "tanh"
  data_range = "unit"
  g_steps    = 2
  iters      = 2
  batch      = 10
  samples    = 50
}
stage "gan_train" "unit_sigmoid" {
  data       = dataset.ring.train
  g_hidden   = [8]
  d_hidden   = [8]
  data_range = "unit"
  iters      = 2
  batch      = 10
}
stage "gan_train" "steps_sim" {
  data     = dataset.ring.train
  g_hidden = [8]
  d_hidden = [8]
  g_output = "linear"
  update   = "simultaneous"
  g_steps  = 2
  iters    = 2
  batch    = 10
}
`
	store, res := runSpec(t, src)
	for _, s := range res.Stages {
		switch {
		case s.Addr == "stage.tanh":
			if s.Err == nil || !strings.Contains(s.Err.Error(), "g_output") {
				t.Errorf("tanh on ring data: err %v, want a g_output error", s.Err)
			}
		case s.Addr == "stage.unit_sigmoid":
			if s.Err == nil || !strings.Contains(s.Err.Error(), "data_range") {
				t.Errorf("data_range unit with a sigmoid G: err %v, want a data_range error", s.Err)
			}
		case s.Addr == "stage.steps_sim":
			if s.Err == nil || !strings.Contains(s.Err.Error(), "generator steps") {
				t.Errorf("g_steps 2 with simultaneous updates: err %v, want the generator-steps refusal", s.Err)
			}
		case s.Err != nil:
			t.Errorf("%s failed: %v", s.Addr, s.Err)
		}
	}
	// data_range = "unit": the ring's coordinates (outside [0, 1]) train a
	// tanh G as they are, and its samples are written as drawn, in (-1, 1)
	// and some negative; mapped back they would lie in (0, 1).
	u, err := artifact.ReadMatrix(output(t, store, res, "stage.tanh_unit", "samples"))
	if err != nil {
		t.Fatal(err)
	}
	neg := 0
	for i, v := range u.Data {
		if !(v > -1 && v < 1) {
			t.Fatalf("unit-range tanh sample value %d = %v, want in (-1, 1)", i, v)
		}
		if v < 0 {
			neg++
		}
	}
	if neg == 0 {
		t.Errorf("unit-range tanh samples: none negative in %d values; were they mapped to [0, 1]?", len(u.Data))
	}
	div := stageMetrics(t, store, res, "stage.div")
	if div["diverged"] != 1 || !(div["diverged_at"] >= 1) {
		t.Errorf("diverging run: diverged %v at %v, want 1 at >= 1", div["diverged"], div["diverged_at"])
	}
	cond := stageMetrics(t, store, res, "stage.cond")
	if cond["diverged"] != 0 {
		t.Errorf("conditional run diverged at %v", cond["diverged_at"])
	}
	for _, k := range []string{"mi_loss", "mi_cat", "mi_cont"} {
		if v, ok := cond[k]; !ok || !(v >= 0) {
			t.Errorf("conditional InfoGAN metric %s = %v (present %v), want >= 0", k, v, ok)
		}
	}
	s, err := artifact.ReadMatrix(output(t, store, res, "stage.cond", "samples"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Rows != 200 || s.Cols != 2 || len(s.Labels) != 200 || s.Meta["labels"] != "class" {
		t.Fatalf("samples %dx%d, %d labels (%q), want 200x2 with 200 class labels", s.Rows, s.Cols, len(s.Labels), s.Meta["labels"])
	}
	for i, l := range s.Labels {
		if want := int32((i / 10) % 8); l != want {
			t.Fatalf("sample %d label %d, want %d", i, l, want)
		}
	}
}

// TestAgreement: accuracy, purity and the best one-to-one matching on hand
// examples (exact fractions), and the matching against brute force over
// all 5! assignments on random labels (exact).
func TestAgreement(t *testing.T) {
	cases := []struct {
		name          string
		labels, pred  []int32
		k             int
		acc, pur, mat float64
	}{
		// label 0 -> class 1 (2), 1 -> 0 (2), 2 -> 2 or 1 (1 each): purity
		// 5/6, and the one-to-one 0->1, 1->0, 2->2 also reaches 5/6; only
		// sample 4 has pred = label.
		{"permuted", []int32{0, 0, 1, 1, 2, 2}, []int32{1, 1, 0, 0, 2, 1}, 3, 1.0 / 6, 5.0 / 6, 5.0 / 6},
		// everything predicted as class 3: purity 1, but one-to-one only
		// one label value can take class 3.
		{"collapsed", []int32{0, 0, 1, 1}, []int32{3, 3, 3, 3}, 4, 0, 1, 0.5},
		{"identity", []int32{0, 1, 2, 0}, []int32{0, 1, 2, 0}, 3, 1, 1, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := agreement(c.labels, c.pred, c.k)
			if err != nil {
				t.Fatal(err)
			}
			// 1e-12: exact fractions, up to the rounding of one division.
			numtest.Close(t, a.accuracy, c.acc, 1e-12, "accuracy, an exact fraction")
			numtest.Close(t, a.purity, c.pur, 1e-12, "purity, an exact fraction")
			numtest.Close(t, a.matched, c.mat, 1e-12, "one-to-one matching, an exact fraction")
		})
	}
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 20; trial++ {
		n, k := 60, 5
		labels, pred := make([]int32, n), make([]int32, n)
		for i := range labels {
			labels[i], pred[i] = int32(rng.Intn(k)), int32(rng.Intn(k))
		}
		a, err := agreement(labels, pred, k)
		if err != nil {
			t.Fatal(err)
		}
		best := 0
		perm := []int32{0, 1, 2, 3, 4}
		var rec func(int)
		rec = func(i int) {
			if i == k {
				s := 0
				for j := range labels {
					if perm[labels[j]] == pred[j] {
						s++
					}
				}
				best = max(best, s)
				return
			}
			for j := i; j < k; j++ {
				perm[i], perm[j] = perm[j], perm[i]
				rec(i + 1)
				perm[i], perm[j] = perm[j], perm[i]
			}
		}
		rec(0)
		if a.matched != float64(best)/float64(n) {
			t.Fatalf("trial %d: matched %v, brute force %v", trial, a.matched, float64(best)/float64(n))
		}
	}
}

// TestPrefixSamples: sample_at draws the same noise after the listed
// updates into prefix_samples, and the samples after update 3 of a 6-update
// run equal (bit for bit) those after the last update of a 3-update run:
// nothing in training depends on its length, so they are exact prefixes
// of one run. A parzen stage scores one block (snapshot = 3: the same
// score on both, exactly); a snapshot that was not drawn is an error naming
// the attribute. The authors' recipe attributes (simultaneous updates, D
// loss scale, sqrt 3 noise, per-epoch momentum, lr floor) run end to end.
func TestPrefixSamples(t *testing.T) {
	gan := func(name string, iters, at string) string {
		return `
stage "gan_train" "` + name + `" {
  data           = dataset.ring.train
  noise          = 4
  noise_dist     = "uniform_sqrt3"
  g_hidden       = [8]
  g_output       = "linear"
  d_hidden       = [8]
  d_pieces       = 2
  d_max_norm     = 0
  update         = "simultaneous"
  d_loss_scale   = 0.5
  min_lr         = 0.01
  momentum_ramp  = 2
  momentum_epoch = 2
  iters          = ` + iters + `
  batch          = 50
  samples        = 30
  sample_at      = ` + at + `
}
`
	}
	parzen := func(name, src, snap string) string {
		return `
stage "parzen" "` + name + `" {
  samples    = stage.` + src + `.prefix_samples
  snapshot   = ` + snap + `
  valid      = dataset.ring.valid
  test       = dataset.ring.test
  first_rows = true
  max_valid  = 50
}
`
	}
	head := `
pipeline "t" { seed = 1 }
dataset "ring" {
  source = "ring"
  n      = 200
}
`
	// The same stage address in both specs: the same stage seed.
	storeL, resL := runSpec(t, head+gan("g", "6", "[3, 6]")+parzen("p", "g", "3")+parzen("bad", "g", "4"))
	storeS, resS := runSpec(t, head+gan("g", "3", "[3]")+parzen("p", "g", "3"))
	for _, r := range []*pipeline.Result{resL, resS} {
		for _, s := range r.Stages {
			switch {
			case s.Addr == "stage.bad":
				if s.Err == nil || !strings.Contains(s.Err.Error(), "snapshot") {
					t.Errorf("snapshot 4 of [3, 6]: err %v, want one naming snapshot", s.Err)
				}
			case s.Err != nil:
				t.Errorf("%s failed: %v", s.Addr, s.Err)
			}
		}
	}
	read := func(store *cache.FS, res *pipeline.Result) *artifact.Matrix {
		m, err := artifact.ReadMatrix(output(t, store, res, "stage.g", "prefix_samples"))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	long, short := read(storeL, resL), read(storeS, resS)
	if long.Rows != 60 || short.Rows != 30 || long.Meta["snapshot_iters"] != "3,6" {
		t.Fatalf("prefix samples %d and %d rows (iters %q), want 60 (3,6) and 30", long.Rows, short.Rows, long.Meta["snapshot_iters"])
	}
	differ := false
	for i, v := range short.Data {
		if long.Data[i] != v {
			t.Fatalf("value %d after update 3: %v in the 6-update run, %v in the 3-update run", i, long.Data[i], v)
		}
		differ = differ || long.Data[len(short.Data)+i] != v
	}
	if !differ {
		t.Error("the samples after update 6 equal those after update 3: training did not move G")
	}
	pl, ps := stageMetrics(t, storeL, resL, "stage.p"), stageMetrics(t, storeS, resS, "stage.p")
	numtest.Close(t, pl["mean"], ps["mean"], 0, "the same samples, validation and test rows: the same score")
}

// TestGANTrainKeyExtra: only a run that compensates D's spectrum and
// tracks it gets the key field of the moved measurement (its history
// changed); a tracked run without compensation, and a compensated run that
// does not track, keep their keys. Only an unrolled run at a batch that is
// a multiple of 256 gets the field of the G.Concat fix (its gradient
// changed); every unrolled run gets the field of its nn ops (other
// rounding); plain runs keep their keys.
func TestGANTrainKeyExtra(t *testing.T) {
	k := newGANTrainKind()
	str, num := cty.StringVal, cty.NumberIntVal
	nullStr, nullNum := cty.NullVal(cty.String), cty.NullVal(cty.Number)
	cases := []struct {
		reg, track, unrolled, batch cty.Value
		want                        map[string]string
	}{
		{str("static"), num(4), nullNum, num(100), map[string]string{"sv_measured": "before_compensation"}},
		{str("dynamic"), num(1), nullNum, num(100), map[string]string{"sv_measured": "before_compensation"}},
		{nullStr, num(4), nullNum, num(100), nil},
		{str("static"), num(0), nullNum, num(100), nil},
		{str("static"), nullNum, nullNum, num(100), nil},
		{nullStr, nullNum, num(5), num(512), map[string]string{"unrolled_rows": "concat_rows", "unrolled_ops": "nn"}},
		{nullStr, nullNum, num(1), num(256), map[string]string{"unrolled_rows": "concat_rows", "unrolled_ops": "nn"}},
		{nullStr, nullNum, num(5), num(100), map[string]string{"unrolled_ops": "nn"}},
		{nullStr, nullNum, num(0), num(512), nil},
		{nullStr, nullNum, nullNum, num(512), nil},
	}
	for _, c := range cases {
		st := &speclang.Stage{Config: cty.ObjectVal(map[string]cty.Value{"spectral_reg": c.reg, "sv_track": c.track,
			"unrolled_steps": c.unrolled, "batch": c.batch})}
		extra, err := k.KeyExtra(context.Background(), st, pipeline.Env{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(extra, c.want) {
			t.Errorf("spectral_reg %#v, sv_track %#v, unrolled_steps %#v, batch %#v: key extra %v, want %v",
				c.reg, c.track, c.unrolled, c.batch, extra, c.want)
		}
	}
}
