//go:build !amd64.v3 && !amd64.v4

package f32

import (
	"math"
	"math/rand"
	"testing"
)

// The vectorised elementwise kernels must give the bits of their scalar
// definitions (the code they replaced), so that trained parameters do not
// depend on which path ran. Not under GOAMD64=v3, where Go may fuse the
// scalar code's multiply-adds.

// kernelInputs mixes normal values with the special ones: zeros of both
// signs, infinities, NaN, denormals and values around 1.
func kernelInputs(rng *rand.Rand, n int) []float32 {
	special := []float32{0, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1)),
		float32(math.NaN()), 1e-40, -1e-41, 1, -1, 0.5, 1 - 1e-7}
	v := make([]float32, n)
	for i := range v {
		if rng.Intn(4) == 0 {
			v[i] = special[rng.Intn(len(special))]
		} else {
			v[i] = float32(rng.NormFloat64() * 3)
		}
	}
	return v
}

func sameBits(a, b float32) bool {
	return math.Float32bits(a) == math.Float32bits(b) || (a != a && b != b)
}

// bitsCase is one kernel under test: vec and scal write n values into out.
type bitsCase struct {
	name      string
	vec, scal func(out []float32)
}

// checkBits fails t at the first value where a case's vectorised kernel and
// its scalar reference differ in bits (NaN equals NaN), naming the inputs.
func checkBits(t *testing.T, cases []bitsCase, n int, x, y, g []float32) {
	t.Helper()
	for _, c := range cases {
		got, want := make([]float32, n), make([]float32, n)
		c.vec(got)
		c.scal(want)
		for i := range got {
			if !sameBits(got[i], want[i]) {
				t.Fatalf("%s n=%d [%d]: inputs %v %v %v: got %v (%#x), scalar %v (%#x)", c.name, n, i, x[i], y[i], g[i],
					got[i], math.Float32bits(got[i]), want[i], math.Float32bits(want[i]))
			}
		}
	}
}

func TestVectorKernelsBits(t *testing.T) {
	rng := rand.New(rand.NewSource(31))
	for _, n := range []int{0, 1, 7, 8, 9, 64, 1023} {
		x, y, g := kernelInputs(rng, n), kernelInputs(rng, n), kernelInputs(rng, n)
		cases := []bitsCase{
			{"addVec", func(o []float32) { addVec(o, x, y) }, func(o []float32) { addVecScalar(o, x, y) }},
			{"mulVec", func(o []float32) { mulVec(o, x, y) }, func(o []float32) { mulVecScalar(o, x, y) }},
			{"recip1p", func(o []float32) { copy(o, x); recip1p(o) }, func(o []float32) { copy(o, x); recip1pScalar(o) }},
			{"sigmoidGrad", func(o []float32) { sigmoidGrad(o, x, g) }, func(o []float32) { sigmoidGradScalar(o, x, g) }},
			{"bceGradFinish", func(o []float32) { copy(o, x); BCEGradFinish(o, y, 0.37) }, func(o []float32) { copy(o, x); bceGradFinishScalar(o, y, 0.37) }},
			{"relu", func(o []float32) { relu(o, x) }, func(o []float32) { reluScalar(o, x) }},
			{"relu in place", func(o []float32) { copy(o, x); relu(o, o) }, func(o []float32) { reluScalar(o, x) }},
			{"reluBackward", func(o []float32) { reluBackward(o, x, g) }, func(o []float32) { reluBackwardScalar(o, x, g) }},
		}
		checkBits(t, cases, n, x, y, g)
		checkAdamBits(t, rng, n)
		acc1, acc2 := make([]float64, n), make([]float64, n)
		for i := range acc1 {
			acc1[i] = rng.NormFloat64()
			acc2[i] = acc1[i]
		}
		for r := 0; r < 3; r++ {
			addRowF64(acc1, x)
			addRowF64Scalar(acc2, x)
		}
		for i := range acc1 {
			if math.Float64bits(acc1[i]) != math.Float64bits(acc2[i]) && !(acc1[i] != acc1[i] && acc2[i] != acc2[i]) {
				t.Fatalf("addRowF64 n=%d [%d] = %v, scalar %v", n, i, acc1[i], acc2[i])
			}
		}
	}
}

// checkAdamBits: AdamUpdate's w, m and v against AdamScalar's, bitwise, over
// three steps from moments of the special inputs (v made non-negative but
// for one NaN-producing -1 in ten) with weight decay.
func checkAdamBits(t *testing.T, rng *rand.Rand, n int) {
	t.Helper()
	w, g, m, v := kernelInputs(rng, n), kernelInputs(rng, n), kernelInputs(rng, n), kernelInputs(rng, n)
	for i := range v {
		v[i] = float32(math.Abs(float64(v[i])))
		if rng.Intn(10) == 0 {
			v[i] = -1
		}
	}
	cp := func(s []float32) []float32 { return append([]float32(nil), s...) }
	w2, m2, v2 := cp(w), cp(m), cp(v)
	for step := 0; step < 3; step++ {
		AdamUpdate(w, g, m, v, 0.5, 0.999, 1.3e-3, 1e-8, 1e-4)
		AdamScalar(w2, g, m2, v2, 0.5, 0.999, 1.3e-3, 1e-8, 1e-4)
		for i := range w {
			if !sameBits(w[i], w2[i]) || !sameBits(m[i], m2[i]) || !sameBits(v[i], v2[i]) {
				t.Fatalf("Adam n=%d step %d [%d]: w m v %v %v %v, scalar %v %v %v", n, step, i, w[i], m[i], v[i], w2[i], m2[i], v2[i])
			}
		}
	}
}

// TestActivationsMatchDefinitions: ApplyAct and ActBackward (vectorised
// passes) against sigmoid32 and the written-out ReLU/derivative formulas,
// bitwise, on a matrix with a bias.
func TestActivationsMatchDefinitions(t *testing.T) {
	rng := rand.New(rand.NewSource(32))
	const rows, k = 37, 45
	x, g, b := kernelInputs(rng, rows*k), kernelInputs(rng, rows*k), kernelInputs(rng, k)
	for _, act := range []Act{ActSigmoid, ActReLU, ActLinear} {
		y, d := make([]float32, rows*k), make([]float32, rows*k)
		ApplyAct(act, y, x, b, k)
		ActBackward(act, d, y, g)
		for i := range y {
			v := x[i] + b[i%k]
			var want, wantD float32
			switch act {
			case ActSigmoid:
				want = sigmoid32(v)
				wantD = g[i] * want * (1 - want)
			case ActReLU:
				want = v
				if v < 0 {
					want = 0
				}
				if want > 0 {
					wantD = g[i]
				}
			default:
				want, wantD = v, g[i]
			}
			if !sameBits(y[i], want) || !sameBits(d[i], wantD) {
				t.Fatalf("%s [%d]: v %v: y %v (want %v), dy %v (want %v)", act, i, v, y[i], want, d[i], wantD)
			}
		}
	}
}
