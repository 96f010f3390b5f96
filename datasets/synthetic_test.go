package datasets

import (
	"math"
	"slices"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
)

func TestMixtureGeometry(t *testing.T) {
	ring, grid := RingMixture(), GridMixture()
	if len(ring.Centres) != 8 || ring.Std != 0.01 || len(grid.Centres) != 25 || grid.Std != 0.05 {
		t.Fatalf("ring %d centres std %v, grid %d centres std %v; want 8/0.01, 25/0.05", len(ring.Centres), ring.Std, len(grid.Centres), grid.Std)
	}
	// Ring centres on the unit circle, 45 degrees apart (closed form; 1e-12
	// covers cos/sin rounding).
	for k, c := range ring.Centres {
		a := math.Pi / 4 * float64(k)
		if !numtest.Close(t, c[0], math.Cos(a), 1e-12, "cos rounding") || !numtest.Close(t, c[1], math.Sin(a), 1e-12, "sin rounding") {
			t.Fatalf("ring centre %d", k)
		}
	}
	// Grid: centre 5i+j at (-4+2i, -4+2j), exact integers.
	if grid.Centres[0] != [2]float64{-4, -4} || grid.Centres[7] != [2]float64{-2, 0} || grid.Centres[24] != [2]float64{4, 4} {
		t.Fatalf("grid centres 0, 7, 24 = %v %v %v", grid.Centres[0], grid.Centres[7], grid.Centres[24])
	}
}

// TestMixtureStatistics samples 20,000 points and checks the per-mode counts,
// means and standard deviations. Tolerances (all far outside sampling noise
// for a seeded draw, yet tight enough to catch a wrong std or centre):
//   - counts: n/K +- 5 sqrt(n p (1-p)), p = 1/K (binomial);
//   - mean of each coordinate: centre +- 5 std/sqrt(count);
//   - sample std of each coordinate: within 10% of Std (its relative standard
//     error is about 1/sqrt(2 count) <= 2.6% for counts >= 750);
//   - label = index of the nearest centre, every point within 6 Std of it.
func TestMixtureStatistics(t *testing.T) {
	const n = 20000
	for _, m := range []Mixture{RingMixture(), GridMixture()} {
		t.Run(m.Name, func(t *testing.T) {
			s, err := m.Sample(n, 11)
			if err != nil {
				t.Fatal(err)
			}
			K := len(m.Centres)
			count := make([]int, K)
			sum := make([][2]float64, K)
			sq := make([][2]float64, K)
			for i := range n {
				k := int(s.Labels[i])
				x, y := float64(s.X[2*i]), float64(s.X[2*i+1])
				count[k]++
				sum[k][0] += x
				sum[k][1] += y
				dx, dy := x-m.Centres[k][0], y-m.Centres[k][1]
				sq[k][0] += dx * dx
				sq[k][1] += dy * dy
				if r := math.Hypot(dx, dy); r > 6*m.Std {
					t.Fatalf("point %d is %.3g from its centre (> 6 std)", i, r)
				}
				best, bd := -1, math.Inf(1)
				for j, c := range m.Centres {
					if d := math.Hypot(x-c[0], y-c[1]); d < bd {
						best, bd = j, d
					}
				}
				if best != k {
					t.Fatalf("point %d labelled %d but nearest centre is %d", i, k, best)
				}
			}
			p := 1 / float64(K)
			tolCount := 5 * math.Sqrt(n*p*(1-p))
			for k := range K {
				if !numtest.Close(t, float64(count[k]), n*p, tolCount, "binomial count, 5 sd") {
					t.Errorf("mode %d count", k)
				}
				for c := range 2 {
					mean := sum[k][c] / float64(count[k])
					if !numtest.Close(t, mean, m.Centres[k][c], 5*m.Std/math.Sqrt(float64(count[k])), "mean, 5 standard errors") {
						t.Errorf("mode %d coord %d mean", k, c)
					}
					sd := math.Sqrt(sq[k][c] / float64(count[k]))
					if !numtest.Rel(t, sd, m.Std, 0.10, "sample std; its relative standard error <= 2.6%") {
						t.Errorf("mode %d coord %d std", k, c)
					}
				}
			}
		})
	}
}

func TestMixtureDeterminism(t *testing.T) {
	a, _ := Ring(100, 5)
	b, _ := Ring(100, 5)
	c, _ := Ring(100, 6)
	g, _ := Grid(100, 5)
	if !slices.Equal(a.X, b.X) || !slices.Equal(a.Labels, b.Labels) {
		t.Fatal("same seed, different ring samples")
	}
	if slices.Equal(a.X, c.X) {
		t.Fatal("different seeds, same ring samples")
	}
	if slices.Equal(a.Labels, g.Labels) {
		t.Fatal("ring and grid with one seed share their mode sequence; streams should differ")
	}
	if _, err := Ring(-1, 0); err == nil {
		t.Fatal("negative n accepted")
	}
}
