package datasets

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// digitSet is n random 28x28 "digits": a bright blob at a random place.
func digitSet(n int) *Set {
	r := rand.New(rand.NewPCG(1, 2))
	s := &Set{N: n, D: 784, X: make([]float32, n*784), Labels: make([]int32, n), Rows: 28, Cols: 28, Channels: 1}
	for i := range n {
		cy, cx := 8+r.IntN(12), 8+r.IntN(12)
		for y := range 28 {
			for x := range 28 {
				d2 := float64((y-cy)*(y-cy) + (x-cx)*(x-cx))
				s.X[i*784+y*28+x] = float32(math.Exp(-d2 / 8))
			}
		}
		s.Labels[i] = int32(i % 10)
	}
	return s
}

// Shapes, labels, determinism: 40x40 images whose labels are their source
// rows' (i mod N), the same bytes from the same seed and other bytes from
// another.
func TestAffineShapeLabelsSeed(t *testing.T) {
	src := digitSet(7)
	a, err := Affine(src, 15, 3)
	if err != nil {
		t.Fatal(err)
	}
	if a.N != 15 || a.D != 1600 || a.Rows != 40 || a.Cols != 40 || len(a.X) != 15*1600 {
		t.Fatalf("set %d x %d (%dx%d)", a.N, a.D, a.Rows, a.Cols)
	}
	for i, l := range a.Labels {
		if l != src.Labels[i%7] {
			t.Errorf("image %d label %d, want %d", i, l, src.Labels[i%7])
		}
	}
	b, _ := Affine(src, 15, 3)
	c, _ := Affine(src, 15, 4)
	same, other := true, false
	for i := range a.X {
		same = same && a.X[i] == b.X[i]
		other = other || a.X[i] != c.X[i]
	}
	if !same || !other {
		t.Errorf("same seed identical: %v, other seed differs: %v", same, other)
	}
	if _, err := Affine(&Set{N: 1, D: 4, X: make([]float32, 4), Rows: 2, Cols: 2}, 1, 1); err == nil {
		t.Error("a 2x2 source was accepted")
	}
}

// Without rotation the digit lands unchanged at its offset, with black
// around it; a rotation keeps the digit's mass (a blob well inside the
// frame), to 2% (bilinear resampling of a smooth blob).
func TestAffinePlacement(t *testing.T) {
	src := digitSet(1)
	canvas := make([]float32, 1600)
	placeRotated(canvas, src.Row(0), 28, 0, 5, 9)
	var mass, srcMass float64
	for y := range 40 {
		for x := range 40 {
			v := canvas[y*40+x]
			inside := y >= 5 && y < 33 && x >= 9 && x < 37
			if inside && v != src.X[(y-5)*28+x-9] {
				t.Fatalf("pixel (%d, %d) = %v, want %v", y, x, v, src.X[(y-5)*28+x-9])
			}
			if !inside && v != 0 {
				t.Fatalf("pixel (%d, %d) outside the digit = %v", y, x, v)
			}
		}
	}
	for _, v := range src.X {
		srcMass += float64(v)
	}
	rot := make([]float32, 1600)
	placeRotated(rot, src.Row(0), 28, 17, 0, 0)
	for _, v := range rot {
		mass += float64(v)
	}
	numtest.Rel(t, mass, srcMass, 0.02, "mass after a 17 degree rotation")
	diff := 0.0
	for y := range 28 {
		for x := range 28 {
			diff += math.Abs(float64(rot[y*40+x] - src.X[y*28+x]))
		}
	}
	if diff < 1 {
		t.Errorf("a 17 degree rotation changed the image by only %v", diff)
	}
}
