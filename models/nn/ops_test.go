package nn

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/f32"
)

// TestFillMask compares the branch-free mask fill with the definition written
// out (four 16-bit uniforms per rng.Uint64, dropped below p*65536): the same
// seed must give the same mask bit for bit, for lengths with and without a
// partial last group.
func TestFillMask(t *testing.T) {
	ref := func(m []float32, p float64, rng *rand.Rand) {
		thr := uint64(p * 65536)
		keep := float32(1 / (1 - p))
		for i := 0; i < len(m); i += 4 {
			u := rng.Uint64()
			for j := i; j < i+4 && j < len(m); j++ {
				if u&0xffff < thr {
					m[j] = 0
				} else {
					m[j] = keep
				}
				u >>= 16
			}
		}
	}
	for _, p := range []float64{0, 0.2, 0.5} {
		for _, n := range []int{1, 3, 4, 7, 1001} {
			got, want := make([]float32, n), make([]float32, n)
			FillMask(got, p, rand.New(rand.NewSource(9)))
			ref(want, p, rand.New(rand.NewSource(9)))
			for i := range got {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("p %v n %d: mask[%d] = %v, want %v", p, n, i, got[i], want[i])
				}
			}
		}
	}
}

// TestBCESumBlocked: BCESum's block-vectorised softplus gives the sum of the
// element-at-a-time definition Softplus32(a) - t a, with the same chunking
// (float32 over blocks of 256, float64 across), bit for bit.
func TestBCESumBlocked(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{1, 255, 257, 3*f32.MinChunk + 13} {
		a, tt := make([]float32, n), make([]float32, n)
		for i := range a {
			a[i] = float32(rng.NormFloat64() * 10)
			tt[i] = rng.Float32()
		}
		var p []float64
		got := BCESum(a, tt, &p)
		k := f32.ParChunks(n, f32.MinChunk)
		var want float64
		for c := 0; c < k; c++ {
			lo, hi := c*n/k, (c+1)*n/k
			var s float64
			for i0 := lo; i0 < hi; i0 += 256 {
				var b float32
				for i := i0; i < min(i0+256, hi); i++ {
					b += f32.Softplus32(a[i]) - tt[i]*a[i]
				}
				s += float64(b)
			}
			want += s
		}
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("n %d: bceSum %v, element-wise %v", n, got, want)
		}
	}
}
