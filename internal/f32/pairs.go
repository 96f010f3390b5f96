package f32

// Elementwise pieces of the BCE sum (models/nn.BCESum) and of the MMD
// kernel's pair loops (models/gmmn): each is the scalar code those loops
// ran, written once here as the reference for the AVX2 versions
// (pairs_amd64.s), which give the same bits. The sums those loops also
// formed stay in their callers as sequential chains: their order decides
// the bits.

// AbsScalar writes -x[i] where x[i] < 0, else x[i], into y[i] (-0 and NaN
// pass through unchanged).
func AbsScalar(y, x []float32) {
	y = y[:len(x)]
	for i, v := range x {
		if v < 0 {
			v = -v
		}
		y[i] = v
	}
}

// AddConstScalar writes c + y[i] into y[i].
func AddConstScalar(y []float32, c float32) {
	for i, v := range y {
		y[i] = c + v
	}
}

// BCETermsScalar replaces d[i], holding Log32(1 + Exp32(-|a[i]|)), by the
// binary cross-entropy term of logit a[i] against target t[i]:
// (a[i] + d[i] where a[i] > 0, else d[i]) - t[i]*a[i].
func BCETermsScalar(d, a, t []float32) {
	a, t = a[:len(d)], t[:len(d)]
	for i, x := range a {
		r := d[i]
		if x > 0 {
			r = x + r
		}
		d[i] = r - t[i]*x
	}
}

// SqDistScalar writes the squared distances ni + norms[j] - 2 gram[j],
// clamped at 0, into d[j].
func SqDistScalar(d, norms, gram []float32, ni float32) {
	d, norms = d[:len(gram)], norms[:len(gram)]
	for j, g := range gram {
		v := ni + norms[j] - 2*g
		if v < 0 {
			v = 0
		}
		d[j] = v
	}
}

// SquareFlushScalar writes p[j]*p[j] into dst[j], or 0 where p[j] < min.
func SquareFlushScalar(dst, p []float32, min float32) {
	dst = dst[:len(p)]
	for j, v := range p {
		s := v * v
		if v < min {
			s = 0
		}
		dst[j] = s
	}
}

// SubScaledScalar writes as[j] - kv[j]*s into as[j].
func SubScaledScalar(as, kv []float32, s float32) {
	kv = kv[:len(as)]
	for j := range as {
		as[j] -= kv[j] * s
	}
}

// PairAScalar writes (as[j] - kv[j]*s) * c into out[j].
func PairAScalar(out, as, kv []float32, s, c float32) {
	as, kv = as[:len(out)], kv[:len(out)]
	for j := range out {
		out[j] = (as[j] - kv[j]*s) * c
	}
}
