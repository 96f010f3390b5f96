package f32

import "math"

// MatMulNarrow writes C = A B for products whose C has few columns (n a
// multiple of 8, typically 16-32: a convolution's output channels) and A
// given by strides, so that A or its transpose is read in place:
//
//	c[i*n+j] = sum over kk < k of a[i*ars+kk*acs] * b[kk*n+j],  i < m, j < n,
//
// summed in kk order, each term added by a fused multiply-add (one rounding,
// fma32). The bits are therefore those of the obvious scalar loop
// (MatMulNarrowScalar) on every machine, whatever the CPU count, blocking or
// instruction set (AVX2 with FMA or plain Go), unlike OpenBLAS, whose results
// depend on its kernel set. (Multiply then add, two roundings, ran at 51
// GFLOP/s in L1 against 74 with FMA on a Zen 3 thread.)
//
// Why it exists: OpenBLAS packs the large operand of such products before it
// multiplies, and with only 16-32 columns to amortise the packing over it ran
// the MNIST classifier's convolutions (12,544 x 400 by 400 x 32 and their
// gradients) at 20-40 GFLOP/s on one thread of a Zen 3, a third of its rate on
// square products (docs/performance.md, session 24). The work is split by the
// caller (one goroutine per call); with acc the k terms are added to the sums
// already in c, continuing them in order, so a sum over several calls, in
// order, has the bits of one call over the whole length.
func MatMulNarrow(c, a []float32, ars, acs int, b []float32, m, n, k int, acc bool) {
	MatMulNarrowSegments(c, a, ars, acs, b, m, n, k, oneSegment, acc)
}

// Segments lets a narrow product's sum jump: it runs over Segs segments of
// k terms each, segment s reading A from s*ASeg and B from s*BSeg values on
// (term u of segment s is a[i*ars + s*ASeg + u*acs] times b[s*BSeg +
// u*n + j]). A convolution's patch is such a sum over the kernel rows, read
// from the image in place.
type Segments struct{ Segs, ASeg, BSeg int }

var oneSegment = Segments{Segs: 1}

// MatMulNarrowSegments is MatMulNarrow with the sum over seg.Segs segments of
// k terms (Segments).
func MatMulNarrowSegments(c, a []float32, ars, acs int, b []float32, m, n, k int, seg Segments, acc bool) {
	if n%8 != 0 || seg.Segs < 1 {
		panic("f32: MatMulNarrowSegments needs n a multiple of 8 and at least one segment")
	}
	if m == 0 || n == 0 || (k == 0 && acc) {
		return
	}
	_ = c[m*n-1]
	if k == 0 {
		clear(c[:m*n])
		return
	}
	last := seg.Segs - 1
	_ = b[last*seg.BSeg+k*n-1]
	_ = a[(m-1)*ars+last*seg.ASeg+(k-1)*acs]
	narrowRows(c, a, ars, acs, b, 0, m, n, k, acc, seg)
}

// kBlock is the length of the partial sums (the B block of kBlock x 16
// stays in L1), rowTile the rows of A a column panel sweeps before the next
// panel (their kBlock-long pieces stay in L2).
const (
	kBlock  = 128
	rowTile = 96
)

