//go:build amd64

package f32

import (
	"golang.org/x/sys/cpu"
)

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

// MomentumUpdate applies v <- m v - scale g; w <- w + v elementwise.
func MomentumUpdate(w, v, g []float32, m, scale float32) {
	n := len(w)
	v, g = v[:n], g[:n]
	i := 0
	if n >= 8 && cpu.X86.HasAVX2 {
		i = n &^ 7
		momentumAVX2(&w[0], &v[0], &g[0], i, m, scale)
	}
	MomentumScalar(w[i:], v[i:], g[i:], m, scale)
}

// SumSq8 writes the in-order float32 sums of squares of the eight
// NormBlock-value blocks of g (len 8*NormBlock) into sums[:8].
func SumSq8(sums, g []float32) {
	_, _ = sums[7], g[8*NormBlock-1]
	if cpu.X86.HasAVX2 {
		sumSq8AVX2(&sums[0], &g[0])
		return
	}
	SumSq8Scalar(sums, g)
}

// sgdAVX2: v[i] = m*v[i] - lr*(g[i] + wd*w[i]); w[i] += v[i] for i < n (n a
// multiple of 8); kernels_amd64.s.
//
//go:noescape
func sgdAVX2(w, v, grad *float32, n int, m, lr, wd float32)

// SGDUpdate applies v <- m v - lr (g + wd w); w <- w + v elementwise.
func SGDUpdate(w, v, g []float32, m, lr, wd float32) {
	n := len(w)
	v, g = v[:n], g[:n]
	i := 0
	if n >= 8 && cpu.X86.HasAVX2 {
		i = n &^ 7
		sgdAVX2(&w[0], &v[0], &g[0], i, m, lr, wd)
	}
	SGDScalar(w[i:], v[i:], g[i:], m, lr, wd)
}

// adamAVX2: AdamScalar's update for i < n (n a multiple of 8);
// kernels_amd64.s.
//
//go:noescape
func adamAVX2(w, grad, m, v *float32, n int, b1, c1, b2, c2, step, e, wd float32)

// AdamUpdate is one Adam step of w with gradient g and moments m, v
// (AdamScalar's definition and bits, AVX2 where the CPU has it).
func AdamUpdate(w, g, m, v []float32, b1, b2, step, e, wd float32) {
	n := len(w)
	g, m, v = g[:n], m[:n], v[:n]
	i := vec8(n)
	if i > 0 {
		adamAVX2(&w[0], &g[0], &m[0], &v[0], i, b1, 1-b1, b2, 1-b2, step, e, wd)
	}
	AdamScalar(w[i:], g[i:], m[i:], v[i:], b1, b2, step, e, wd)
}

// Elementwise AVX2 kernels (kernels_amd64.s); n is a multiple of 8.
//
//go:noescape
func addVecAVX2(y, x, b *float32, n int)

//go:noescape
func mulVecAVX2(y, x, m *float32, n int)

//go:noescape
func recip1pAVX2(y *float32, n int)

//go:noescape
func sigmoidGradAVX2(d, y, grad *float32, n int)

//go:noescape
func bceGradFinishAVX2(d, t *float32, n int, scale float32)

//go:noescape
func addRowF64AVX2(acc *float64, row *float32, n int)

//go:noescape
func reluAVX2(y, x *float32, n int)

//go:noescape
func reluGradAVX2(d, y, grad *float32, n int)

// vec8 is the length of the prefix of an n-element slice the AVX2 kernels
// handle (0 without AVX2).
func vec8(n int) int {
	if n >= 8 && cpu.X86.HasAVX2 {
		return n &^ 7
	}
	return 0
}

// addVec writes x[i] + b[i] into y[i].
func addVec(y, x, b []float32) {
	n := len(x)
	y, b = y[:n], b[:n]
	i := vec8(n)
	if i > 0 {
		addVecAVX2(&y[0], &x[0], &b[0], i)
	}
	addVecScalar(y[i:], x[i:], b[i:])
}

// mulVec writes x[i] * m[i] into y[i].
func mulVec(y, x, m []float32) {
	n := len(x)
	y, m = y[:n], m[:n]
	i := vec8(n)
	if i > 0 {
		mulVecAVX2(&y[0], &x[0], &m[0], i)
	}
	mulVecScalar(y[i:], x[i:], m[i:])
}

// recip1p replaces y[i] by 1 / (1 + y[i]).
func recip1p(y []float32) {
	i := vec8(len(y))
	if i > 0 {
		recip1pAVX2(&y[0], i)
	}
	recip1pScalar(y[i:])
}

// sigmoidGrad writes g[i] * y[i] * (1 - y[i]) into d[i].
func sigmoidGrad(d, y, g []float32) {
	n := len(y)
	d, g = d[:n], g[:n]
	i := vec8(n)
	if i > 0 {
		sigmoidGradAVX2(&d[0], &y[0], &g[0], i)
	}
	sigmoidGradScalar(d[i:], y[i:], g[i:])
}

// BCEGradFinish replaces d[i] (exp(-a[i])) by (1/(1 + d[i]) - t[i]) * scale.
func BCEGradFinish(d, t []float32, scale float32) {
	n := len(d)
	t = t[:n]
	i := vec8(n)
	if i > 0 {
		bceGradFinishAVX2(&d[0], &t[0], i, scale)
	}
	bceGradFinishScalar(d[i:], t[i:], scale)
}

// addRowF64 adds float64(row[j]) to acc[j].
func addRowF64(acc []float64, row []float32) {
	n := len(row)
	acc = acc[:n]
	i := vec8(n)
	if i > 0 {
		addRowF64AVX2(&acc[0], &row[0], i)
	}
	addRowF64Scalar(acc[i:], row[i:])
}

// relu writes x[i], or 0 where x[i] < 0, into y[i].
func relu(y, x []float32) {
	n := len(x)
	y = y[:n]
	i := vec8(n)
	if i > 0 {
		reluAVX2(&y[0], &x[0], i)
	}
	reluScalar(y[i:], x[i:])
}

// reluBackward writes g where y > 0, else 0.
func reluBackward(ds, ys, gs []float32) {
	n := len(ys)
	ds, gs = ds[:n], gs[:n]
	i := vec8(n)
	if i > 0 {
		reluGradAVX2(&ds[0], &ys[0], &gs[0], i)
	}
	reluBackwardScalar(ds[i:], ys[i:], gs[i:])
}
