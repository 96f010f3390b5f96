//go:build !amd64

package f32

// MomentumUpdate applies v <- m v - scale g; w <- w + v elementwise.
func MomentumUpdate(w, v, g []float32, m, scale float32) { MomentumScalar(w, v, g, m, scale) }

// SumSq8 writes the in-order float32 sums of squares of the eight
// NormBlock-value blocks of g (len 8*NormBlock) into sums[:8].
func SumSq8(sums, g []float32) { SumSq8Scalar(sums, g) }

// SGDUpdate applies v <- m v - lr (g + wd w); w <- w + v elementwise.
func SGDUpdate(w, v, g []float32, m, lr, wd float32) { SGDScalar(w, v, g, m, lr, wd) }

// AdamUpdate is one Adam step of w with gradient g and moments m, v.
func AdamUpdate(w, g, m, v []float32, b1, b2, step, e, wd float32) {
	AdamScalar(w, g, m, v, b1, b2, step, e, wd)
}

func addVec(y, x, b []float32)                { addVecScalar(y, x, b) }
func mulVec(y, x, m []float32)                { mulVecScalar(y, x, m) }
func recip1p(y []float32)                     { recip1pScalar(y) }
func sigmoidGrad(d, y, g []float32)           { sigmoidGradScalar(d, y, g) }
func BCEGradFinish(d, t []float32, s float32) { bceGradFinishScalar(d, t, s) }
func addRowF64(acc []float64, row []float32)  { addRowF64Scalar(acc, row) }
func relu(y, x []float32)                     { reluScalar(y, x) }
func reluBackward(ds, ys, gs []float32)       { reluBackwardScalar(ds, ys, gs) }
