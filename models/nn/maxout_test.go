package nn

import (
	"math"
	"math/rand"
	"testing"
)

// TestMaxoutMatchesDefinition: the branch-free maxout picks the same piece
// (the first maximum; a NaN never beats the first piece, NaN compares false)
// and value as the written-out loop it replaced, on values with many ties,
// zeros of both signs and NaNs, for several piece counts and offsets.
func TestMaxoutMatchesDefinition(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	vals := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 2, float32(math.NaN()), float32(math.Inf(-1))}
	for _, P := range []int{1, 2, 3, 5} {
		const units = 500
		x := make([]float32, units*P)
		for i := range x {
			if rng.Intn(3) == 0 {
				x[i] = vals[rng.Intn(len(vals))]
			} else {
				x[i] = float32(rng.NormFloat64())
			}
		}
		y, arg := make([]float32, units), make([]int32, units)
		const off = 17
		maxout(y, arg, x, P, off)
		for o := 0; o < units; o++ {
			bi := o * P
			for j := o*P + 1; j < (o+1)*P; j++ {
				if x[j] > x[bi] {
					bi = j
				}
			}
			if int(arg[o]) != off+bi || math.Float32bits(y[o]) != math.Float32bits(x[bi]) {
				t.Fatalf("P %d unit %d: pieces %v: got %v at %d, want %v at %d", P, o, x[o*P:(o+1)*P], y[o], arg[o]-off, x[bi], bi)
			}
		}
	}
}
