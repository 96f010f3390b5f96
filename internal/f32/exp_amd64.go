//go:build amd64

package f32

import (
	"golang.org/x/sys/cpu"
)

// expScaleAVX2 writes Exp32(x[i]*scale) into dst[i] for i < n (n a multiple of
// 8), bit-identical to the scalar Exp32; exp_amd64.s.
//
//go:noescape
func expScaleAVX2(dst, x *float32, n int, scale float32)

// logAVX2 writes Log32(x[i]) into dst[i] for i < n (n a multiple of 8),
// bit-identical to the scalar Log32 for x > 0; log_amd64.s.
//
//go:noescape
func logAVX2(dst, x *float32, n int)

// Log32s writes Log32(x[i]) into dst[i] (dst may be x; x > 0), 8 lanes at a
// time with AVX2 where the CPU has it.
func Log32s(dst, x []float32) {
	n := len(x)
	dst = dst[:n]
	i := 0
	if n >= 8 && cpu.X86.HasAVX2 {
		i = n &^ 7
		logAVX2(&dst[0], &x[0], i)
	}
	for ; i < n; i++ {
		dst[i] = Log32(x[i])
	}
}

// ExpScale32 writes Exp32(x[i]*scale) into dst[i] (dst may be x), 8 lanes at a
// time with AVX2 where the CPU has it.
func ExpScale32(dst, x []float32, scale float32) {
	n := len(x)
	dst = dst[:n]
	i := 0
	if n >= 8 && cpu.X86.HasAVX2 {
		i = n &^ 7
		expScaleAVX2(&dst[0], &x[0], i, scale)
	}
	for ; i < n; i++ {
		dst[i] = Exp32(x[i] * scale)
	}
}
