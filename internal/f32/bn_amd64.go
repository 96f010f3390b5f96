//go:build amd64

package f32

// Batch-norm and leaky-ReLU kernels in bn_amd64.s: the columns j < w of
// rows rows of stride stride (elements), w a positive multiple of 8.

//go:noescape
func bnStatsAVX2(s1, s2 *float64, x *float32, rows, stride, w int)

//go:noescape
func bnApplyAVX2(y, x *float32, rows, stride, w int, scale, shift *float32, slope float32)

//go:noescape
func bnBackSumsAVX2(dx, grad, x, y *float32, rows, stride, w int, mean, inv *float32, sg, sgx *float64, slope float32)

//go:noescape
func bnBackApplyAVX2(dx, x *float32, rows, stride, w int, a, mean, inv, mg, mgx *float32)

// leakyAVX2: d[i] = x[i] > 0 ? g[i] : slope*g[i] for i < n (a multiple of 8).
//
//go:noescape
func leakyAVX2(d, x, grad *float32, n int, slope float32)

// The *Vec functions run the vector kernel on the leading multiple of 8
// columns (or elements) and return how many it did; the callers finish the
// rest in Go.

func bnStatsVec(s1, s2 []float64, x []float32, rows, stride int) int {
	w := vec8(len(s1))
	if w == 0 {
		return 0
	}
	bnStatsAVX2(&s1[0], &s2[0], &x[0], rows, stride, w)
	return w
}

func bnApplyVec(y, x []float32, rows, stride int, scale, shift []float32, slope float32) int {
	w := vec8(len(scale))
	if w == 0 {
		return 0
	}
	bnApplyAVX2(&y[0], &x[0], rows, stride, w, &scale[0], &shift[0], slope)
	return w
}

func bnBackSumsVec(dx, g, x, y []float32, rows, stride int, mean, inv []float32, sg, sgx []float64, slope float32) int {
	w := vec8(len(sg))
	if w == 0 {
		return 0
	}
	bnBackSumsAVX2(&dx[0], &g[0], &x[0], &y[0], rows, stride, w, &mean[0], &inv[0], &sg[0], &sgx[0], slope)
	return w
}

func bnBackApplyVec(dx, x []float32, rows, stride int, a, mean, inv, mg, mgx []float32) int {
	w := vec8(len(a))
	if w == 0 {
		return 0
	}
	bnBackApplyAVX2(&dx[0], &x[0], rows, stride, w, &a[0], &mean[0], &inv[0], &mg[0], &mgx[0])
	return w
}

func leakyVec(d, x, g []float32, slope float32) int {
	n := vec8(len(d))
	if n == 0 {
		return 0
	}
	leakyAVX2(&d[0], &x[0], &g[0], n, slope)
	return n
}
