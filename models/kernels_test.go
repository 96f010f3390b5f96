package models

import (
	"math"
	"math/rand"
	"testing"
)

// TestExpLog32 compares the float32 polynomial exp/log with math.Exp/math.Log
// (float64) on a dense grid. Tolerance: 4e-7 relative (a few float32 ulp; Cephes
// documents ~1-2 ulp for expf/logf).
func TestExpLog32(t *testing.T) {
	cases := []struct {
		name   string
		lo, hi float64
		f32    func(float32) float32
		f64    func(float64) float64
	}{
		{"exp", -87, 88, exp32, math.Exp},
		{"log small", 1e-30, 1, log32, math.Log},
		{"log", 1, 1e6, log32, math.Log},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			worst := 0.0
			for i := 0; i <= 200000; i++ {
				x := float32(c.lo + (c.hi-c.lo)*float64(i)/200000)
				if c.name == "log small" {
					x = float32(math.Exp(math.Log(c.lo) + (math.Log(c.hi)-math.Log(c.lo))*float64(i)/200000))
				}
				want := c.f64(float64(x))
				got := float64(c.f32(x))
				den := math.Max(math.Abs(want), 1e-3) // log near 1 crosses 0: absolute there
				worst = math.Max(worst, math.Abs(got-want)/den)
			}
			if worst > 4e-7 {
				t.Fatalf("max relative error %.3g > 4e-7", worst)
			}
		})
	}
	if exp32(-200) != 0 || exp32(0) != 1 {
		t.Fatalf("exp32(-200)=%v exp32(0)=%v, want 0 and 1", exp32(-200), exp32(0))
	}
}

// TestSoftplusSigmoid checks the stable BCE pieces against float64 formulas
// (tolerance 1e-6 absolute + 1e-6 relative).
func TestSoftplusSigmoid(t *testing.T) {
	for _, x := range []float64{-100, -20, -3, -0.5, 0, 1e-4, 0.7, 5, 30, 100} {
		sp := math.Max(x, 0) + math.Log1p(math.Exp(-math.Abs(x)))
		sg := 1 / (1 + math.Exp(-x))
		if got := float64(softplus32(float32(x))); math.Abs(got-sp) > 1e-6+1e-6*math.Abs(sp) {
			t.Errorf("softplus32(%v) = %v, want %v", x, got, sp)
		}
		if got := float64(sigmoid32(float32(x))); math.Abs(got-sg) > 1e-6 {
			t.Errorf("sigmoid32(%v) = %v, want %v", x, got, sg)
		}
	}
}

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
			fillMask(got, p, rand.New(rand.NewSource(9)))
			ref(want, p, rand.New(rand.NewSource(9)))
			for i := range got {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Fatalf("p %v n %d: mask[%d] = %v, want %v", p, n, i, got[i], want[i])
				}
			}
		}
	}
}

// TestBCESumBlocked: bceSum's block-vectorised softplus gives the sum of the
// element-at-a-time definition softplus32(a) - t a, with the same chunking
// (float32 over blocks of 256, float64 across), bit for bit.
func TestBCESumBlocked(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{1, 255, 257, 3*minChunk + 13} {
		a, tt := make([]float32, n), make([]float32, n)
		for i := range a {
			a[i] = float32(rng.NormFloat64() * 10)
			tt[i] = rng.Float32()
		}
		var p []float64
		got := bceSum(a, tt, &p)
		k := parChunks(n, minChunk)
		var want float64
		for c := 0; c < k; c++ {
			lo, hi := c*n/k, (c+1)*n/k
			var s float64
			for i0 := lo; i0 < hi; i0 += 256 {
				var b float32
				for i := i0; i < min(i0+256, hi); i++ {
					b += softplus32(a[i]) - tt[i]*a[i]
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
