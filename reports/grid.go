package reports

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
)

// BorderGray is the grey level of the 1-pixel lines around and between grid
// cells and of unused cells: mid grey, visible against both MNIST's black
// background and white strokes.
const BorderGray = 128

// SampleGrid lays out n grayscale images of h x w values in [0,1]
// (image-major, row-major, as in a data set row) in a rows x cols grid,
// filling row by row, with a 1-pixel BorderGray line around every cell.
// The image is cols*(w+1)+1 wide and rows*(h+1)+1 tall; cell (r, c) has its
// top-left pixel at (1 + c*(w+1), 1 + r*(h+1)). Values are clamped to [0,1]
// and mapped to round(255 v); NaN maps to 0. Images beyond rows*cols are
// left out; cells beyond n stay BorderGray.
func SampleGrid(pix []float32, n, h, w, rows, cols int) image.Image {
	if n < 0 || h <= 0 || w <= 0 || rows <= 0 || cols <= 0 || len(pix) < n*h*w {
		panic(fmt.Sprintf("reports: SampleGrid(len %d, n=%d, h=%d, w=%d, rows=%d, cols=%d): bad shape", len(pix), n, h, w, rows, cols))
	}
	img := image.NewGray(image.Rect(0, 0, cols*(w+1)+1, rows*(h+1)+1))
	for i := range img.Pix {
		img.Pix[i] = BorderGray
	}
	for k := range min(n, rows*cols) {
		r, c := k/cols, k%cols
		x0, y0 := 1+c*(w+1), 1+r*(h+1)
		src := pix[k*h*w : (k+1)*h*w]
		for y := range h {
			for x := range w {
				img.Pix[(y0+y)*img.Stride+x0+x] = toByte(src[y*w+x])
			}
		}
	}
	return img
}

// SampleGridRGB is SampleGrid for colour images of h x w pixels stored
// HWC, three values (red, green, blue) per pixel, as stacked MNIST is: the
// same cells, borders and value mapping, channel by channel.
func SampleGridRGB(pix []float32, n, h, w, rows, cols int) image.Image {
	const c = 3
	if n < 0 || h <= 0 || w <= 0 || rows <= 0 || cols <= 0 || len(pix) < n*h*w*c {
		panic(fmt.Sprintf("reports: SampleGridRGB(len %d, n=%d, h=%d, w=%d, rows=%d, cols=%d): bad shape", len(pix), n, h, w, rows, cols))
	}
	img := image.NewRGBA(image.Rect(0, 0, cols*(w+1)+1, rows*(h+1)+1))
	for i := range img.Pix {
		img.Pix[i] = BorderGray
		if i%4 == 3 {
			img.Pix[i] = 255 // opaque
		}
	}
	for k := range min(n, rows*cols) {
		r, cc := k/cols, k%cols
		x0, y0 := 1+cc*(w+1), 1+r*(h+1)
		src := pix[k*h*w*c : (k+1)*h*w*c]
		for y := range h {
			for x := range w {
				o := (y0+y)*img.Stride + 4*(x0+x)
				for ch := range c {
					img.Pix[o+ch] = toByte(src[(y*w+x)*c+ch])
				}
			}
		}
	}
	return img
}

func toByte(v float32) uint8 {
	f := float64(v)
	if math.IsNaN(f) || f <= 0 {
		return 0
	}
	if f >= 1 {
		return 255
	}
	return uint8(math.Round(255 * f))
}

