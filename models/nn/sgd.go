package nn

import (
	"fmt"
	"math"

	"github.com/ganpipe/ganpipe/internal/f32"
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
	// Hook, if set, checkpoints and resumes the loop (see TrainHook). It
	// does not change what the loop computes.
	Hook TrainHook
}

func (o SGD) Validate() error {
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

// MomentumStep applies the update to params given their gradients and velocities,
// clipping by global norm first. It returns the (pre-clip) gradient norm.
func MomentumStep(params, grads, vel [][]float32, lr, mom, clip float64) float64 {
	var m momentum
	return m.step(params, grads, vel, lr, mom, clip)
}

// momentum is the SGD-with-momentum update with its scratch space (the
// per-block sums of squares), reused between steps.
type momentum struct {
	sums []float32
}

// step is MomentumStep. The norm is the same number an element-at-a-time
// loop gives (float32 sums over each array's consecutive 1024-value blocks,
// added to a float64 total in order), but the blocks are independent, so they
// are summed eight at a time (independent dependency chains) and on all CPUs.
// Without clipping the update does not need the norm and runs in the same
// pass, while the block is in cache.
func (mo *momentum) step(params, grads, vel [][]float32, lr, mom, clip float64) float64 {
	m, lr32 := float32(mom), float32(lr)
	fused := !(clip > 0)
	var ss float64
	for k, g := range grads {
		nb := (len(g) + f32.NormBlock - 1) / f32.NormBlock
		mo.sums = Grow32(mo.sums, nb)
		sums := mo.sums
		var w, v []float32
		if fused {
			w, v = params[k], vel[k]
		}
		f32.ParFor(nb, f32.MinChunk/f32.NormBlock, func(_, lo, hi int) {
			sumSqBlocks(sums[lo:hi], g[lo*f32.NormBlock:min(hi*f32.NormBlock, len(g))])
			if fused {
				a, b := lo*f32.NormBlock, min(hi*f32.NormBlock, len(g))
				f32.MomentumUpdate(w[a:b], v[a:b], g[a:b], m, lr32)
			}
		})
		for _, s := range sums {
			ss += float64(s)
		}
	}
	norm := math.Sqrt(ss)
	if fused {
		return norm
	}
	scale := lr32
	if norm > clip {
		scale = float32(lr * clip / norm)
	}
	for k, w := range params {
		g, v := grads[k], vel[k]
		f32.ParFor(len(w), f32.MinChunk, func(_, lo, hi int) {
			f32.MomentumUpdate(w[lo:hi], v[lo:hi], g[lo:hi], m, scale)
		})
	}
	return norm
}

// sumSqBlocks writes into sums[b] the float32 sum, in order, of the squares
// of g[b*NormBlock : (b+1)*NormBlock] (the last block may be short). Full
// blocks are summed eight at a time (SumSq8: eight independent chains of
// float32 adds instead of one).
func sumSqBlocks(sums, g []float32) {
	b := 0
	for ; (b+8)*f32.NormBlock <= len(g); b += 8 {
		f32.SumSq8(sums[b:b+8], g[b*f32.NormBlock:(b+8)*f32.NormBlock])
	}
	for ; b*f32.NormBlock < len(g); b++ {
		var s float32
		for _, v := range g[b*f32.NormBlock : min((b+1)*f32.NormBlock, len(g))] {
			s += v * v
		}
		sums[b] = s
	}
}
