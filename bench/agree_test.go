package bench

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// smallAgree is a fast configuration of the agreement check (the real
// shapes take seconds on the Go side and more on torch's).
func smallAgree() AgreeConfig {
	return AgreeConfig{
		AESizes: []int{20, 12, 4}, AEDropout: []float64{0.2, 0.5}, AEBatch: 8,
		GMMNPixel: []int{3, 8, 16, 20}, GMMNCode: []int{3, 8, 4}, PixelSigma: []float64{2, 5, 10, 20, 40, 80}, GMMNBatch: 10,
		GANG: []int{5, 16, 20}, GANDHidden: []int{6, 4}, GANPieces: 5, GANDropIn: 0.2, GANDrop: 0.5, GANBatch: 6,
		DCGANBatch: 4, DCGANChannels: []int{3},
		ClassifierChannels: []int{4, 8}, ClassifierHidden: 16, ClassifierBatch: 5,
		PacG: []int{2, 12, 10, 2}, PacDHidden: []int{6, 5}, PacPieces: 3, PacPack: 2, PacBatch: 7, PacInit: 0.7,
		VEEGANNoise: 6, VEEGANEps: 1, VEEGANOut: 2, VEEGANG: []int{8, 7}, VEEGAND: []int{9}, VEEGANBatch: 5,
		UnrolledG: []int{4, 9, 7, 2}, UnrolledD: []int{2, 8, 6, 1}, UnrolledSteps: 3, UnrolledBatch: 6,
		MGG: []int{8, 6}, MGD: []int{4, 6, 8}, MGSlots: 40, MGDim: 12, MGTopK: 6, MGBatch: 5,
		Seed: 3,
	}
}

// TestWriteAgreeInputs checks the files the peer reads: a manifest naming
// every case, and one file of 4*prod(shape) bytes per array.
func TestWriteAgreeInputs(t *testing.T) {
	dir := t.TempDir()
	cases, err := WriteAgreeInputs(dir, smallAgree())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ae_bce", "gmmn_pixel_mmd", "gmmn_code_mmd", "gan_d", "gan_g", "dcgan3_d", "dcgan3_g", "classifier_ce", "pacgan_d", "pacgan_g", "veegan_d", "veegan_g", "unrolled_d", "unrolled_g", "memorygan_d", "memorygan_g"}
	if len(cases) != len(want) {
		t.Fatalf("%d cases, want %v", len(cases), want)
	}
	for i, c := range cases {
		// Every loss is positive but the unrolled minimax G's, -L_D(w_k),
		// and MemoryGAN's saturating G loss, mean log(1 - D) + lambda MI.
		if c.Name != want[i] || !(c.Go > 0 || (c.Name == "unrolled_g" || c.Name == "memorygan_g") && c.Go < 0) {
			t.Errorf("case %d = %+v, want %s with a loss of its sign", i, c, want[i])
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var man agreeManifest
	if err := json.Unmarshal(b, &man); err != nil {
		t.Fatal(err)
	}
	var named []string
	for _, m := range man.Models {
		named = append(named, m.Cases...)
		for name, a := range m.Arrays {
			n := 4
			for _, s := range a.Shape {
				n *= s
			}
			st, err := os.Stat(filepath.Join(dir, a.File))
			if err != nil || st.Size() != int64(n) {
				t.Errorf("%s %s: file %s: %v bytes (err %v), want %d", m.Kind, name, a.File, st, err, n)
			}
		}
	}
	if strings.Join(named, ",") != strings.Join(want, ",") {
		t.Errorf("manifest cases %v, want %v", named, want)
	}
}

func TestAgreeFailures(t *testing.T) {
	cases := []AgreeCase{
		{Name: "same", Go: 2, Torch32: 2},
		{Name: "close", Go: 1 + 5e-6, Torch32: 1},
		{Name: "far", Go: 1 + 2e-5, Torch32: 1},
		{Name: "nan", Go: math.NaN(), Torch32: 1},
	}
	bad := AgreeFailures(cases, 1e-5)
	if len(bad) != 2 || !strings.HasPrefix(bad[0], "far:") || !strings.HasPrefix(bad[1], "nan:") {
		t.Errorf("failures %q, want far and nan", bad)
	}
}

// TestAgreeWithPyTorch is the whole check at small shapes (`ganpipe bench
// -agree` runs it at the real ones): ganpipe's losses against torch's float32
// values within AgreeTol (1e-5 relative, issue 8).
func TestAgreeWithPyTorch(t *testing.T) {
	if testing.Short() {
		t.Skip("starts torch")
	}
	ctx := context.Background()
	if err := PeerAvailable(ctx, DefaultPython); err != nil {
		t.Skipf("the PyTorch half of the loss check needs torch (make bench-deps installs it): %v", err)
	}
	cases, _, err := Agree(ctx, DefaultPython, smallAgree(), false)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Logf("%s: ganpipe %.9g, torch float32 %.9g (%.1e), float64 %.9g (%.1e)", c.Name, c.Go, c.Torch32, c.Rel32(), c.Torch64, c.Rel64())
	}
	if bad := AgreeFailures(cases, AgreeTol); len(bad) > 0 {
		t.Errorf("losses disagree with PyTorch:\n%s", strings.Join(bad, "\n"))
	}
}
