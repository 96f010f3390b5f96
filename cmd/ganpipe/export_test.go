package main

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"
	"strings"
	"testing"
)

// TestNpyLayout checks the .npy bytes against the NumPy format 1.0 spec
// (numpy.lib.format): magic, version 1.0, header length, a dict literal
// whose padding puts the data at a multiple of 64 bytes, then C-order data.
func TestNpyLayout(t *testing.T) {
	for _, tc := range []struct {
		rows, cols int
		shape      string
	}{{2, 3, "(2, 3)"}, {1, 1, "(1, 1)"}, {400, 784, "(400, 784)"}} {
		data := make([]float32, tc.rows*tc.cols)
		for i := range data {
			data[i] = float32(i) + 0.5
		}
		b := npyFloat32(data, tc.rows, tc.cols)
		if string(b[:8]) != "\x93NUMPY\x01\x00" {
			t.Fatalf("%s: magic/version %q", tc.shape, b[:8])
		}
		hlen := int(binary.LittleEndian.Uint16(b[8:10]))
		start := 10 + hlen
		if start%64 != 0 {
			t.Errorf("%s: data starts at %d, not a multiple of 64", tc.shape, start)
		}
		header := string(b[10:start])
		if !strings.HasSuffix(header, "\n") || !strings.Contains(header, "'shape': "+tc.shape+",") ||
			!strings.Contains(header, "'descr': '<f4'") || !strings.Contains(header, "'fortran_order': False") {
			t.Errorf("%s: header %q", tc.shape, header)
		}
		if got := len(b) - start; got != 4*len(data) {
			t.Fatalf("%s: %d data bytes, want %d", tc.shape, got, 4*len(data))
		}
		last := math.Float32frombits(binary.LittleEndian.Uint32(b[len(b)-4:]))
		if last != data[len(data)-1] {
			t.Errorf("%s: last value %v, want %v", tc.shape, last, data[len(data)-1])
		}
	}
}

// TestUpscale: each pixel becomes an s x s block, grey images stay grey
// and colour ones (stacked MNIST's RGB grids) keep their colours (exact).
func TestUpscale(t *testing.T) {
	grey := image.NewGray(image.Rect(0, 0, 2, 1))
	grey.Pix[0], grey.Pix[1] = 10, 200
	g, ok := upscale(grey, 2).(*image.Gray)
	if !ok || g.Bounds().Dx() != 4 || g.Bounds().Dy() != 2 {
		t.Fatalf("grey upscale: %T %v, want a 4x2 *image.Gray", g, g.Bounds())
	}
	if want := []uint8{10, 10, 200, 200, 10, 10, 200, 200}; string(g.Pix) != string(want) {
		t.Errorf("grey pixels %v, want %v", g.Pix, want)
	}
	rgb := image.NewRGBA(image.Rect(0, 0, 1, 2))
	rgb.Set(0, 0, color.RGBA{255, 0, 0, 255})
	rgb.Set(0, 1, color.RGBA{0, 0, 255, 255})
	c := upscale(rgb, 3)
	if c.Bounds().Dx() != 3 || c.Bounds().Dy() != 6 {
		t.Fatalf("colour upscale bounds %v, want 3x6", c.Bounds())
	}
	for y := 0; y < 6; y++ {
		for x := 0; x < 3; x++ {
			got, want := color.RGBAModel.Convert(c.At(x, y)), rgb.At(0, y/3)
			if got != want {
				t.Errorf("pixel (%d, %d) = %v, want %v", x, y, got, want)
			}
		}
	}
}
