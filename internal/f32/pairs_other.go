//go:build !amd64

package f32

// Abs is AbsScalar (pairs.go).
func Abs(y, x []float32) { AbsScalar(y, x) }

// AddConst is AddConstScalar.
func AddConst(y []float32, c float32) { AddConstScalar(y, c) }

// BCETerms is BCETermsScalar.
func BCETerms(d, a, t []float32) { BCETermsScalar(d, a, t) }

// SqDist is SqDistScalar.
func SqDist(d, norms, gram []float32, ni float32) { SqDistScalar(d, norms, gram, ni) }

// SquareFlush is SquareFlushScalar.
func SquareFlush(dst, p []float32, min float32) { SquareFlushScalar(dst, p, min) }

// SubScaled is SubScaledScalar.
func SubScaled(as, kv []float32, s float32) { SubScaledScalar(as, kv, s) }

// PairA is PairAScalar.
func PairA(out, as, kv []float32, s, c float32) { PairAScalar(out, as, kv, s, c) }
