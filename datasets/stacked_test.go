package datasets

import (
	"math"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

// TestStack: each stack's channels (HWC: value 3p+c is pixel p of channel
// c) are source rows and its label spells
// their digits; the same seed gives the same stacks, another seed others;
// over 20,000 stacks of a source with all ten digits every one of the 1000
// triples appears (the chance that one given triple is missing is
// (1-1/1000)^20000 = 2e-9).
func TestStack(t *testing.T) {
	src := &Set{N: 10, D: 4, X: make([]float32, 40), Labels: make([]int32, 10), Rows: 2, Cols: 2}
	for i := range 10 {
		src.Labels[i] = int32(i)
		for j := range 4 {
			src.X[4*i+j] = float32(10*i + j) // row i holds 10i, 10i+1, ...
		}
	}
	s, err := Stack(src, 20000, 7)
	if err != nil {
		t.Fatal(err)
	}
	if s.D != 12 || s.Channels != 3 || s.Rows != 2 || s.Cols != 2 {
		t.Fatalf("shape D %d channels %d %dx%d", s.D, s.Channels, s.Rows, s.Cols)
	}
	seen := map[int32]bool{}
	for i := range s.N {
		want := int32(0)
		for c := range 3 {
			ch := Channel(nil, s.X[i*12:(i+1)*12], 1, 3, c)
			digit := int32(ch[0]) / 10
			for j := range 4 {
				if ch[j] != float32(10*digit+int32(j)) || s.X[i*12+3*j+c] != ch[j] {
					t.Fatalf("stack %d channel %d = %v is not a source row stored HWC", i, c, ch)
				}
			}
			want = 10*want + digit
		}
		if s.Labels[i] != want {
			t.Fatalf("stack %d label %d, channels spell %d", i, s.Labels[i], want)
		}
		seen[want] = true
	}
	if len(seen) != 1000 {
		t.Errorf("%d of 1000 triples in 20000 stacks", len(seen))
	}
	again, _ := Stack(src, 20000, 7)
	other, _ := Stack(src, 20000, 8)
	same, diff := true, false
	for i := range s.X {
		same = same && again.X[i] == s.X[i]
		diff = diff || other.X[i] != s.X[i]
	}
	if !same || !diff {
		t.Errorf("same seed same stacks: %v; another seed other stacks: %v", same, diff)
	}
}

// TestMixtureGeneralGeometry: the named mixtures are the general constructors at
// PAPERS.md's geometry, bit for bit (so existing ring/grid data are
// unchanged), and the general ones place their centres as documented.
func TestMixtureGeneralGeometry(t *testing.T) {
	ring, grid := RingMixture(), GridMixture()
	if ring.Std != 0.01 || len(ring.Centres) != 8 || ring.Centres[2] != [2]float64{math.Cos(math.Pi / 2), 1} {
		t.Errorf("ring: std %g, %d centres, centre 2 %v", ring.Std, len(ring.Centres), ring.Centres[2])
	}
	if grid.Std != 0.05 || len(grid.Centres) != 25 || grid.Centres[0] != [2]float64{-4, -4} || grid.Centres[7] != [2]float64{-2, 0} {
		t.Errorf("grid: std %g, %d centres, centre 0 %v, 7 %v", grid.Std, len(grid.Centres), grid.Centres[0], grid.Centres[7])
	}
	// Unrolled GAN's ring: radius 2, std 0.02; centre 4 of 8 at (-2, 0) up
	// to the rounding of cos(pi) and 2 sin(pi) (1 ulp scale: 1e-15).
	r2 := RingOf(8, 2, 0.02)
	c := r2.Centres[4]
	numtest.Close(t, c[0], -2, 1e-15, "radius-2 ring centre 4: 2 cos(pi), 1 ulp scale")
	numtest.Close(t, c[1], 0, 1e-15, "radius-2 ring centre 4: 2 sin(pi), 1 ulp scale")
	if g := GridOf(4, 1, 0.1); g.Centres[0] != [2]float64{-1.5, -1.5} || g.Centres[15] != [2]float64{1.5, 1.5} {
		t.Errorf("4x4 grid corners %v %v", g.Centres[0], g.Centres[15])
	}
}
