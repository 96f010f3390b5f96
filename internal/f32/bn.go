package f32

import "math"

// Batch-norm and leaky-ReLU kernels over row-major [rows, stride] float32
// matrices, working on the first w columns of every row (a caller that
// splits channels across goroutines passes a column range's base and
// width). The vector forms (bn_amd64.s) perform exactly the scalar forms'
// operations in the same order, without FMA, so results are bit-identical:
// each column's sums are accumulated in row order, as the scalar loops do.
// The scalar forms use explicit conversions, which the Go spec says round
// and so forbid the compiler to fuse a multiply and an add.

// BNStats adds x[r*stride+j] and its square, in float64, to s1[j] and s2[j]
// for r < rows in row order and j < len(s1).
func BNStats(s1, s2 []float64, x []float32, rows, stride int) {
	w := len(s1)
	if rows <= 0 || w == 0 {
		return
	}
	s2 = s2[:w]
	_ = x[(rows-1)*stride+w-1]
	v := bnStatsVec(s1, s2, x, rows, stride)
	BNStatsScalar(s1[v:], s2[v:], x[v:], rows, stride)
}

// BNStatsScalar is BNStats in plain Go.
func BNStatsScalar(s1, s2 []float64, x []float32, rows, stride int) {
	w := len(s1)
	for r := 0; r < rows; r++ {
		for j, v := range x[r*stride : r*stride+w] {
			f := float64(v)
			s1[j] += f
			s2[j] += float64(f * f)
		}
	}
}

// BNApply writes act(x*scale + shift) into y for the first len(scale)
// columns of rows rows, where act(v) = v if v > 0 else slope*v (slope 1:
// the identity). y may be x.
func BNApply(y, x []float32, rows, stride int, scale, shift []float32, slope float32) {
	w := len(scale)
	if rows <= 0 || w == 0 {
		return
	}
	shift = shift[:w]
	_, _ = x[(rows-1)*stride+w-1], y[(rows-1)*stride+w-1]
	v := bnApplyVec(y, x, rows, stride, scale, shift, slope)
	BNApplyScalar(y[v:], x[v:], rows, stride, scale[v:], shift[v:], slope)
}

// BNApplyScalar is BNApply in plain Go.
func BNApplyScalar(y, x []float32, rows, stride int, scale, shift []float32, slope float32) {
	w := len(scale)
	for r := 0; r < rows; r++ {
		xs, ys := x[r*stride:r*stride+w], y[r*stride:r*stride+w]
		for j, v := range xs {
			ys[j] = LeakySel1(float32(v*scale[j])+shift[j], slope)
		}
	}
}

// BNBackSums is the batch norm's first backward pass over rows rows: p =
// g if y > 0 else slope*g (the activation's gradient; slope 1: none) is
// written into dx, and sg[j] += p, sgx[j] += p*xhat in float64 with xhat =
// (x - mean[j])*inv[j] in float32, for the first len(sg) columns.
func BNBackSums(dx, g, x, y []float32, rows, stride int, mean, inv []float32, sg, sgx []float64, slope float32) {
	w := len(sg)
	if rows <= 0 || w == 0 {
		return
	}
	mean, inv, sgx = mean[:w], inv[:w], sgx[:w]
	last := (rows-1)*stride + w - 1
	_, _, _, _ = dx[last], g[last], x[last], y[last]
	v := bnBackSumsVec(dx, g, x, y, rows, stride, mean, inv, sg, sgx, slope)
	BNBackSumsScalar(dx[v:], g[v:], x[v:], y[v:], rows, stride, mean[v:], inv[v:], sg[v:], sgx[v:], slope)
}

// BNBackSumsScalar is BNBackSums in plain Go.
func BNBackSumsScalar(dx, g, x, y []float32, rows, stride int, mean, inv []float32, sg, sgx []float64, slope float32) {
	w := len(sg)
	for r := 0; r < rows; r++ {
		o := r * stride
		gs, xs, ys, ds := g[o:o+w], x[o:o+w], y[o:o+w], dx[o:o+w]
		for j, gv := range gs {
			p := LeakySel(ys[j], gv, slope)
			ds[j] = p
			sg[j] += float64(p)
			xh := float32(float32(xs[j]-mean[j]) * inv[j])
			sgx[j] += float64(float64(p) * float64(xh))
		}
	}
}

// BNBackApply is the batch norm's second backward pass: dx = a*((p - mg) -
// ((x - mean)*inv)*mgx) in float32, in place over p = dx, for the first
// len(a) columns.
func BNBackApply(dx, x []float32, rows, stride int, a, mean, inv, mg, mgx []float32) {
	w := len(a)
	if rows <= 0 || w == 0 {
		return
	}
	mean, inv, mg, mgx = mean[:w], inv[:w], mg[:w], mgx[:w]
	last := (rows-1)*stride + w - 1
	_, _ = dx[last], x[last]
	v := bnBackApplyVec(dx, x, rows, stride, a, mean, inv, mg, mgx)
	BNBackApplyScalar(dx[v:], x[v:], rows, stride, a[v:], mean[v:], inv[v:], mg[v:], mgx[v:])
}

// BNBackApplyScalar is BNBackApply in plain Go.
func BNBackApplyScalar(dx, x []float32, rows, stride int, a, mean, inv, mg, mgx []float32) {
	w := len(a)
	for r := 0; r < rows; r++ {
		xs, ds := x[r*stride:r*stride+w], dx[r*stride:r*stride+w]
		for j, p := range ds {
			xh := float32(float32(xs[j]-mean[j]) * inv[j])
			ds[j] = a[j] * float32(float32(p-mg[j])-float32(xh*mgx[j]))
		}
	}
}

// LeakySel returns g when x > 0, else slope*g: the leaky ReLU's output (g =
// x) or its gradient (g the upstream gradient). It selects bits, which the
// compiler turns into a conditional move: a branch on the sign of
// pre-activations mispredicts half the time (3x slower batch norm,
// measured).
func LeakySel(x, g, slope float32) float32 {
	r, s := math.Float32bits(g), math.Float32bits(slope*g)
	if !(x > 0) {
		r = s
	}
	return math.Float32frombits(r)
}

// LeakySel1 is LeakySel(v, v, slope): the leaky ReLU itself.
func LeakySel1(v, slope float32) float32 { return LeakySel(v, v, slope) }

// LeakyRows writes LeakySel(x[i], g[i], slope) into d for every i (g = x:
// the leaky ReLU; g the upstream gradient: its backward pass). d may alias
// x or g.
func LeakyRows(d, x, g []float32, slope float32) {
	n := len(d)
	x, g = x[:n], g[:n]
	v := leakyVec(d, x, g, slope)
	for i := v; i < n; i++ {
		d[i] = LeakySel(x[i], g[i], slope)
	}
}
