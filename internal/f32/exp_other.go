//go:build !amd64

package f32

// ExpScale32 writes Exp32(x[i]*scale) into dst[i] (dst may be x).
func ExpScale32(dst, x []float32, scale float32) {
	dst = dst[:len(x)]
	for i, v := range x {
		dst[i] = Exp32(v * scale)
	}
}

// Log32s writes Log32(x[i]) into dst[i] (dst may be x; x > 0).
func Log32s(dst, x []float32) {
	dst = dst[:len(x)]
	for i, v := range x {
		dst[i] = Log32(v)
	}
}
