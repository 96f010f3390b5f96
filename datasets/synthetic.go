package datasets

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Mixture is an isotropic 2-D Gaussian mixture with equal weights: the
// synthetic benchmarks of VEEGAN / PacGAN. Mode-counting metrics use Centres
// and Std (a mode is covered if a sample lies within 3 Std of it).
type Mixture struct {
	Name    string
	Centres [][2]float64
	Std     float64
}

// RingMixture is 8 Gaussians evenly spaced on the unit circle (centre k at
// angle 2*pi*k/8, k = 0..7, starting on the positive x axis), std 0.01: the
// PacGAN geometry that PAPERS.md prescribes (Unrolled GAN used radius 2 and
// std 0.02; numbers from the two geometries are not interchangeable).
func RingMixture() Mixture { return RingOf(8, 1, 0.01) }

// RingOf is modes Gaussians evenly spaced on a circle of the given radius
// (centre k at angle 2*pi*k/modes, starting on the positive x axis).
func RingOf(modes int, radius, std float64) Mixture {
	c := make([][2]float64, modes)
	for k := range c {
		a := 2 * math.Pi * float64(k) / float64(modes)
		c[k] = [2]float64{radius * math.Cos(a), radius * math.Sin(a)}
	}
	return Mixture{Name: "ring", Centres: c, Std: std}
}

// GridMixture is 25 Gaussians at {-4,-2,0,2,4}^2 with std 0.05. Centre
// k = 5*i + j sits at (-4+2i, -4+2j).
func GridMixture() Mixture { return GridOf(5, 2, 0.05) }

// GridOf is side x side Gaussians spaced `spacing` apart and centred on the
// origin; centre k = side*i + j sits at ((i - (side-1)/2) spacing,
// (j - (side-1)/2) spacing).
func GridOf(side int, spacing, std float64) Mixture {
	c := make([][2]float64, 0, side*side)
	off := float64(side-1) / 2
	for i := range side {
		for j := range side {
			c = append(c, [2]float64{(float64(i) - off) * spacing, (float64(j) - off) * spacing})
		}
	}
	return Mixture{Name: "grid", Centres: c, Std: std}
}

// Sample draws n points: for each point a mode uniformly at random, then the
// centre plus Std times two standard normals. Labels are the mode indices.
// The generator is math/rand/v2 PCG seeded with (seed, stream) where the
// stream is fixed per mixture name, so ring and grid with the same seed are
// independent. Same seed, same toolchain: same points.
func (m Mixture) Sample(n int, seed uint64) (*Set, error) {
	if n < 0 {
		return nil, fmt.Errorf("%s: negative sample count %d", m.Name, n)
	}
	if len(m.Centres) == 0 {
		return nil, fmt.Errorf("%s: mixture has no centres", m.Name)
	}
	var stream uint64 = 0x6d6978 // "mix"
	for _, b := range []byte(m.Name) {
		stream = stream*131 + uint64(b)
	}
	r := rand.New(rand.NewPCG(seed, stream))
	s := &Set{N: n, D: 2, X: make([]float32, 2*n), Labels: make([]int32, n)}
	for i := range n {
		k := r.IntN(len(m.Centres))
		s.Labels[i] = int32(k)
		s.X[2*i] = float32(m.Centres[k][0] + m.Std*r.NormFloat64())
		s.X[2*i+1] = float32(m.Centres[k][1] + m.Std*r.NormFloat64())
	}
	return s, nil
}

// Ring draws n points from RingMixture.
func Ring(n int, seed uint64) (*Set, error) { return RingMixture().Sample(n, seed) }

// Grid draws n points from GridMixture.
func Grid(n int, seed uint64) (*Set, error) { return GridMixture().Sample(n, seed) }
