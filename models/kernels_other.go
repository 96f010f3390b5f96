//go:build !amd64

package models

// momentumUpdate applies v <- m v - scale g; w <- w + v elementwise.
func momentumUpdate(w, v, g []float32, m, scale float32) { momentumScalar(w, v, g, m, scale) }

// sumSq8 writes the in-order float32 sums of squares of the eight
// normBlock-value blocks of g (len 8*normBlock) into sums[:8].
func sumSq8(sums, g []float32) { sumSq8Scalar(sums, g) }

// sgdUpdate applies v <- m v - lr (g + wd w); w <- w + v elementwise.
func sgdUpdate(w, v, g []float32, m, lr, wd float32) { sgdScalar(w, v, g, m, lr, wd) }
