package models

import (
	"math"
	"math/rand"
	"testing"
)

// TestInitPynn checks the authors' pynn initialisation: W ~ N(0, 1/in),
// biases zero. With n = in*out draws the sample variance has relative
// standard error sqrt(2/n) (chi-square); the tolerance is 5 of those.
func TestInitPynn(t *testing.T) {
	for _, tc := range []struct{ in, out int }{{784, 1024}, {10, 64}, {1024, 32}} {
		l := &layer{In: tc.in, Out: tc.out, Act: Sigmoid, W: make([]float32, tc.in*tc.out), B: make([]float32, tc.out)}
		for i := range l.B {
			l.B[i] = 1
		}
		initLayer(l, InitPynn, rand.New(rand.NewSource(1)))
		var s, s2 float64
		for _, w := range l.W {
			s += float64(w)
			s2 += float64(w) * float64(w)
		}
		n := float64(len(l.W))
		mean, variance := s/n, s2/n-(s/n)*(s/n)
		want := 1 / float64(tc.in)
		if tol := 5 * math.Sqrt(2/n); math.Abs(variance/want-1) > tol {
			t.Errorf("%dx%d: variance %.4g, want %.4g within %.1f%%", tc.in, tc.out, variance, want, 100*tol)
		}
		if tol := 5 * math.Sqrt(want/n); math.Abs(mean) > tol {
			t.Errorf("%dx%d: mean %.3g, want 0 within %.3g", tc.in, tc.out, mean, tol)
		}
		for _, b := range l.B {
			if b != 0 {
				t.Fatalf("%dx%d: bias %v, want 0", tc.in, tc.out, b)
			}
		}
	}
}

// TestInitChoice checks that the configs honour Init: the default keeps the
// Glorot draw (same bits as before the option existed), pynn draws a
// different, smaller-spread set, and an unknown name is an error.
func TestInitChoice(t *testing.T) {
	cfg := GMMNConfig{NoiseDim: 10, Hidden: []int{64}, Out: 32, OutAct: Sigmoid, Sigmas: []float64{1}}
	def, err := NewGMMN(cfg, rand.New(rand.NewSource(3)))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Init = InitGlorot
	glorot, err := NewGMMN(cfg, rand.New(rand.NewSource(3)))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Init = InitPynn
	pynn, err := NewGMMN(cfg, rand.New(rand.NewSource(3)))
	if err != nil {
		t.Fatal(err)
	}
	maxAbs := func(w []float32) (m float32) {
		for _, v := range w {
			m = max(m, float32(math.Abs(float64(v))))
		}
		return m
	}
	for i := range def.layers {
		for j, w := range def.layers[i].W {
			if glorot.layers[i].W[j] != w {
				t.Fatalf("layer %d: Init \"\" and \"glorot\" differ at %d", i, j)
			}
		}
		// He uniform on 10 inputs is bounded by sqrt(6/10) = 0.77; of 640
		// N(0, 1/10) draws (std 0.32) about 1.5% exceed 0.77, so P(none
		// does) ~ 1e-4: the unbounded normal draw shows.
		if i == 0 && maxAbs(pynn.layers[0].W) <= maxAbs(def.layers[0].W) {
			t.Errorf("layer 0: pynn max |w| %v not above glorot's bound %v", maxAbs(pynn.layers[0].W), maxAbs(def.layers[0].W))
		}
	}
	cfg.Init = "xavier"
	if _, err := NewGMMN(cfg, rand.New(rand.NewSource(3))); err == nil {
		t.Error("unknown init accepted")
	}
	if _, err := NewAutoencoder(AEConfig{Sizes: []int{4, 2}, Activation: Sigmoid, Init: "xavier"}, rand.New(rand.NewSource(3))); err == nil {
		t.Error("unknown AE init accepted")
	}
}
