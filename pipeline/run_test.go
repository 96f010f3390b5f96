package pipeline_test

import (
	"context"
	"errors"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/speclang"
)

// sumKind writes a one-row metrics artifact: its value plus the value of
// its optional input. It counts its runs so tests can see what computed.
type sumKind struct {
	name string
	runs *atomic.Int64
	fail bool
	wait bool // block until ctx is cancelled
}

func (k *sumKind) Name() string    { return k.name }
func (k *sumKind) Version() string { return "1" }
func (k *sumKind) BodySpec() hcldec.Spec {
	return hcldec.ObjectSpec{
		"value": &hcldec.AttrSpec{Name: "value", Type: cty.Number},
		"in":    &hcldec.AttrSpec{Name: "in", Type: speclang.RefType},
	}
}
func (k *sumKind) Outputs() []string { return []string{"out"} }
func (k *sumKind) Metrics() []string { return []string{"v"} }
func (k *sumKind) Run(ctx context.Context, job *pipeline.Job) error {
	k.runs.Add(1)
	if k.fail {
		return errors.New("deliberate failure")
	}
	if k.wait {
		<-ctx.Done()
		return ctx.Err()
	}
	v, _ := job.Stage.Config.GetAttr("value").AsBigFloat().Float64()
	if in := job.Stage.Config.GetAttr("in"); !in.IsNull() {
		ref, _ := speclang.RefOf(in)
		p, err := job.Input(ref)
		if err != nil {
			return err
		}
		m, err := artifact.ReadMetrics(p)
		if err != nil {
			return err
		}
		v += m.Rows[0].Value
	}
	return artifact.WriteMetrics(job.Output("out"), &artifact.Metrics{Rows: []artifact.Metric{{Name: "v", Value: v}}})
}

