package nn

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/f32"
)

// im2colRef and col2imRef are Im2Col and Col2Im element by element, one
// patch position and one kernel tap at a time: the definition the run-wise
// versions must reproduce bit for bit (cache digests of conv models depend
// on it).
func im2colRef(g ConvGeom, img, cols []float32, B int) {
	oh, ow, cc := g.OH(), g.OW(), g.ColCols()
	for r := 0; r < B*oh*ow; r++ {
		b, pos := r/(oh*ow), r%(oh*ow)
		oy, ox := pos/ow, pos%ow
		for ky := 0; ky < g.K; ky++ {
			for kx := 0; kx < g.K; kx++ {
				iy, ix := oy*g.S-g.P+ky, ox*g.S-g.P+kx
				for c := 0; c < g.C; c++ {
					v := float32(0)
					if iy >= 0 && iy < g.H && ix >= 0 && ix < g.W {
						v = img[b*g.ImgSize()+(iy*g.W+ix)*g.C+c]
					}
					cols[r*cc+(ky*g.K+kx)*g.C+c] = v
				}
			}
		}
	}
}

func col2imRef(g ConvGeom, cols, img []float32, B int) {
	oh, ow, cc := g.OH(), g.OW(), g.ColCols()
	clear(img)
	for b := 0; b < B; b++ {
		for pos := 0; pos < oh*ow; pos++ {
			oy, ox := pos/ow, pos%ow
			for ky := 0; ky < g.K; ky++ {
				for kx := 0; kx < g.K; kx++ {
					iy, ix := oy*g.S-g.P+ky, ox*g.S-g.P+kx
					if iy < 0 || iy >= g.H || ix < 0 || ix >= g.W {
						continue
					}
					for c := 0; c < g.C; c++ {
						img[b*g.ImgSize()+(iy*g.W+ix)*g.C+c] += cols[(b*oh*ow+pos)*cc+(ky*g.K+kx)*g.C+c]
					}
				}
			}
		}
	}
}

// TestIm2ColCol2ImBits compares both directions with the references on the
// DCGAN's and classifier's geometries and on edge cases: padding wider than
// the stride, a kernel larger than the image plus padding on one side,
// stride 1 with 5x5 kernels, channel counts that are not multiples of 8.
// Inputs are random normals (sums of several overlapping taps round
// differently when reordered, so an order change shows).
func TestIm2ColCol2ImBits(t *testing.T) {
	geoms := []ConvGeom{
		{H: 28, W: 28, C: 1, K: 4, S: 2, P: 1},  // DCGAN D first conv
		{H: 14, W: 14, C: 64, K: 4, S: 2, P: 1}, // DCGAN D second conv
		{H: 28, W: 28, C: 1, K: 5, S: 1, P: 2},  // classifier conv
		{H: 7, W: 7, C: 3, K: 5, S: 2, P: 3},    // padding > stride
		{H: 3, W: 5, C: 2, K: 4, S: 1, P: 2},    // kernel wider than the image
		{H: 6, W: 6, C: 5, K: 3, S: 3, P: 0},    // no overlap, no padding
		{H: 2, W: 2, C: 9, K: 3, S: 1, P: 1},
	}
	rng := rand.New(rand.NewSource(5))
	for _, g := range geoms {
		if err := g.validate(); err != nil {
			t.Fatal(err)
		}
		const B = 3
		img := make([]float32, B*g.ImgSize())
		for i := range img {
			img[i] = float32(rng.NormFloat64())
		}
		n := B * g.ColRows() * g.ColCols()
		got, want := make([]float32, n), make([]float32, n)
		for i := range got { // stale values must be overwritten, zeros too
			got[i], want[i] = 7, 7
		}
		Im2Col(g, img, got, B)
		im2colRef(g, img, want, B)
		for i := range want {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("%+v: Im2Col[%d] = %v, reference %v", g, i, got[i], want[i])
			}
		}
		cols := make([]float32, n)
		for i := range cols {
			cols[i] = float32(rng.NormFloat64())
		}
		gi, wi := make([]float32, len(img)), make([]float32, len(img))
		for i := range gi {
			gi[i] = 3 // Col2Im overwrites
		}
		Col2Im(g, cols, gi, B)
		col2imRef(g, cols, wi, B)
		for i := range wi {
			if math.Float32bits(gi[i]) != math.Float32bits(wi[i]) {
				t.Fatalf("%+v: Col2Im[%d] = %v, reference %v", g, i, gi[i], wi[i])
			}
		}
	}
}

// BenchmarkIm2Col and BenchmarkCol2Im time the run-wise kernels beside the
// element-by-element references on the DCGAN's and classifier's geometries
// (batch 64), so one run gives the ratio.
func BenchmarkIm2Col(b *testing.B) { benchConv(b, false) }
func BenchmarkCol2Im(b *testing.B) { benchConv(b, true) }

func benchConv(b *testing.B, back bool) {
	for _, c := range []struct {
		name string
		g    ConvGeom
	}{
		{"28x28x1_k4s2", ConvGeom{H: 28, W: 28, C: 1, K: 4, S: 2, P: 1}},
		{"14x14x64_k4s2", ConvGeom{H: 14, W: 14, C: 64, K: 4, S: 2, P: 1}},
		{"28x28x1_k5s1", ConvGeom{H: 28, W: 28, C: 1, K: 5, S: 1, P: 2}},
		{"14x14x16_k5s1", ConvGeom{H: 14, W: 14, C: 16, K: 5, S: 1, P: 2}},
	} {
		const B = 64
		img := make([]float32, B*c.g.ImgSize())
		cols := make([]float32, B*c.g.ColRows()*c.g.ColCols())
		for _, impl := range []struct {
			name string
			fwd  func(ConvGeom, []float32, []float32, int)
			bwd  func(ConvGeom, []float32, []float32, int)
		}{{"runs", Im2Col, Col2Im}, {"ref", im2colRef, col2imRef}} {
			b.Run(c.name+"/"+impl.name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if back {
						impl.bwd(c.g, cols, img, B)
					} else {
						impl.fwd(c.g, img, cols, B)
					}
				}
			})
		}
	}
}

// TestPool2MatchesScan compares the pooling kernel (f32.Max4) with the element-at-a-time scan it
// replaced (first maximum in window order wins, strict >, so ties keep the
// earlier pixel and a NaN never replaces the first), on values with many
// ties, zeros of both signs and NaNs.
func TestPool2MatchesScan(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	special := []float32{0, float32(math.Copysign(0, -1)), 1, -1, float32(math.NaN()), float32(math.Inf(1))}
	const C = 37
	x := make([]float32, 4*C+11)
	for trial := 0; trial < 200; trial++ {
		for i := range x {
			if rng.Intn(2) == 0 {
				x[i] = special[rng.Intn(len(special))]
			} else {
				x[i] = float32(rng.Intn(5) - 2)
			}
		}
		idx := [4]int{3, 3 + C, 3 + 2*C + 5, 3 + 3*C + 5}
		y, arg := make([]float32, C), make([]int32, C)
		f32.Max4(y, arg, x, idx[0], idx[1], idx[2], idx[3])
		for c := 0; c < C; c++ {
			best, bi := float32(0), -1
			for _, o := range idx {
				if i := o + c; bi < 0 || x[i] > best {
					best, bi = x[i], i
				}
			}
			if int(arg[c]) != bi || math.Float32bits(y[c]) != math.Float32bits(best) {
				t.Fatalf("trial %d channel %d: Max4 %v at %d, scan %v at %d", trial, c, y[c], arg[c], best, bi)
			}
		}
	}
}
