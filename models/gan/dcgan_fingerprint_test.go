//go:build fingerprint

package gan

import (
	"context"
	"crypto/sha256"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// TestFingerprintDCGAN is TestFingerprint's line for the DCGAN trainer (a
// 16x16 DCGAN, batch norm in both nets, 20 updates): run it before and after
// a change to know whether the dcgan outputs' bits moved.
func TestFingerprintDCGAN(t *testing.T) {
	rng := rand.New(rand.NewSource(42))
	data := barImages(300, 16, rng)
	cfg := dcganTestConfig(16, []int{16, 8}, []int{8, 16})
	cfg.Batch, cfg.Iters = 32, 20
	m, err := NewGAN(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Train(context.Background(), data, 300, rng, nil); err != nil {
		t.Fatal(err)
	}
	h := func(p nn.Params) []byte { s := sha256.Sum256(nntest.ParamBytes(p)); return s[:8] }
	t.Logf("fingerprint dcgan %x", h(m.GeneratorParams()))
	t.Logf("fingerprint dcgan_samples %x", h(nn.Params{Names: []string{"samples"}, Data: [][]float32{m.Sample(100, rng)}}))
}
