//go:build amd64

package f32

import "golang.org/x/sys/cpu"

// rows2AVX2 is rows2 for nv vectors of 8 columns (1, 2 or 4);
// narrow_amd64.s.
//
//go:noescape
func rows2AVX2(c0, c1, a0, a1 *float32, astep int, b *float32, ldb, k, nv, acc, segs, aseg, bseg int)

// rows2 computes two rows of a narrow product's block (rowsScalar), the
// rows' width 8, 16 or 32.
func rows2(c0, c1, a0, a1 []float32, astep int, b []float32, ldb, k int, acc bool, sg Segments) {
	if !hasFMA {
		rowsScalar(c0, c1, a0, a1, astep, b, ldb, k, acc, sg)
		return
	}
	w := len(c0)
	last := (sg.Segs - 1) // the last segment's offsets
	_, _ = c1[w-1], b[last*sg.BSeg+(k-1)*ldb+w-1]
	_, _ = a0[last*sg.ASeg+(k-1)*astep], a1[last*sg.ASeg+(k-1)*astep]
	rows2AVX2(&c0[0], &c1[0], &a0[0], &a1[0], astep, &b[0], ldb, k, w/8, b2i(acc), sg.Segs, sg.ASeg, sg.BSeg)
}

// rows6AVX2 is rows6's kernel; narrow_amd64.s.
//
//go:noescape
func rows6AVX2(c *float32, ldc int, a *float32, ars, acs int, b *float32, ldb, k, acc, segs, aseg, bseg int)

// rows6 computes six rows by 16 columns of a narrow product's block: rows r
// < 6 of c (stride ldc), as rowsScalar computes each of them.
func rows6(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, acc bool, sg Segments) {
	last := sg.Segs - 1
	_, _ = c[5*ldc+15], b[last*sg.BSeg+(k-1)*ldb+15]
	_ = a[5*ars+last*sg.ASeg+(k-1)*acs]
	if !hasFMA {
		rows6Scalar(c, ldc, a, ars, acs, b, ldb, k, acc, sg)
		return
	}
	rows6AVX2(&c[0], ldc, &a[0], ars, acs, &b[0], ldb, k, b2i(acc), sg.Segs, sg.ASeg, sg.BSeg)
}

// hasFMA: the narrow kernels need AVX2 and FMA3 (every AVX2 CPU of Intel
// since Haswell and of AMD since Zen has both; the plain-Go path gives the
// same bits).
var hasFMA = cpu.X86.HasAVX2 && cpu.X86.HasFMA

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
