//go:build !amd64.v3 && !amd64.v4

package nn

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/f32"
	"github.com/ganpipe/ganpipe/internal/numtest"
)

// momentumStepRef is the element-at-a-time definition of the scheduled SGD step (momentum.step; the
// code before the blocked version): float32 sums of squares over each
// array's consecutive 1024-value blocks, added in order to a float64 total;
// then v <- m v - s g, w <- w + v with s = lr, or lr*clip/norm when clipping.
func momentumStepRef(params, grads, vel [][]float32, lr, mom, clip float64) float64 {
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
		for i := range w {
			v[i] = m*v[i] - scale*g[i]
			w[i] += v[i]
		}
	}
	return norm
}

// TestMomentumStepBits (not under GOAMD64=v3, where Go may fuse the
// reference's multiply-adds): the blocked, parallel, fused update gives the same
// bits as the definition (norm, weights, velocities), over several steps,
// with and without clipping, for array lengths around the block size and
// the parallel grain.
func TestMomentumStepBits(t *testing.T) {
	lens := []int{0, 1, 1023, 1024, 1025, 8*1024 - 1, 8 * 1024, 8*1024 + 5, 3*f32.MinChunk + 17, 1 << 20}
	for _, clip := range []float64{0, 0.5, 1e9} {
		rng := rand.New(rand.NewSource(int64(clip) + 7))
		mk := func() [][]float32 {
			var out [][]float32
			for _, n := range lens {
				out = append(out, make([]float32, n))
			}
			return out
		}
		w1, v1, w2, v2, g := mk(), mk(), mk(), mk(), mk()
		for k := range w1 {
			for i := range w1[k] {
				w1[k][i] = float32(rng.NormFloat64())
				w2[k][i] = w1[k][i]
			}
		}
		var mo momentum
		for step := 0; step < 3; step++ {
			for k := range g {
				for i := range g[k] {
					g[k][i] = float32(rng.NormFloat64() * 1e-3)
				}
			}
			want := momentumStepRef(w1, g, v1, 0.1, 0.9, clip)
			got := mo.step(w2, g, v2, 0.1, 0.9, clip)
			if got != want {
				t.Fatalf("clip %v step %d: norm %v, want %v", clip, step, got, want)
			}
			for k := range w1 {
				for i := range w1[k] {
					if math.Float32bits(w1[k][i]) != math.Float32bits(w2[k][i]) || math.Float32bits(v1[k][i]) != math.Float32bits(v2[k][i]) {
						t.Fatalf("clip %v step %d: array %d (len %d) element %d: w %v v %v, want w %v v %v", clip, step, k, lens[k], i, w2[k][i], v2[k][i], w1[k][i], v1[k][i])
					}
				}
			}
		}
	}
}

// TestClip: clipping rescales the step to norm LR*Clip (hand computation: g =
// (3,4), |g| = 5, clip 1, lr 1 -> step (-0.6,-0.8)).
func TestClip(t *testing.T) {
	w := [][]float32{{0, 0}}
	o := Optimizer{Schedule: []Phase{{From: 1, LR: 1}}, Clip: 1}
	if err := o.Validate(); err != nil {
		t.Fatal(err)
	}
	n := NewOptState(o, w).Step(w, [][]float32{{3, 4}})
	if n != 5 {
		t.Fatalf("norm %v, want 5", n)
	}
	// 1e-6: float32 rounding of lr*clip/norm times g.
	numtest.Close(t, float64(w[0][0]), -0.6, 1e-6, "hand value, float32")
	numtest.Close(t, float64(w[0][1]), -0.8, 1e-6, "hand value, float32")
}