// NeighbourFigure shows each sample beside its nearest training images: row
// i holds sample i, then train[neighbours[i][0]], train[neighbours[i][1]],
// ... (h x w images, as in SampleGrid). Rows have 1 + k cells, k the longest
// neighbour list; a 1-pixel border as in SampleGrid, and a white line instead
// of grey after the first column to set the sample apart.
// neighbours typically comes from metrics.NearestNeighbours.
func NeighbourFigure(samples []float32, train []float32, neighbours [][]int, h, w int) (image.Image, error) {
	n := len(neighbours)
	if h <= 0 || w <= 0 || len(samples) < n*h*w || len(train)%(h*w) != 0 {
		return nil, fmt.Errorf("neighbour figure: %d samples of %dx%d need %d values, have %d (train %d values)", n, h, w, n*h*w, len(samples), len(train))
	}
	if n == 0 {
		return nil, fmt.Errorf("neighbour figure: no samples")
	}
	m := len(train) / (h * w)
	k := 0
	for _, nb := range neighbours {
		k = max(k, len(nb))
	}
	cols := 1 + k
	pix := make([]float32, n*cols*h*w)
	used := make([]bool, n*cols)
	for i, nb := range neighbours {
		copy(pix[(i*cols)*h*w:], samples[i*h*w:(i+1)*h*w])
		used[i*cols] = true
		for j, t := range nb {
			if t < 0 || t >= m {
				return nil, fmt.Errorf("neighbour figure: sample %d neighbour %d is row %d, train has %d rows", i, j, t, m)
			}
			copy(pix[(i*cols+1+j)*h*w:], train[t*h*w:(t+1)*h*w])
			used[i*cols+1+j] = true
		}
	}
	img := SampleGrid(pix, n*cols, h, w, n, cols).(*image.Gray)
	// Cells for missing neighbours (ragged lists) go back to grey.
	for c, u := range used {
		if u {
			continue
		}
		r, cc := c/cols, c%cols
		for y := range h {
			for x := range w {
				img.SetGray(1+cc*(w+1)+x, 1+r*(h+1)+y, color.Gray{BorderGray})
			}
		}
	}
	// White separator between the sample column and its neighbours.
	for y := range img.Rect.Dy() {
		img.SetGray(w+1, y, color.Gray{255})
	}
	return img, nil
}

// WritePNG encodes img as PNG (default compression, deterministic bytes).
func WritePNG(w io.Writer, img image.Image) error {
	if err := png.Encode(w, img); err != nil {
		return fmt.Errorf("write png: %w", err)
	}
	return nil
}

// Upscale repeats every pixel s x s times (nearest neighbour): a 28-pixel
// digit in a 291-pixel grid is too small to judge on a modern screen, and
// smoothing would invent detail.
func Upscale(img image.Image, s int) image.Image {
	b := img.Bounds()
	if s <= 1 {
		return img
	}
	dst := image.NewRGBA(image.Rect(0, 0, b.Dx()*s, b.Dy()*s))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			c := img.At(b.Min.X+x, b.Min.Y+y)
			for dy := 0; dy < s; dy++ {
				for dx := 0; dx < s; dx++ {
					dst.Set(x*s+dx, y*s+dy, c)
				}
			}
		}
	}
	return dst
}

// MarkSampleColumn frames the first column of a NeighbourFigure (the
// generated samples) in red, so no reader takes a sample for one of its
// training neighbours. It finds the column from the figure's white
// separator line; ok is false when img has none (not a neighbour figure).
func MarkSampleColumn(img image.Image) (out image.Image, ok bool) {
	b := img.Bounds()
	sep := -1
	for x := 1; x < b.Dx() && sep < 0; x++ {
		white := true
		for y := 0; y < b.Dy() && white; y++ {
			r, g, bb, _ := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
			white = r == 0xffff && g == 0xffff && bb == 0xffff
		}
		if white {
			sep = x
		}
	}
	if sep < 0 {
		return img, false
	}
	dst := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			dst.Set(x, y, img.At(b.Min.X+x, b.Min.Y+y))
		}
	}
	red := color.RGBA{220, 30, 30, 255}
	for y := 0; y < b.Dy(); y++ {
		dst.Set(0, y, red)
		dst.Set(sep, y, red)
	}
	for x := 0; x <= sep; x++ {
		dst.Set(x, 0, red)
		dst.Set(x, b.Dy()-1, red)
	}
	return dst, true
}
