package f32

import (
	"math"
	"runtime"
	"sync"

	"github.com/ganpipe/ganpipe/blas"
)

// This file holds the float32 elementwise kernels behind the custom gorgonia ops.
// gorgonia's own sigmoid/exp run single-threaded in float64 math and dominate a
// training step once GEMM is done by OpenBLAS, so the hot elementwise work is done
// here: float32 polynomial exp/log (Cephes expf/logf, ~1-2 ulp) split over the CPUs
// in fixed chunks so results do not depend on scheduling.

// MinChunk is the smallest amount of elementwise work worth a goroutine.
const MinChunk = 1 << 14

// ParFor calls fn on [lo, hi) chunks covering [0, n), in parallel when n is large.
// Chunk boundaries depend only on n and the CPU count, so any per-chunk reduction
// combined in chunk order is deterministic.
//
// The chunks run on the BLAS's worker team (blas.CurrentTeam: goroutines that
// stay awake between a step's parallel sections) when there is one, else on
// new goroutines.
func ParFor(n, grain int, fn func(chunk, lo, hi int)) {
	k := ParChunks(n, grain)
	if k == 1 {
		fn(0, 0, n)
		return
	}
	RunParts(k, func(c int) { fn(c, c*n/k, (c+1)*n/k) })
}

// RunParts calls fn(0..n-1) in parallel and returns when all have returned:
// on the BLAS's worker team when there is one, else one new goroutine per
// part but the last, which runs on the caller.
func RunParts(n int, fn func(i int)) {
	if team := blas.CurrentTeam(); team != nil {
		team.Run(n, fn)
		return
	}
	var wg sync.WaitGroup
	wg.Add(n - 1)
	for i := 0; i < n-1; i++ {
		go func(i int) {
			defer wg.Done()
			fn(i)
		}(i)
	}
	fn(n - 1)
	wg.Wait()
}

// ParChunks is the number of chunks ParFor uses for n items of the given grain
// (items per chunk at least grain).
func ParChunks(n, grain int) int {
	if grain < 1 {
		grain = 1
	}
	k := runtime.NumCPU()
	if m := n / grain; m < k {
		k = m
	}
	if k < 1 {
		k = 1
	}
	return k
}

// Exp32 is a float32 exp accurate to about 1 ulp (Cephes expf). Inputs below
// -87.3 return 0 (no denormals); inputs above 88.7 saturate.
func Exp32(x float32) float32 {
	if x < -87.33654 {
		return 0
	}
	if x > 88.72283 {
		x = 88.72283
	}
	fn := float32(math.Floor(float64(x*1.44269504088896341 + 0.5)))
	r := x - fn*0.693359375
	r -= fn * -2.12194440e-4
	p := float32(1.9875691500e-4)
	p = p*r + 1.3981999507e-3
	p = p*r + 8.3334519073e-3
	p = p*r + 4.1665795894e-2
	p = p*r + 1.6666665459e-1
	p = p*r + 5.0000001201e-1
	y := p*r*r + r + 1
	n := int32(fn)
	if n < -126 {
		// 2^n underflows the exponent field: split the scaling.
		return y * math.Float32frombits(uint32(n+127+64)<<23) * 5.421010862427522e-20 // 2^-64
	}
	return y * math.Float32frombits(uint32(n+127)<<23)
}

// Log32 is a float32 natural log for x > 0 (Cephes logf, ~1 ulp).
func Log32(x float32) float32 {
	bits := math.Float32bits(x)
	e := int32(bits>>23) - 126
	m := math.Float32frombits(bits&0x807fffff | 0x3f000000) // mantissa in [0.5, 1)
	if m < 0.70710678 {
		e--
		m = m + m - 1
	} else {
		m = m - 1
	}
	z := m * m
	p := float32(7.0376836292e-2)
	p = p*m - 1.1514610310e-1
	p = p*m + 1.1676998740e-1
	p = p*m - 1.2420140846e-1
	p = p*m + 1.4249322787e-1
	p = p*m - 1.6668057665e-1
	p = p*m + 2.0000714765e-1
	p = p*m - 2.4999993993e-1
	p = p*m + 3.3333331174e-1
	y := m * z * p
	fe := float32(e)
	y += -2.12194440e-4 * fe
	y += -0.5 * z
	return m + y + 0.693359375*fe
}

// sigmoid32 is 1/(1+exp(-x)) in float32.
func sigmoid32(x float32) float32 { return 1 / (1 + Exp32(-x)) }

