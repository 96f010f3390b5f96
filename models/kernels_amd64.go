//go:build amd64

package models

import "golang.org/x/sys/cpu"

// momentumAVX2: v[i] = m*v[i] - scale*g[i]; w[i] += v[i] for i < n (n a
// multiple of 8); kernels_amd64.s.
//
//go:noescape
func momentumAVX2(w, v, grad *float32, n int, m, scale float32)

// sumSq8AVX2: sums[j] = in-order float32 sum of g[j*1024+i]^2 over i < 1024,
// j < 8; kernels_amd64.s.
//
//go:noescape
func sumSq8AVX2(sums, grad *float32)

// momentumUpdate applies v <- m v - scale g; w <- w + v elementwise.
func momentumUpdate(w, v, g []float32, m, scale float32) {
	n := len(w)
	v, g = v[:n], g[:n]
	i := 0
	if n >= 8 && cpu.X86.HasAVX2 {
		i = n &^ 7
		momentumAVX2(&w[0], &v[0], &g[0], i, m, scale)
	}
	momentumScalar(w[i:], v[i:], g[i:], m, scale)
}

// sumSq8 writes the in-order float32 sums of squares of the eight
// normBlock-value blocks of g (len 8*normBlock) into sums[:8].
func sumSq8(sums, g []float32) {
	_, _ = sums[7], g[8*normBlock-1]
	if cpu.X86.HasAVX2 {
		sumSq8AVX2(&sums[0], &g[0])
		return
	}
	sumSq8Scalar(sums, g)
}

// sgdAVX2: v[i] = m*v[i] - lr*(g[i] + wd*w[i]); w[i] += v[i] for i < n (n a
// multiple of 8); kernels_amd64.s.
//
//go:noescape
func sgdAVX2(w, v, grad *float32, n int, m, lr, wd float32)

// sgdUpdate applies v <- m v - lr (g + wd w); w <- w + v elementwise.
func sgdUpdate(w, v, g []float32, m, lr, wd float32) {
	n := len(w)
	v, g = v[:n], g[:n]
	i := 0
	if n >= 8 && cpu.X86.HasAVX2 {
		i = n &^ 7
		sgdAVX2(&w[0], &v[0], &g[0], i, m, lr, wd)
	}
	sgdScalar(w[i:], v[i:], g[i:], m, lr, wd)
}
