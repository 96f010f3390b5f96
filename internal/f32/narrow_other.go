//go:build !amd64

package f32

func rows2(c0, c1, a0, a1 []float32, astep int, b []float32, ldb, k int, acc bool, sg Segments) {
	rowsScalar(c0, c1, a0, a1, astep, b, ldb, k, acc, sg)
}

func rows6(c []float32, ldc int, a []float32, ars, acs int, b []float32, ldb, k int, acc bool, sg Segments) {
	rows6Scalar(c, ldc, a, ars, acs, b, ldb, k, acc, sg)
}
