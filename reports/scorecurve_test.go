package reports

import (
	"bytes"
	"image/png"
	"strings"
	"testing"
)

// TestScoreCurve: the same input gives the same PNG bytes; the reference
// line is drawn (red pixels, R > 150 and G, B < 60, appear: the curve is blue) only when it has a label;
// mismatched lengths are an error.
func TestScoreCurve(t *testing.T) {
	x, y, e := []float64{1500, 3750, 7500, 15000}, []float64{-72.9, 20.0, 72.3, 118.6}, []float64{0.9, 2.0, 1.7, 1.5}
	red := func(ref string) int {
		var a, b bytes.Buffer
		if err := ScoreCurve(&a, "Parzen", "generator updates", "nats", x, y, e, ref, 225); err != nil {
			t.Fatal(err)
		}
		if err := ScoreCurve(&b, "Parzen", "generator updates", "nats", x, y, e, ref, 225); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatal("same input gave different PNG bytes")
		}
		img, err := png.Decode(&a)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		r := img.Bounds()
		for py := r.Min.Y; py < r.Max.Y; py++ {
			for px := r.Min.X; px < r.Max.X; px++ {
				cr, cg, cb, _ := img.At(px, py).RGBA()
				if cr>>8 > 150 && cg>>8 < 60 && cb>>8 < 60 {
					n++
				}
			}
		}
		return n
	}
	if n := red("paper 225"); n < 50 {
		t.Errorf("%d reference-red pixels with a reference line, want a line's worth (>= 50)", n)
	}
	if n := red(""); n != 0 {
		t.Errorf("%d reference-red pixels without a reference line, want 0", n)
	}
	err := ScoreCurve(&bytes.Buffer{}, "bad", "x", "y", x, y[:2], nil, "", 0)
	if err == nil || !strings.Contains(err.Error(), "4 x, 2 y") {
		t.Errorf("length mismatch: err = %v", err)
	}
}
