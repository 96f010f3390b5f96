package gan

import (
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// TestOrthogonalInit: a tall [5, 3], a wide [3, 5] and a square [4, 4]
// weight drawn by orthogonalInit with gain 1.4 have orthonormal columns
// (tall, square) or rows (wide) times the gain: W^T W (or W W^T) = 1.96 I
// within 1e-5 absolute (float32 rounding of float64 QR factors; the
// expected value is the definition). Two draws from one rng differ.
func TestOrthogonalInit(t *testing.T) {
	rng := rand.New(rand.NewSource(61))
	const gain = 1.4
	for _, sh := range [][2]int{{5, 3}, {3, 5}, {4, 4}} {
		l := nn.NewLayer(sh[0], sh[1], nn.Linear, rng)
		orthogonalInit([]*nn.Layer{l}, gain, rng)
		in, out := sh[0], sh[1]
		k := min(in, out)
		for a := 0; a < k; a++ {
			for b := 0; b < k; b++ {
				dot := 0.0
				if in >= out { // columns a, b
					for i := 0; i < in; i++ {
						dot += float64(l.W[i*out+a]) * float64(l.W[i*out+b])
					}
				} else { // rows a, b
					for j := 0; j < out; j++ {
						dot += float64(l.W[a*out+j]) * float64(l.W[b*out+j])
					}
				}
				want := 0.0
				if a == b {
					want = gain * gain
				}
				numtest.Close(t, dot, want, 1e-5, "Gram matrix of an orthogonal init")
			}
		}
		first := append([]float32(nil), l.W...)
		orthogonalInit([]*nn.Layer{l}, gain, rng)
		if nntest.Equal32(first, l.W) {
			t.Errorf("%v: two orthogonal draws are equal", sh)
		}
	}
}

// TestTanhGenerator: g_act tanh makes the MLP generator's hidden units tanh
// in sampling: a sample equals W_1^T tanh(W_0^T z + b_0) + b_1 computed by
// hand in float64 from the same noise (1e-5 relative: float32 kernels);
// the arch records it, so GeneratorFrom rebuilds a generator that samples
// the same points (tolerance 0); a ReLU generator's arch has no hidden_act
// key (existing models' digests stay).
func TestTanhGenerator(t *testing.T) {
	cfg := GANConfig{NoiseDim: 3, Noise: NoiseNormal, Out: 2, GHidden: []int{4}, GAct: nn.Tanh, GOutAct: nn.Linear,
		DHidden: []int{4}, DPieces: 1, DAct: DActTanh, Loss: LossMinimax, InitOrthogonal: true, GInit: 1.4, DInit: 1.4}
	m, err := NewGAN(cfg, rand.New(rand.NewSource(62)))
	if err != nil {
		t.Fatal(err)
	}
	const n = 7
	got := m.Sample(n, rand.New(rand.NewSource(1)))
	z := make([]float32, n*3)
	m.FillNoise(z, rand.New(rand.NewSource(1)))
	g0, g1 := m.g[0], m.g[1]
	for r := 0; r < n; r++ {
		h := make([]float64, 4)
		for j := range h {
			a := float64(g0.B[j])
			for i := 0; i < 3; i++ {
				a += float64(z[r*3+i]) * float64(g0.W[i*4+j])
			}
			h[j] = math.Tanh(a)
		}
		for o := 0; o < 2; o++ {
			want := float64(g1.B[o])
			for j := range h {
				want += h[j] * float64(g1.W[j*2+o])
			}
			numtest.Close(t, float64(got[r*2+o]), want, 1e-5*max(1, math.Abs(want)), "tanh generator sample")
		}
	}
	arch := m.GeneratorArch()
	if arch["hidden_act"] != "tanh" {
		t.Fatalf("arch %v: want hidden_act tanh", arch)
	}
	r, err := GeneratorFrom(arch, m.GeneratorParams())
	if err != nil {
		t.Fatal(err)
	}
	if again := r.Sample(n, rand.New(rand.NewSource(1))); !nntest.Equal32(got, again) {
		t.Errorf("rebuilt tanh generator samples %v, want %v", again[:4], got[:4])
	}
	cfg.GAct = ""
	relu, err := NewGAN(cfg, rand.New(rand.NewSource(62)))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := relu.GeneratorArch()["hidden_act"]; ok {
		t.Errorf("a ReLU generator's arch has hidden_act: %v", relu.GeneratorArch())
	}
}

// TestGInitRefused: a tanh generator with batch norm (BN then ReLU), an
// unknown hidden unit, and orthogonal with normal initialization are
// refused.
func TestGInitRefused(t *testing.T) {
	base := GANConfig{NoiseDim: 3, Out: 2, GHidden: []int{5}, DHidden: []int{4}, DPieces: 1, GOutAct: nn.Linear}
	for name, mod := range map[string]func(*GANConfig){
		"tanh with batch norm": func(c *GANConfig) { c.GAct, c.GBatchNorm = nn.Tanh, true },
		"sigmoid hidden unit":  func(c *GANConfig) { c.GAct = nn.Sigmoid },
		"orthogonal + normal":  func(c *GANConfig) { c.InitOrthogonal, c.InitNormal = true, true },
	} {
		c := base
		mod(&c)
		if _, err := NewGAN(c, rand.New(rand.NewSource(1))); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
