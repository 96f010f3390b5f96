//go:build !amd64

package models

// expScale32 writes exp32(x[i]*scale) into dst[i] (dst may be x).
func expScale32(dst, x []float32, scale float32) {
	dst = dst[:len(x)]
	for i, v := range x {
		dst[i] = exp32(v * scale)
	}
}

// log32s writes log32(x[i]) into dst[i] (dst may be x; x > 0).
func log32s(dst, x []float32) {
	dst = dst[:len(x)]
	for i, v := range x {
		dst[i] = log32(v)
	}
}
