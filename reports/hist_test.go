package reports

import (
	"bytes"
	"image/png"
	"testing"
)

// Histograms writes a 600x400 PNG, the same bytes for the same input, and
// refuses zero bins.
func TestHistograms(t *testing.T) {
	series := map[string][]float64{"real": {-3, -2.5, -1, 0.2}, "fake": {-4, -4, 1}, "empty": nil}
	var a, b bytes.Buffer
	if err := Histograms(&a, "usage", "log10 h", series, 10); err != nil {
		t.Fatal(err)
	}
	if err := Histograms(&b, "usage", "log10 h", series, 10); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two drawings of the same histograms differ")
	}
	img, err := png.Decode(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if s := img.Bounds().Size(); s.X != 600 || s.Y != 400 {
		t.Errorf("size %v, want 600x400", s)
	}
	if err := Histograms(&b, "usage", "x", series, 0); err == nil {
		t.Error("0 bins accepted")
	}
}