// Softplus32 is log(1+exp(x)) computed stably: max(x,0) + log1p(exp(-|x|)).
func Softplus32(x float32) float32 {
	ax := x
	if ax < 0 {
		ax = -ax
	}
	r := Log32(1 + Exp32(-ax))
	if x > 0 {
		return x + r
	}
	return r
}

// Act selects the nonlinearity ApplyAct and ActBackward apply: the kernels'
// own codes, so that they need nothing from the packages that name
// activations (models/nn maps its Activation names onto these).
type Act uint8

// The activations the kernels implement; any other value is the identity.
const (
	ActLinear Act = iota
	ActSigmoid
	ActReLU
	ActTanh
)

// String names a as models/nn's Activation does.
func (a Act) String() string {
	switch a {
	case ActSigmoid:
		return "sigmoid"
	case ActReLU:
		return "relu"
	case ActTanh:
		return "tanh"
	}
	return "linear"
}

// ApplyAct writes act(x[i] + b[i % k]) into y (bias may be nil). The
// passes over a row run vectorised (kernels_amd64.s) with the scalar code's
// float32 operations, so the values are those of the element-at-a-time
// definitions (kernels_test.go).
func ApplyAct(act Act, y, x, b []float32, k int) {
	ParFor(len(x)/k, MinChunk/k+1, func(_, lo, hi int) {
		for r := lo; r < hi; r++ {
			xs := x[r*k : (r+1)*k]
			ys := y[r*k : (r+1)*k]
			switch act {
			case ActSigmoid:
				// sigmoid32(v) = 1/(1+Exp32(-v)) in three passes.
				addBias(ys, xs, b)
				ExpScale32(ys, ys, -1)
				recip1p(ys)
			case ActReLU:
				addBias(ys, xs, b)
				relu(ys, ys)
			case ActTanh:
				addBias(ys, xs, b) // then 2 sigmoid32(2v) - 1
				ExpScale32(ys, ys, -2)
				for j, e := range ys {
					ys[j] = 2*(1/(1+e)) - 1
				}
			default: // Linear
				addBias(ys, xs, b)
			}
		}
	})
}

// addBias writes x[j] + b[j] (x[j] when b is nil) into y.
func addBias(y, x, b []float32) {
	y = y[:len(x)]
	if b == nil {
		copy(y, x)
		return
	}
	addVec(y, x, b)
}

// ActBackward writes g[i]*act'(.) into dx, where y is the activation's output
// (every supported activation's derivative is a function of its output).
func ActBackward(act Act, dx, y, g []float32) {
	ParFor(len(y), MinChunk, func(_, lo, hi int) {
		ys, gs, ds := y[lo:hi], g[lo:hi], dx[lo:hi]
		switch act {
		case ActSigmoid:
			sigmoidGrad(ds, ys, gs)
		case ActReLU:
			reluBackward(ds, ys, gs)
		case ActTanh:
			for i, v := range ys {
				ds[i] = gs[i] * (1 - v*v)
			}
		default:
			copy(ds, gs)
		}
	})
}

// ColSum writes the column sums of the rows x k matrix m into out, accumulating in
// float64 per column (float32 running sums over thousands of rows drift).
func ColSum(out, m []float32, k int, acc []float64) {
	rows := len(m) / k
	ParFor(k, 64, func(_, lo, hi int) {
		a := acc[lo:hi]
		clear(a)
		for r := 0; r < rows; r++ {
			addRowF64(a, m[r*k+lo:r*k+hi])
		}
		for j := range a {
			out[lo+j] = float32(a[j])
		}
	})
}

// MulInto writes x[i]*m[i] into y.
func MulInto(y, x, m []float32) {
	ParFor(len(x), MinChunk, func(_, lo, hi int) {
		mulVec(y[lo:hi], x[lo:hi], m[lo:hi])
	})
}

// The scalar definitions of the vectorised kernels (kernels_amd64.go): the
// fallbacks off amd64 or without AVX2, the tails of the vector loops, and the
// references of the bitwise tests.

func addVecScalar(y, x, b []float32) {
	y, b = y[:len(x)], b[:len(x)]
	for j, v := range x {
		y[j] = v + b[j]
	}
}

func mulVecScalar(y, x, m []float32) {
	y, m = y[:len(x)], m[:len(x)]
	for i, v := range x {
		y[i] = v * m[i]
	}
}

func recip1pScalar(y []float32) {
	for j, e := range y {
		y[j] = 1 / (1 + e)
	}
}

func sigmoidGradScalar(d, y, g []float32) {
	d, g = d[:len(y)], g[:len(y)]
	for i, v := range y {
		d[i] = g[i] * v * (1 - v)
	}
}

