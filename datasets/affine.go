package datasets

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// AffineSide is the side of an affine-MNIST canvas.
const AffineSide = 40

// Affine makes affine-MNIST as the MemoryGAN authors' affmnist.py does
// (Kim et al. 2018): each image is a 28x28 digit rotated by a whole number
// of degrees drawn uniformly from [-20, 20] about its centre, then placed on
// a black 40x40 canvas at a row and column offset each drawn uniformly from
// 0..11. Image i is a transform of source row i mod src.N, so n = src.N
// transforms every source image once. The authors draw fresh transforms
// for every minibatch (scipy's cubic-spline rotate); this set is a fixed,
// seeded sample of n transforms with bilinear interpolation. Labels are the
// source digits'. Same seed, same images.
func Affine(src *Set, n int, seed uint64) (*Set, error) {
	if src.N == 0 || src.Rows != 28 || src.Cols != 28 || max(src.Channels, 1) != 1 {
		return nil, fmt.Errorf("affine mnist: the source has %d rows of %dx%dx%d images (want 28x28x1)", src.N, src.Rows, src.Cols, max(src.Channels, 1))
	}
	if n < 0 {
		return nil, fmt.Errorf("affine mnist: negative count %d", n)
	}
	r := rand.New(rand.NewPCG(seed, 0x616666696e65)) // "affine"
	d := AffineSide * AffineSide
	out := &Set{N: n, D: d, X: make([]float32, n*d), Rows: AffineSide, Cols: AffineSide, Channels: 1}
	if src.Labels != nil {
		out.Labels = make([]int32, n)
	}
	for i := range n {
		j := i % src.N
		deg := r.IntN(41) - 20
		dy, dx := r.IntN(12), r.IntN(12)
		placeRotated(out.X[i*d:(i+1)*d], src.Row(j), 28, deg, dy, dx)
		if src.Labels != nil {
			out.Labels[i] = src.Labels[j]
		}
	}
	return out, nil
}

// placeRotated writes img (side x side) rotated by deg degrees about its
// centre (bilinear, zero outside) into the AffineSide canvas at offset
// (dy, dx). The canvas must be zero.
func placeRotated(canvas, img []float32, side, deg, dy, dx int) {
	a := float64(deg) * math.Pi / 180
	cos, sin := math.Cos(a), math.Sin(a)
	c := float64(side-1) / 2
	at := func(y, x int) float64 {
		if y < 0 || y >= side || x < 0 || x >= side {
			return 0
		}
		return float64(img[y*side+x])
	}
	for y := range side {
		for x := range side {
			// The source point that rotates onto (y, x).
			sy := cos*(float64(y)-c) - sin*(float64(x)-c) + c
			sx := sin*(float64(y)-c) + cos*(float64(x)-c) + c
			y0, x0 := int(math.Floor(sy)), int(math.Floor(sx))
			fy, fx := sy-float64(y0), sx-float64(x0)
			v := (1-fy)*((1-fx)*at(y0, x0)+fx*at(y0, x0+1)) + fy*((1-fx)*at(y0+1, x0)+fx*at(y0+1, x0+1))
			canvas[(y+dy)*AffineSide+x+dx] = float32(math.Min(1, math.Max(0, v)))
		}
	}
}
