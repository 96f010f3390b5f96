package stages

import (
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/models"
)

// TestOptimizerBetas: each unset beta takes its rule's default on its own;
// a set one (0 included) is kept. Expected values: Adam's 0.9 / 0.999 and
// RMSProp's rho 0.99 (the constants' documented sources), exact.
func TestOptimizerBetas(t *testing.T) {
	null := cty.NullVal(cty.Number)
	num := cty.NumberFloatVal
	cases := []struct {
		name   string
		kind   models.OptimizerKind
		b1, b2 cty.Value
		w1, w2 float64
	}{
		{"adam, none set", models.OptAdam, null, null, 0.9, 0.999},
		{"adam, beta1 only (the bug: beta2 was 0)", models.OptAdam, num(0.5), null, 0.5, 0.999},
		{"adam, beta2 only", models.OptAdam, null, num(0.9), 0.9, 0.9},
		{"adam, both (WGAN-GP's 0, 0.9)", models.OptAdam, num(0), num(0.9), 0, 0.9},
		{"rmsprop, none set", models.OptRMSProp, null, null, 0, 0.99},
		{"rmsprop, rho set", models.OptRMSProp, null, num(0.9), 0, 0.9},
		{"sgd ignores them", models.OptSGD, null, null, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := newConfig(cty.ObjectVal(map[string]cty.Value{"beta1": c.b1, "beta2": c.b2}))
			b1, b2 := optimizerBetas(c.kind, cfg)
			if b1 != c.w1 || b2 != c.w2 {
				t.Fatalf("betas (%v, %v), want (%v, %v)", b1, b2, c.w1, c.w2)
			}
		})
	}
}
