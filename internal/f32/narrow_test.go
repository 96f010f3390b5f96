package f32

import (
	"fmt"
	"math"
	"math/rand"
	"testing"
)

// TestMatMulNarrowBits: the blocked, split, vectorised product gives the
// scalar reference's bits exactly (tolerance 0: both sum each element in the
// same order with the same roundings), for A read in place and transposed,
// odd row counts, every column width the kernel has (8, 16, 32 and their
// sums) and sums longer than one block; and the reference itself is within
// 1e-5 relative of a float64 product (float32 sums of <= 300 terms of size
// ~1: the error bound k * 2^-24 * sum|terms| is ~2e-5 of the sum of
// magnitudes, far above the typical error).
func TestMatMulNarrowBits(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, s := range []struct{ m, n, k int }{
		{1, 8, 1}, {2, 16, 3}, {3, 32, 25}, {7, 24, 5}, {64, 32, 300}, {33, 400, 32}, {129, 40, 129}, {50, 16, 0}, {200, 48, 260}, {13, 8, 7},
	} {
		for _, trans := range []bool{false, true} {
			t.Run(fmt.Sprintf("%dx%dx%d/trans=%v", s.m, s.n, s.k, trans), func(t *testing.T) {
				a := make([]float32, s.m*s.k)
				b := make([]float32, s.k*s.n)
				for i := range a {
					a[i] = float32(rng.NormFloat64())
				}
				for i := range b {
					b[i] = float32(rng.NormFloat64())
				}
				ars, acs := s.k, 1
				if trans { // a holds A^T, k x m
					ars, acs = 1, s.m
				}
				got := make([]float32, s.m*s.n)
				for i := range got {
					got[i] = float32(math.NaN()) // must be overwritten
				}
				want := make([]float32, s.m*s.n)
				MatMulNarrow(got, a, ars, acs, b, s.m, s.n, s.k, false)
				MatMulNarrowScalar(want, a, ars, acs, b, s.m, s.n, s.k)
				for i := range want {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						t.Fatalf("c[%d] = %v (%#x), scalar reference %v (%#x)", i, got[i], math.Float32bits(got[i]), want[i], math.Float32bits(want[i]))
					}
					r, j := i/s.n, i%s.n
					var exact, mag float64
					for kk := 0; kk < s.k; kk++ {
						p := float64(a[r*ars+kk*acs]) * float64(b[kk*s.n+j])
						exact += p
						mag += math.Abs(p)
					}
					if d := math.Abs(float64(want[i]) - exact); d > 1e-5*mag+1e-30 {
						t.Fatalf("c[%d] = %v, float64 product %v (|error| %g > 1e-5 * %g)", i, want[i], exact, d, mag)
					}
				}
			})
		}
	}
}

func TestMatMulNarrowRejectsRaggedColumns(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("n = 12 did not panic")
		}
	}()
	MatMulNarrow(make([]float32, 12), make([]float32, 1), 1, 1, make([]float32, 12), 1, 12, 1, false)
}

