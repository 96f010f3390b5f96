package nn

import (
	"math"

	"github.com/ganpipe/ganpipe/internal/f32"
)

// The scheduled SGD's update (Optimizer with a Schedule: the AE and GMMN),
// the authors' pyopt:
//
//	v <- momentum*v - LR*g;  w <- w + v
//
// with the gradient optionally clipped by its global norm first. The other
// SGD form (LR / Momentum) runs f32.SGDUpdate in OptState.Step.

// momentum is the SGD-with-momentum update with its scratch space (the
// per-block sums of squares), reused between steps.
type momentum struct {
	sums []float32
}

// step applies the update to params given their gradients and velocities,
// clipping by global norm first when clip > 0, and returns the (pre-clip)
// gradient norm. The norm is the same number an element-at-a-time
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
