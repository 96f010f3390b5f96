package reports

import (
	"bytes"
	"image/png"
	"math"
	"strings"
	"testing"
)

func TestLossCurve(t *testing.T) {
	x := []float64{0, 10, 20, 30}
	series := map[string][]float64{
		"g":    {2, 1.5, math.NaN(), 1},
		"d":    {0.7, 0.6, 0.65, 0.6},
		"mmd2": {math.Inf(1), 0.3, 0.2, 0.1},
	}
	var a, b bytes.Buffer
	if err := LossCurve(&a, "losses", x, series); err != nil {
		t.Fatal(err)
	}
	if err := LossCurve(&b, "losses", x, series); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("same input gave different PNG bytes (map order leaking?)")
	}
	img, err := png.Decode(&a)
	if err != nil {
		t.Fatal(err)
	}
	// 6 x 4 inches at 100 dpi.
	if s := img.Bounds().Size(); s.X != 600 || s.Y != 400 {
		t.Fatalf("PNG is %v, want 600x400", s)
	}
	err = LossCurve(&a, "bad", x, map[string][]float64{"g": {1}})
	if err == nil || !strings.Contains(err.Error(), `series "g" has 1 values, x has 4`) {
		t.Fatalf("length mismatch: err = %v", err)
	}
}

func TestScatter(t *testing.T) {
	var b bytes.Buffer
	pts := []float32{1, 0, 0.7, 0.7, 0, 1, float32(math.NaN()), 0}
	if err := Scatter(&b, "ring", pts, [][2]float64{{1, 0}, {0, 1}}); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	if s := img.Bounds().Size(); s.X != 600 || s.Y != 400 {
		t.Fatalf("PNG is %v, want 600x400", s)
	}
	if err := Scatter(&b, "odd", []float32{1, 2, 3}, nil); err == nil {
		t.Fatal("odd number of coordinates accepted")
	}
}
