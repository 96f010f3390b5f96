//go:build !amd64

package f32

// Without the amd64 kernels every column is done in Go.

func bnStatsVec(s1, s2 []float64, x []float32, rows, stride int) int { return 0 }

func bnApplyVec(y, x []float32, rows, stride int, scale, shift []float32, slope float32) int {
	return 0
}

func bnBackSumsVec(dx, g, x, y []float32, rows, stride int, mean, inv []float32, sg, sgx []float64, slope float32) int {
	return 0
}

func bnBackApplyVec(dx, x []float32, rows, stride int, a, mean, inv, mg, mgx []float32) int {
	return 0
}

func leakyVec(d, x, g []float32, slope float32) int { return 0 }
