//go:build amd64

package f32

// The AVX2 kernels of pairs_amd64.s handle the first n elements (n a
// multiple of 8); the dispatchers below run the rest through the scalar
// references of pairs.go, whose bits they reproduce.

//go:noescape
func absAVX2(y, x *float32, n int)

//go:noescape
func addConstAVX2(y *float32, n int, c float32)

//go:noescape
func bceTermsAVX2(d, a, t *float32, n int)

//go:noescape
func sqDistAVX2(d, norms, gram *float32, n int, ni float32)

//go:noescape
func squareFlushAVX2(dst, p *float32, n int, min float32)

//go:noescape
func subScaledAVX2(as, kv *float32, n int, s float32)

//go:noescape
func pairAAVX2(out, as, kv *float32, n int, s, c float32)

// Abs writes -x[i] where x[i] < 0, else x[i], into y[i] (AbsScalar).
func Abs(y, x []float32) {
	y = y[:len(x)]
	i := vec8(len(x))
	if i > 0 {
		absAVX2(&y[0], &x[0], i)
	}
	AbsScalar(y[i:], x[i:])
}

// AddConst writes c + y[i] into y[i].
func AddConst(y []float32, c float32) {
	i := vec8(len(y))
	if i > 0 {
		addConstAVX2(&y[0], i, c)
	}
	AddConstScalar(y[i:], c)
}

// BCETerms replaces d[i], holding Log32(1 + Exp32(-|a[i]|)), by the BCE term
// of logit a[i] against t[i] (BCETermsScalar).
func BCETerms(d, a, t []float32) {
	a, t = a[:len(d)], t[:len(d)]
	i := vec8(len(d))
	if i > 0 {
		bceTermsAVX2(&d[0], &a[0], &t[0], i)
	}
	BCETermsScalar(d[i:], a[i:], t[i:])
}

// SqDist writes ni + norms[j] - 2 gram[j], clamped at 0, into d[j].
func SqDist(d, norms, gram []float32, ni float32) {
	d, norms = d[:len(gram)], norms[:len(gram)]
	i := vec8(len(gram))
	if i > 0 {
		sqDistAVX2(&d[0], &norms[0], &gram[0], i, ni)
	}
	SqDistScalar(d[i:], norms[i:], gram[i:], ni)
}

// SquareFlush writes p[j]*p[j] into dst[j], or 0 where p[j] < min.
func SquareFlush(dst, p []float32, min float32) {
	dst = dst[:len(p)]
	i := vec8(len(p))
	if i > 0 {
		squareFlushAVX2(&dst[0], &p[0], i, min)
	}
	SquareFlushScalar(dst[i:], p[i:], min)
}

// SubScaled writes as[j] - kv[j]*s into as[j].
func SubScaled(as, kv []float32, s float32) {
	kv = kv[:len(as)]
	i := vec8(len(as))
	if i > 0 {
		subScaledAVX2(&as[0], &kv[0], i, s)
	}
	SubScaledScalar(as[i:], kv[i:], s)
}

// PairA writes (as[j] - kv[j]*s) * c into out[j].
func PairA(out, as, kv []float32, s, c float32) {
	as, kv = as[:len(out)], kv[:len(out)]
	i := vec8(len(out))
	if i > 0 {
		pairAAVX2(&out[0], &as[0], &kv[0], i, s, c)
	}
	PairAScalar(out[i:], as[i:], kv[i:], s, c)
}