func bceGradFinishScalar(d, t []float32, scale float32) {
	t = t[:len(d)]
	for i, e := range d {
		d[i] = (1/(1+e) - t[i]) * scale
	}
}

func addRowF64Scalar(acc []float64, row []float32) {
	acc = acc[:len(row)]
	for j, v := range row {
		acc[j] += float64(v)
	}
}

// reluScalar writes x, or 0 where x < 0, into y. Selecting bits lets the
// compiler emit a CMOV: a branch on the sign of pre-activations mispredicts
// half the time and cost ~10 ns per element. NaN and -0 pass through.
func reluScalar(y, x []float32) {
	y = y[:len(x)]
	for j, v := range x {
		r := math.Float32bits(v)
		if v < 0 {
			r = 0
		}
		y[j] = math.Float32frombits(r)
	}
}

// reluBackwardScalar writes g where y > 0, else 0, branch-free as reluScalar.
// It is a named function, not inline in ActBackward's closure: when
// ActBackward is inlined into a caller, Go 1.26 compiles the copied closure
// without inlining math.Float32bits, a call per element.
func reluBackwardScalar(ds, ys, gs []float32) {
	gs, ds = gs[:len(ys)], ds[:len(ys)]
	for i, v := range ys {
		r := math.Float32bits(gs[i])
		if !(v > 0) {
			r = 0
		}
		ds[i] = math.Float32frombits(r)
	}
}

// NormBlock is the number of consecutive squared gradient values summed in
// float32 before the block sum joins the float64 total: float32 running sums
// over millions of values drift, a float64 chain per value is slow.
const NormBlock = 1024

// MomentumScalar is MomentumUpdate in plain Go (the reference the AVX2
// kernel matches bit for bit, and its fallback).
func MomentumScalar(w, v, g []float32, m, scale float32) {
	v, g = v[:len(w)], g[:len(w)]
	for i := range w {
		vi := m*v[i] - scale*g[i]
		v[i] = vi
		w[i] += vi
	}
}

// SumSq8Scalar is SumSq8 in plain Go.
func SumSq8Scalar(sums, g []float32) {
	g0, g1 := g[0*NormBlock:1*NormBlock], g[1*NormBlock:2*NormBlock]
	g2, g3 := g[2*NormBlock:3*NormBlock], g[3*NormBlock:4*NormBlock]
	g4, g5 := g[4*NormBlock:5*NormBlock], g[5*NormBlock:6*NormBlock]
	g6, g7 := g[6*NormBlock:7*NormBlock], g[7*NormBlock:8*NormBlock]
	var s0, s1, s2, s3, s4, s5, s6, s7 float32
	for i := 0; i < NormBlock; i++ {
		s0 += g0[i] * g0[i]
		s1 += g1[i] * g1[i]
		s2 += g2[i] * g2[i]
		s3 += g3[i] * g3[i]
		s4 += g4[i] * g4[i]
		s5 += g5[i] * g5[i]
		s6 += g6[i] * g6[i]
		s7 += g7[i] * g7[i]
	}
	q := sums[:8:8]
	q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7] = s0, s1, s2, s3, s4, s5, s6, s7
}

// SGDScalar is SGDUpdate in plain Go: v <- m v - lr (g + wd w); w <- w + v.
func SGDScalar(w, v, g []float32, m, lr, wd float32) {
	v, g = v[:len(w)], g[:len(w)]
	for i := range w {
		vi := m*v[i] - lr*(g[i]+wd*w[i])
		v[i] = vi
		w[i] += vi
	}
}

// AdamScalar is Adam's update with the bias corrections folded into step
// and e (models/nn.adamStep): gi = g + wd w; m <- b1 m + (1-b1) gi;
// v <- b2 v + (1-b2) gi^2; w <- w - step m / (sqrt(v) + e), every operation
// in float32 in this order (AdamUpdate's AVX2 kernel gives the same bits).
func AdamScalar(w, g, m, v []float32, b1, b2, step, e, wd float32) {
	g, m, v = g[:len(w)], m[:len(w)], v[:len(w)]
	for i := range w {
		gi := g[i] + wd*w[i]
		m[i] = b1*m[i] + (1-b1)*gi
		v[i] = b2*v[i] + (1-b2)*gi*gi
		w[i] -= step * m[i] / (float32(math.Sqrt(float64(v[i]))) + e)
	}
}

// AddTo adds s to d elementwise (d[i] += s[i], AVX2 where the CPU has it:
// the same bits).
func AddTo(d, s []float32) { addVec(d, d, s) }
