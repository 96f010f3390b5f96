//go:build amd64 && !amd64.v3 && !amd64.v4

package f32

import (
	"math"
	"testing"

	"golang.org/x/sys/cpu"
)

// TestExpScaleAVX2Bits: the AVX2 kernel performs Exp32's float32 operations in
// the same order, so its results are bit-identical to the scalar function (the
// same seed then trains to the same bits whichever path ran). Only without FMA
// in the scalar build: GOAMD64=v3 lets the compiler fuse Exp32's multiply-adds.
func TestExpScaleAVX2Bits(t *testing.T) {
	if !cpu.X86.HasAVX2 {
		t.Skip("no AVX2")
	}
	x := expInputs()
	n := len(x) &^ 7
	got := make([]float32, n)
	for _, scale := range []float32{1, -0.25, -1} {
		expScaleAVX2(&got[0], &x[0], n, scale)
		for i := 0; i < n; i++ {
			want := Exp32(x[i] * scale)
			if math.Float32bits(got[i]) != math.Float32bits(want) && !(want != want && got[i] != got[i]) {
				t.Fatalf("AVX2 exp(%v*%v) = %v (%#x), exp32 %v (%#x)", x[i], scale, got[i], math.Float32bits(got[i]), want, math.Float32bits(want))
			}
		}
	}
}

// TestLogAVX2Bits: as TestExpScaleAVX2Bits, for Log32 over x > 0.
func TestLogAVX2Bits(t *testing.T) {
	if !cpu.X86.HasAVX2 {
		t.Skip("no AVX2")
	}
	x := logInputs()
	n := len(x) &^ 7
	got := make([]float32, n)
	logAVX2(&got[0], &x[0], n)
	for i := 0; i < n; i++ {
		if want := Log32(x[i]); math.Float32bits(got[i]) != math.Float32bits(want) {
			t.Fatalf("AVX2 log(%v) = %v (%#x), log32 %v (%#x)", x[i], got[i], math.Float32bits(got[i]), want, math.Float32bits(want))
		}
	}
}