// TestFMA32: fma32 rounds a*b + c once. On random inputs where math.FMA's
// float64 result is the exact sum (checked), that sum rounded to float32 is
// the answer. On a constructed tie, rounding through float64 first would be
// wrong: 4097 * 4097 = 2^24 + 2^13 + 1 lies halfway between the float32
// values 2^24 + 2^13 and 2^24 + 2^13 + 2; adding c = +-2^-30 (lost in a
// float64 sum, which needs 55 bits) must round up or down, and c = 0 to
// even (down).
func TestFMA32(t *testing.T) {
	tiny := float32(math.Ldexp(1, -30))
	for _, c := range []struct {
		c    float32
		want float32
	}{{tiny, 16785410}, {-tiny, 16785408}, {0, 16785408}} {
		if got := fma32(4097, 4097, c.c); got != c.want {
			t.Errorf("fma32(4097, 4097, %g) = %.1f, want %.1f", c.c, got, c.want)
		}
	}
	rng := rand.New(rand.NewSource(3))
	checked := 0
	for i := 0; i < 200000; i++ {
		x := float32(rng.NormFloat64())
		y := float32(rng.NormFloat64())
		z := float32(rng.NormFloat64() * math.Ldexp(1, rng.Intn(40)-20))
		exact := math.FMA(float64(x), float64(y), float64(z))
		p := float64(x) * float64(y)
		if exact-p != float64(z) || exact-float64(z) != p {
			continue // the float64 sum rounded: the exact value is not at hand
		}
		checked++
		if got, want := fma32(x, y, z), float32(exact); got != want {
			t.Fatalf("fma32(%v, %v, %v) = %v, want %v", x, y, z, got, want)
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d random cases had an exact float64 sum", checked)
	}
}

// TestMatMulNarrowContinues: a sum split over calls with acc, in order,
// has the bits of one call over the whole length (tolerance 0).
func TestMatMulNarrowContinues(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	m, n, k := 25, 16, 300
	a := make([]float32, m*k) // A^T, k x m
	b := make([]float32, k*n)
	for i := range a {
		a[i] = float32(rng.NormFloat64())
	}
	for i := range b {
		b[i] = float32(rng.NormFloat64())
	}
	whole := make([]float32, m*n)
	MatMulNarrow(whole, a, 1, m, b, m, n, k, false)
	parts := make([]float32, m*n)
	for k0, i := 0, 0; k0 < k; i++ {
		kl := min(k-k0, 7+40*i)
		MatMulNarrow(parts, a[k0*m:], 1, m, b[k0*n:], m, n, kl, k0 > 0)
		k0 += kl
	}
	for i := range whole {
		if math.Float32bits(whole[i]) != math.Float32bits(parts[i]) {
			t.Fatalf("c[%d]: %v in one call, %v in parts", i, whole[i], parts[i])
		}
	}
}

// TestMatMulNarrowSegments: a segmented sum (Segments) gives the bits
// (tolerance 0) of its definition written as a plain loop, one fma32 per
// term in segment order, with A read along rows (acs 1) and across them
// (ars 1), and with acc continuing sums already in c.
func TestMatMulNarrowSegments(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	for _, s := range []struct {
		m, n, k  int
		ars, acs int
		sg       Segments
	}{
		{10, 32, 80, 16, 1, Segments{Segs: 5, ASeg: 14 * 16, BSeg: 80 * 32}},
		{24, 16, 5, 1, 1, Segments{Segs: 3, ASeg: 32, BSeg: 5 * 16}},
		{80, 32, 10, 1, 16, Segments{Segs: 14, ASeg: 14 * 16, BSeg: 14 * 32}},
		{5, 16, 24, 1, 1, Segments{Segs: 28, ASeg: 32, BSeg: 28 * 16}},
		{13, 24, 7, 9, 1, Segments{Segs: 2, ASeg: 100, BSeg: 7 * 24}},
	} {
		for _, acc := range []bool{false, true} {
			aLen := (s.m-1)*s.ars + (s.sg.Segs-1)*s.sg.ASeg + (s.k-1)*s.acs + 1
			bLen := (s.sg.Segs-1)*s.sg.BSeg + s.k*s.n
			a := make([]float32, aLen)
			b := make([]float32, bLen)
			c0 := make([]float32, s.m*s.n)
			for _, v := range [][]float32{a, b, c0} {
				for i := range v {
					v[i] = float32(rng.NormFloat64())
				}
			}
			got := append([]float32(nil), c0...)
			MatMulNarrowSegments(got, a, s.ars, s.acs, b, s.m, s.n, s.k, s.sg, acc)
			for i := 0; i < s.m; i++ {
				for j := 0; j < s.n; j++ {
					var want float32
					if acc {
						want = c0[i*s.n+j]
					}
					for sg := 0; sg < s.sg.Segs; sg++ {
						for u := 0; u < s.k; u++ {
							want = fma32(a[i*s.ars+sg*s.sg.ASeg+u*s.acs], b[sg*s.sg.BSeg+u*s.n+j], want)
						}
					}
					if g := got[i*s.n+j]; math.Float32bits(g) != math.Float32bits(want) {
						t.Fatalf("%+v acc=%v: c[%d,%d] = %v, definition %v", s, acc, i, j, g, want)
					}
				}
			}
		}
	}
}