// narrowRows computes rows [lo, hi) of C (adding to them with acc): six rows
// by 16 columns at a time (rows6), the last rows and a last 8 columns two
// rows at a time (rows2). Every element is summed in kk order, so the tiling
// does not change a bit.
func narrowRows(c, a []float32, ars, acs int, b []float32, lo, hi, n, k int, acc0 bool, sg Segments) {
	var spare [16]float32 // the second row of a lone last row
	pairs := func(i0, i1, j, w, k0, kl int, acc bool) {
		for i := i0; i < i1; i += 2 {
			a0 := a[i*ars+k0*acs:]
			a1, c1 := a0, spare[:w]
			if i+1 < i1 {
				a1, c1 = a[(i+1)*ars+k0*acs:], c[(i+1)*n+j:(i+1)*n+j+w]
			}
			rows2(c[i*n+j:i*n+j+w], c1, a0, a1, acs, b[k0*n+j:], n, kl, acc, sg)
		}
	}
	kb := kBlock
	if sg.Segs > 1 {
		kb = k // segments are short: the kernels take the whole sum
	}
	for k0 := 0; k0 < k; k0 += kb {
		kl := min(kb, k-k0)
		acc := acc0 || k0 > 0
		for r0 := lo; r0 < hi; r0 += rowTile {
			r1 := min(r0+rowTile, hi)
			six := r0 + (r1-r0)/6*6
			j := 0
			for ; j+16 <= n; j += 16 {
				for i := r0; i < six; i += 6 {
					rows6(c[i*n+j:], n, a[i*ars+k0*acs:], ars, acs, b[k0*n+j:], n, kl, acc, sg)
				}
				if six < r1 && r1-6 >= lo && !acc {
					// The last rows again six at a time, overlapping rows
					// already done: they are written once more with the same
					// values, faster than two at a time. (Not when adding
					// to c, and never outside [lo, hi), which another
					// goroutine may own.)
					i := r1 - 6
					rows6(c[i*n+j:], n, a[i*ars+k0*acs:], ars, acs, b[k0*n+j:], n, kl, acc, sg)
				} else {
					pairs(six, r1, j, 16, k0, kl, acc)
				}
			}
			if j < n {
				pairs(r0, r1, j, 8, k0, kl, acc)
			}
		}
	}
}

// rowsScalar is rows2's reference: c_r[j] = (acc ? c_r[j] : 0) + sum over
// segments s and kk < k of a_r[s*ASeg + kk*astep] * b[s*BSeg + kk*ldb + j],
// j < len(c0), one fma32 per term.
func rowsScalar(c0, c1, a0, a1 []float32, astep int, b []float32, ldb, k int, acc bool, sg Segments) {
	for r, cr := range [2][]float32{c0, c1} {
		ar := a0
		if r == 1 {
			ar = a1
		}
		for j := range cr {
			var s float32
			if acc {
				s = cr[j]
			}
			for sgi := 0; sgi < sg.Segs; sgi++ {
				for kk := 0; kk < k; kk++ {
					s = fma32(ar[sgi*sg.ASeg+kk*astep], b[sgi*sg.BSeg+kk*ldb+j], s)
				}
			}
			cr[j] = s
		}
	}
}

// MatMulNarrowScalar is MatMulNarrow in plain Go on one CPU: the reference its
// bits are tested against.
func MatMulNarrowScalar(c, a []float32, ars, acs int, b []float32, m, n, k int) {
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s float32
			for kk := 0; kk < k; kk++ {
				s = fma32(a[i*ars+kk*acs], b[kk*n+j], s)
			}
			c[i*n+j] = s
		}
	}
}

// rows6Scalar is rows6's reference: six rows of 16 columns, each row as
// rowsScalar computes it.
func rows6Scalar(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, acc bool, sg Segments) {
	for r := 0; r < 6; r += 2 {
		rowsScalar(c[r*ldc:r*ldc+16], c[(r+1)*ldc:(r+1)*ldc+16], a[r*ars:], a[(r+1)*ars:], acs, b, ldb, k, acc, sg)
	}
}

// fma32 returns a*b + c rounded once to float32, as VFMADD231PS computes it.
// The product of two float32 values is exact in float64 and TwoSum gives the
// float64 sum s with its exact error e; rounding s to float32 is then wrong
// only when s lies exactly halfway between two float32 values and e is not
// zero, where e says to which side the exact value lies.
func fma32(a, b, c float32) float32 {
	p := float64(a) * float64(b)
	cc := float64(c)
	s := p + cc
	bv := s - p
	e := (p - (s - bv)) + (cc - bv)
	r := float32(s)
	if e == 0 || float64(r) == s || math.IsInf(s, 0) || math.IsNaN(s) {
		return r
	}
	// The float32 neighbours of s: r and the next one towards s.
	o := math.Nextafter32(r, float32(math.Copysign(math.Inf(1), s-float64(r))))
	if mid := (float64(r) + float64(o)) / 2; s != mid {
		return r
	}
	// s is a tie: the exact sum s + e lies on e's side of it.
	if (e > 0) == (float64(o) > float64(r)) {
		return o
	}
	return r
}