type fixture struct {
	runs  atomic.Int64
	kinds pipeline.Registry
	store *cache.FS
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{}
	var err error
	f.kinds, err = pipeline.NewRegistry(
		&sumKind{name: "sum", runs: &f.runs},
		&sumKind{name: "broken", runs: &f.runs, fail: true},
		&sumKind{name: "hang", runs: &f.runs, wait: true},
	)
	if err != nil {
		t.Fatal(err)
	}
	f.store, err = cache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// stage builds a stage instance by hand (the decoder is tested in specs).
func stage(kind, name string, value float64, in string) *speclang.Stage {
	inVal := cty.NullVal(speclang.RefType)
	var inputs []speclang.Ref
	if in != "" {
		r := speclang.Ref{Stage: in, Output: "out"}
		inVal = speclang.RefVal(r)
		inputs = []speclang.Ref{r}
	}
	return &speclang.Stage{
		Addr: "stage." + name, Block: "stage", Kind: kind, Name: name,
		Config:    cty.ObjectVal(map[string]cty.Value{"value": cty.NumberFloatVal(value), "in": inVal}),
		Inputs:    inputs,
		DeclRange: hcl.Range{Filename: "test.hcl", Start: hcl.Pos{Line: 1, Column: 1}},
	}
}

func (f *fixture) run(t *testing.T, stages []*speclang.Stage, mutate func(*pipeline.Options)) *pipeline.Result {
	t.Helper()
	spec := &speclang.Spec{Filename: "test.hcl", Pipeline: speclang.Pipeline{Name: "t", Seed: 7}, Stages: stages}
	g, err := pipeline.NewGraph(spec)
	if err != nil {
		t.Fatal(err)
	}
	o := &pipeline.Options{Store: f.store, Kinds: f.kinds, Versions: map[string]string{"ganpipe": "test"}, Jobs: 2}
	if mutate != nil {
		mutate(o)
	}
	res, err := pipeline.Run(context.Background(), g, o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func statuses(res *pipeline.Result) map[string]pipeline.Status {
	m := map[string]pipeline.Status{}
	for _, s := range res.Stages {
		m[s.Addr] = s.Status
	}
	return m
}

func chain() []*speclang.Stage {
	return []*speclang.Stage{stage("sum", "a", 1, ""), stage("sum", "b", 2, "stage.a"), stage("sum", "c", 3, "stage.b")}
}

func TestRunCachesSecondRun(t *testing.T) {
	f := newFixture(t)
	res := f.run(t, chain(), nil)
	if res.Failed() || f.runs.Load() != 3 {
		t.Fatalf("first run: failed=%v runs=%d, want 3 computed", res.Failed(), f.runs.Load())
	}
	res = f.run(t, chain(), nil)
	for addr, st := range statuses(res) {
		if st != pipeline.StatusCached {
			t.Errorf("second run: %s %s, want cached", addr, st)
		}
	}
	if f.runs.Load() != 3 {
		t.Errorf("second run computed %d stages", f.runs.Load()-3)
	}
}

func TestChangeRecomputesDownstreamOnly(t *testing.T) {
	f := newFixture(t)
	f.run(t, chain(), nil)
	changed := chain()
	changed[1] = stage("sum", "b", 20, "stage.a")
	spec := &speclang.Spec{Filename: "test.hcl", Pipeline: speclang.Pipeline{Name: "t", Seed: 7}, Stages: changed}
	g, _ := pipeline.NewGraph(spec)
	o := &pipeline.Options{Store: f.store, Kinds: f.kinds, Versions: map[string]string{"ganpipe": "test"}}
	steps, err := pipeline.Plan(context.Background(), g, o)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]pipeline.Action{"stage.a": pipeline.ActionCached, "stage.b": pipeline.ActionRun, "stage.c": pipeline.ActionRun}
	for _, s := range steps {
		if s.Action != want[s.Addr] {
			t.Errorf("plan %s: %s, want %s", s.Addr, s.Action, want[s.Addr])
		}
		if s.Addr == "stage.b" && (len(s.Reasons) != 1 || s.Reasons[0] != "config.value changed: 2 -> 20") {
			t.Errorf("plan stage.b reasons %q, want the changed field named", s.Reasons)
		}
	}
	res := f.run(t, changed, nil)
	got := statuses(res)
	if got["stage.a"] != pipeline.StatusCached || got["stage.b"] != pipeline.StatusRan || got["stage.c"] != pipeline.StatusRan {
		t.Errorf("statuses %v", got)
	}
}

func TestFailureSkipsDownstreamButNotSiblings(t *testing.T) {
	f := newFixture(t)
	stages := []*speclang.Stage{
		stage("broken", "bad", 1, ""), stage("sum", "after", 1, "stage.bad"),
		stage("sum", "other", 1, ""), stage("sum", "other2", 1, "stage.other"),
	}
	res := f.run(t, stages, nil)
	want := map[string]pipeline.Status{
		"stage.bad": pipeline.StatusFailed, "stage.after": pipeline.StatusSkipped,
		"stage.other": pipeline.StatusRan, "stage.other2": pipeline.StatusRan,
	}
	for addr, st := range statuses(res) {
		if st != want[addr] {
			t.Errorf("%s: %s, want %s", addr, st, want[addr])
		}
	}
	if !res.Failed() {
		t.Error("run with a failed stage reports success")
	}
}

func TestJobsDoNotChangeResults(t *testing.T) {
	keys := map[int]map[string]string{}
	for _, j := range []int{1, 4} {
		f := newFixture(t)
		res := f.run(t, chain(), func(o *pipeline.Options) { o.Jobs = j })
		keys[j] = map[string]string{}
		for _, s := range res.Stages {
			m, err := f.store.Get(context.Background(), s.Key)
			if err != nil {
				t.Fatal(err)
			}
			keys[j][s.Addr] = s.Key + " " + m.Outputs["out"].Digest
		}
	}
	for addr, v := range keys[1] {
		if keys[4][addr] != v {
			t.Errorf("%s: -j 1 gave %s, -j 4 gave %s", addr, v, keys[4][addr])
		}
	}
}

func TestCancelLeavesNoManifest(t *testing.T) {
	f := newFixture(t)
	spec := &speclang.Spec{Filename: "test.hcl", Pipeline: speclang.Pipeline{Name: "t"}, Stages: []*speclang.Stage{stage("hang", "h", 1, "")}}
	g, _ := pipeline.NewGraph(spec)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	res, err := pipeline.Run(ctx, g, &pipeline.Options{Store: f.store, Kinds: f.kinds})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stages[0].Status != pipeline.StatusInterrupted {
		t.Errorf("cancelled stage: %s", res.Stages[0].Status)
	}
	ms, _ := f.store.Manifests(context.Background())
	if len(ms) != 0 {
		t.Errorf("%d manifests after a cancelled run, want 0", len(ms))
	}
	tmp, _ := os.ReadDir(f.store.Dir() + "/tmp")
	if len(tmp) != 0 {
		t.Errorf("%d leftovers in tmp after a cancelled run", len(tmp))
	}
}

func TestCorruptObjectIsRecomputed(t *testing.T) {
	f := newFixture(t)
	res := f.run(t, chain()[:1], nil)
	m, _ := f.store.Get(context.Background(), res.Stages[0].Key)
	p, err := f.store.Path(context.Background(), m.Outputs["out"])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	res = f.run(t, chain()[:1], nil)
	if res.Stages[0].Status != pipeline.StatusRan {
		t.Errorf("after corruption: %s, want computed", res.Stages[0].Status)
	}
	if _, err := f.store.Path(context.Background(), m.Outputs["out"]); err != nil {
		t.Errorf("object after recompute: %v", err)
	}
}

func TestDeriveSeedDependsOnAddressOnly(t *testing.T) {
	a, b := pipeline.DeriveSeed(1, "stage.a"), pipeline.DeriveSeed(1, "stage.b")
	if a == b || a != pipeline.DeriveSeed(1, "stage.a") || a == pipeline.DeriveSeed(2, "stage.a") {
		t.Errorf("seeds: %d %d", a, b)
	}
}

func TestCycleRefused(t *testing.T) {
	stages := []*speclang.Stage{stage("sum", "a", 1, "stage.b"), stage("sum", "b", 1, "stage.a")}
	_, err := pipeline.NewGraph(&speclang.Spec{Stages: stages})
	if err == nil {
		t.Fatal("cycle accepted")
	}
}
