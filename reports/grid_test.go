package reports

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"testing"
)

// TestSampleGrid: 3 images of 2x3 in a 2x2 grid. Size (2*(3+1)+1) x
// (2*(2+1)+1) = 9 x 7. Image k has pixel j = (k*6 + j)/20, so the expected
// byte is round(255 * value); pixels placed at 1 + c*4 + x, 1 + r*3 + y.
func TestSampleGrid(t *testing.T) {
	const n, h, w = 3, 2, 3
	pix := make([]float32, n*h*w)
	for i := range pix {
		pix[i] = float32(i) / 20
	}
	pix[5] = 1.7                 // clamps to 255
	pix[6] = -0.3                // clamps to 0
	pix[7] = float32(math.NaN()) // NaN -> 0
	img := SampleGrid(pix, n, h, w, 2, 2).(*image.Gray)
	if b := img.Bounds(); b.Dx() != 9 || b.Dy() != 7 {
		t.Fatalf("size %v, want 9x7", b)
	}
	at := func(x, y int) uint8 { return img.GrayAt(x, y).Y }
	cases := []struct {
		name string
		x, y int
		want uint8
	}{
		{"top-left border", 0, 0, BorderGray},
		{"separator column", 4, 1, BorderGray},
		{"separator row", 1, 3, BorderGray},
		{"img0 (0,0) = 0", 1, 1, 0},
		{"img0 (1,0) = 0.05", 2, 1, 13}, // round(12.75)
		{"img0 (0,1) = 0.15", 1, 2, 38}, // round(38.25)
		{"img0 (2,1) clamped 1.7", 3, 2, 255},
		{"img1 (0,0) clamped -0.3", 5, 1, 0},
		{"img1 (1,0) NaN", 6, 1, 0},
		{"img1 (2,1) = 0.55", 7, 2, 140}, // round(140.25)
		{"img2 (0,0) = 0.6", 1, 4, 153},  // 255*0.6 = 153
		{"img2 (2,1) = 0.85", 3, 5, 217}, // round(216.75)
		{"empty cell 3", 6, 5, BorderGray},
		{"bottom-right border", 8, 6, BorderGray},
	}
	for _, tc := range cases {
		if got := at(tc.x, tc.y); got != tc.want {
			t.Errorf("%s: pixel (%d,%d) = %d, want %d", tc.name, tc.x, tc.y, got, tc.want)
		}
	}
}

// TestSampleGridRGB: 2 HWC images of 2x2 pixels in a 1x3 grid (size
// 3*(2+1)+1 x 1*(2+1)+1 = 10 x 4). Value i of the pixel data is i/24, so
// pixel p of image k, channel ch is ((k*4+p)*3+ch)/24, byte round(255 v).
func TestSampleGridRGB(t *testing.T) {
	const n, h, w = 2, 2, 2
	pix := make([]float32, n*h*w*3)
	for i := range pix {
		pix[i] = float32(i) / 24
	}
	img := SampleGridRGB(pix, n, h, w, 1, 3).(*image.RGBA)
	if b := img.Bounds(); b.Dx() != 10 || b.Dy() != 4 {
		t.Fatalf("size %v, want 10x4", b)
	}
	cases := []struct {
		name    string
		x, y    int
		r, g, b uint8
	}{
		{"border", 0, 0, BorderGray, BorderGray, BorderGray},
		{"img0 (0,0): values 0, 1, 2", 1, 1, 0, 11, 21},        // round(10.625), round(21.25)
		{"img0 (1,0): values 3, 4, 5", 2, 1, 32, 43, 53},       // round(31.875), 42.5 -> 43, round(53.125)
		{"img0 (0,1): values 6, 7, 8", 1, 2, 64, 74, 85},       // round(63.75), round(74.375), 85
		{"img1 (1,1): values 21, 22, 23", 5, 2, 223, 234, 244}, // round(223.125), round(233.75), round(244.375)
		{"empty cell", 7, 1, BorderGray, BorderGray, BorderGray},
	}
	for _, tc := range cases {
		c := img.RGBAAt(tc.x, tc.y)
		if c.R != tc.r || c.G != tc.g || c.B != tc.b || c.A != 255 {
			t.Errorf("%s: pixel (%d,%d) = %v, want (%d, %d, %d, 255)", tc.name, tc.x, tc.y, c, tc.r, tc.g, tc.b)
		}
	}
}

func TestWritePNGRoundTrip(t *testing.T) {
	pix := make([]float32, 4*28*28)
	for i := range pix {
		pix[i] = float32(i%28) / 27
	}
	img := SampleGrid(pix, 4, 28, 28, 1, 4)
	var b bytes.Buffer
	if err := WritePNG(&b, img); err != nil {
		t.Fatal(err)
	}
	dec, err := png.Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	// 4 cols x 29 + 1 = 117 wide, 1 x 29 + 1 = 30 tall.
	if s := dec.Bounds().Size(); s.X != 117 || s.Y != 30 {
		t.Fatalf("decoded size %v, want 117x30", s)
	}
	if g := dec.(*image.Gray).GrayAt(1+27, 1).Y; g != 255 {
		t.Fatalf("last column of the first image = %d, want 255 (value 27/27)", g)
	}
}

// TestNeighbourFigure: 2 samples of 1x1 pixel with 2 neighbours each. Row i
// shows the sample then train[nb[0]], train[nb[1]]; cell (r, c) is at pixel
// (1 + 2c, 1 + 2r); column x = 2 (after the sample) is the white separator.
func TestNeighbourFigure(t *testing.T) {
	samples := []float32{0.2, 0.4}
	train := []float32{0, 0.6, 1}
	img, err := NeighbourFigure(samples, train, [][]int{{2, 0}, {1}}, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	g := img.(*image.Gray)
	if s := g.Bounds().Size(); s.X != 7 || s.Y != 5 {
		t.Fatalf("size %v, want 7x5", s)
	}
	want := map[[2]int]uint8{
		{1, 1}: 51, {3, 1}: 255, {5, 1}: 0, // sample 0.2, train[2] = 1, train[0] = 0
		{1, 3}: 102, {3, 3}: 153, {5, 3}: BorderGray, // sample 0.4, train[1] = 0.6, missing
		{2, 0}: 255, {2, 4}: 255, // separator
		{4, 1}: BorderGray,
	}
	for p, v := range want {
		if got := g.GrayAt(p[0], p[1]).Y; got != v {
			t.Errorf("pixel %v = %d, want %d", p, got, v)
		}
	}
	if _, err := NeighbourFigure(samples, train, [][]int{{3}, {0}}, 1, 1); err == nil {
		t.Error("out-of-range neighbour accepted")
	}
}
