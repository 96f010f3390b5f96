package pipeline_test

import (
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/pipeline"
	"github.com/ganpipe/ganpipe/speclang"
)

// TestModuleStagesKeepKeys moves b and c of a chain into a module (new
// addresses, KeyAddr the old ones): every key and result is the old one, so
// nothing recomputes. A second call of the module with another input keys
// differently.
func TestModuleStagesKeepKeys(t *testing.T) {
	f := newFixture(t)
	first := f.run(t, chain(), nil)
	keys := map[string]string{}
	for _, s := range first.Stages {
		keys[s.Addr] = s.Key
	}
	moved := chain()
	for _, st := range moved[1:] {
		st.KeyAddr = st.Addr
		st.Addr = "module.m." + st.Addr
	}
	r := speclang.Ref{Stage: "module.m.stage.b", Output: "out"}
	moved[2].Inputs = []speclang.Ref{r}
	moved[2].Config = cty.ObjectVal(map[string]cty.Value{"value": cty.NumberFloatVal(3), "in": speclang.RefVal(r)})
	res := f.run(t, moved, nil)
	for _, s := range res.Stages {
		if s.Status != pipeline.StatusCached {
			t.Errorf("%s %s, want cached", s.Addr, s.Status)
		}
		old := keys[s.Addr]
		if old == "" {
			old = keys[s.Addr[len("module.m."):]]
		}
		if s.Key != old {
			t.Errorf("%s: key %s, outside the module %s", s.Addr, s.Key, old)
		}
	}
	if f.runs.Load() != 3 {
		t.Errorf("moving stages into a module computed %d stages", f.runs.Load()-3)
	}

	// The module called a second time on another input: same KeyAddr,
	// other key.
	again := stage("sum", "b", 2, "stage.a")
	again.KeyAddr, again.Addr = "stage.b", "module.n.stage.b"
	again.Config = cty.ObjectVal(map[string]cty.Value{"value": cty.NumberFloatVal(5), "in": again.Config.GetAttr("in")})
	res = f.run(t, append(chain(), again), nil)
	for _, s := range res.Stages {
		if s.Addr == "module.n.stage.b" && (s.Key == keys["stage.b"] || s.Status != pipeline.StatusRan) {
			t.Errorf("second call: %s key %s status %s; want a new key, computed", s.Addr, s.Key, s.Status)
		}
	}
}
