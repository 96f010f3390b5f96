package models

import (
	"fmt"
	"math"
)

// Phase is one piece of a piecewise-constant schedule: from the 1-based iteration
// From on (until the next phase), use LR and Momentum. This matches the authors'
// pyopt schedules, where {10000: lr/10} applies from iteration 10000.
type Phase struct {
	From         int
	LR, Momentum float64
}

// SGD is minibatch SGD with classical momentum, as in the authors' pyopt:
//
//	v <- momentum*v - LR*g;  w <- w + v
//
// g is the gradient of the minibatch-mean loss (mean BCE per image for the
// autoencoder, sqrt-MMD for the GMMN). The authors' code sums the loss over the
// minibatch (the GMMN loss carries weight 1000) and divides the gradient by the
// minibatch size, which is the same thing: LR here is the papers' learning rate,
// NOT to be divided by Batch again.
//
// Clip > 0 rescales g so its global L2 norm (over all parameters) is at most Clip
// (the authors' max_grad_norm; "global" is our reading). Batch is the minibatch size.
type SGD struct {
	Schedule []Phase
	Clip     float64
	Batch    int
}

func (o SGD) validate() error {
	if len(o.Schedule) == 0 {
		return fmt.Errorf("models: SGD needs at least one schedule phase")
	}
	if o.Batch <= 0 {
		return fmt.Errorf("models: SGD batch size %d must be positive", o.Batch)
	}
	for i, p := range o.Schedule {
		if i > 0 && p.From <= o.Schedule[i-1].From {
			return fmt.Errorf("models: SGD schedule phases must have increasing From (phase %d: %d after %d)", i, p.From, o.Schedule[i-1].From)
		}
		if p.LR < 0 || p.Momentum < 0 || p.Momentum >= 1 || math.IsNaN(p.LR) {
			return fmt.Errorf("models: SGD phase %d: lr %v momentum %v out of range", i, p.LR, p.Momentum)
		}
	}
	return nil
}

// at returns the learning rate and momentum for 1-based iteration it. Before the
// first phase's From the first phase applies.
func (o SGD) at(it int) (lr, mom float64) {
	p := o.Schedule[0]
	for _, q := range o.Schedule[1:] {
		if it >= q.From {
			p = q
		}
	}
	return p.LR, p.Momentum
}

// momentumStep applies the update to params given their gradients and velocities,
// clipping by global norm first. It returns the (pre-clip) gradient norm.
func momentumStep(params, grads, vel [][]float32, lr, mom, clip float64) float64 {
	var ss float64
	for _, g := range grads {
		var s float32
		for i, v := range g {
			s += v * v
			if i&1023 == 1023 {
				ss += float64(s)
				s = 0
			}
		}
		ss += float64(s)
	}
	norm := math.Sqrt(ss)
	scale := float32(lr)
	if clip > 0 && norm > clip {
		scale = float32(lr * clip / norm)
	}
	m := float32(mom)
	for k, w := range params {
		g, v := grads[k], vel[k]
		parFor(len(w), minChunk, func(_, lo, hi int) {
			for i := lo; i < hi; i++ {
				v[i] = m*v[i] - scale*g[i]
				w[i] += v[i]
			}
		})
	}
	return norm
}
