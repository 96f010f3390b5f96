package nn

import (
	"math"
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// TestOptimizerForms: an Optimizer has a schedule (sgd only) or an LR, never
// both, and each form's lr and momentum follow their definitions (hand
// values: the phases below; LR 0.1 / 2^(t-1) with Decay 2; momentum 0.5 ->
// 0.7 over 4 updates, 0.55 at t = 2).
func TestOptimizerForms(t *testing.T) {
	for _, c := range []struct {
		name string
		o    Optimizer
		err  string
	}{
		{"schedule", Optimizer{Schedule: []Phase{{From: 0, LR: 2, Momentum: 0.9}, {From: 3, LR: 0.2, Momentum: 0.99}}}, ""},
		{"schedule and lr", Optimizer{Schedule: []Phase{{From: 0, LR: 2}}, LR: 1}, "set one form"},
		{"schedule for adam", Optimizer{Kind: OptAdam, Schedule: []Phase{{From: 0, LR: 2}}}, "is for sgd"},
		{"phases out of order", Optimizer{Schedule: []Phase{{From: 5, LR: 2}, {From: 5, LR: 1}}}, "increasing From"},
		{"momentum 1", Optimizer{Schedule: []Phase{{From: 0, LR: 2, Momentum: 1}}}, "out of range"},
		{"clip without schedule", Optimizer{LR: 0.1, Clip: 1}, "clipping"},
		{"no rate", Optimizer{}, "must be positive"},
		{"unknown rule", Optimizer{Kind: "adagrad", LR: 1}, "unknown optimizer"},
		{"rate", Optimizer{LR: 0.1, Decay: 2, Momentum: 0.5, MomentumEnd: 0.7, MomentumRamp: 4}, ""},
	} {
		err := c.o.Validate()
		if (err == nil) != (c.err == "") || (err != nil && !strings.Contains(err.Error(), c.err)) {
			t.Errorf("%s: Validate() = %v, want an error containing %q", c.name, err, c.err)
		}
	}
	sched := Optimizer{Schedule: []Phase{{From: 0, LR: 2, Momentum: 0.9}, {From: 3, LR: 0.2, Momentum: 0.99}}}
	rate := Optimizer{LR: 0.1, Decay: 2, Momentum: 0.5, MomentumEnd: 0.7, MomentumRamp: 4}
	for _, o := range []*Optimizer{&sched, &rate} {
		if err := o.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	s, r := NewOptState(sched, nil), NewOptState(rate, nil)
	for _, c := range []struct {
		st      *OptState
		t       int
		lr, mom float64
	}{{s, 1, 2, 0.9}, {s, 2, 2, 0.9}, {s, 3, 0.2, 0.99}, {s, 100, 0.2, 0.99}, {r, 1, 0.1, 0.5}, {r, 3, 0.025, 0.6}, {r, 9, 0.1 / 256, 0.7}} {
		lr, mom := c.st.LearningRateMomentum(c.t)
		if lr != c.lr {
			t.Errorf("LearningRateMomentum(%d) lr = %v, want %v (exact: a phase's value or LR / 2^(t-1))", c.t, lr, c.lr)
		}
		// The ramp 0.5 + f*(0.7-0.5) rounds twice in float64 (0.2's
		// representation and the product): a few ulps of 0.7, < 1e-15.
		numtest.Close(t, mom, c.mom, 1e-15, "momentum ramp, float64 rounding")
	}
}

// TestOptimizerPylearn2Schedules: pylearn2's ExponentialDecay floor and
// MomentumAdjustor(start 1, saturate 250) as goodfeli/adversarial's
// mnist.yaml sets them, 500 updates per epoch. Expected values by hand:
// lr = max(1e-6, 0.1 / 1.000004^(t-1)); the momentum of epoch e (1-based)
// is 0.5 + 0.2 (e-1)/249, constant within the epoch, 0.7 from epoch 250 on.
func TestOptimizerPylearn2Schedules(t *testing.T) {
	o := Optimizer{LR: 0.1, Decay: 1.000004, MinLR: 1e-6, Momentum: 0.5, MomentumEnd: 0.7,
		MomentumRamp: 249, MomentumEpoch: 500}
	if err := o.Validate(); err != nil {
		t.Fatal(err)
	}
	s := NewOptState(o, nil)
	for _, c := range []struct {
		t   int
		mom float64
	}{
		{1, 0.5}, {500, 0.5}, // epoch 1
		{501, 0.5 + 0.2/249}, {1000, 0.5 + 0.2/249}, // epoch 2
		{1001, 0.5 + 0.4/249},
		{124_500, 0.5 + 0.2*248/249}, // last update of epoch 249
		{124_501, 0.7}, {1_000_000, 0.7},
	} {
		_, mom := s.LearningRateMomentum(c.t)
		numtest.Close(t, mom, c.mom, 1e-15, "momentum of the update's epoch, float64 rounding")
	}
	// 0.1 / 1.000004^(t-1) reaches 1e-6 after ln(1e5)/ln(1.000004) = 2,878,237.6
	// updates: the floor holds from t = 2,878,239 on.
	lr, _ := s.LearningRateMomentum(2_878_238)
	numtest.Rel(t, lr, 0.1/math.Pow(1.000004, 2_878_237), 1e-12, "just above the floor: the decayed rate, pow's rounding")
	if lr <= 1e-6 {
		t.Errorf("lr at t = 2,878,238 is %v, want above the floor 1e-6", lr)
	}
	for _, tt := range []int{2_878_239, 3_000_000, 10_000_000} {
		lr, _ := s.LearningRateMomentum(tt)
		numtest.Close(t, lr, 1e-6, 0, "the floor min_lr exactly")
	}
	bad := o
	bad.MinLR = 0.2
	if err := bad.Validate(); err == nil {
		t.Error("min lr above lr validated")
	}
}
