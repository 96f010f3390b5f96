package metrics

import (
	"context"
	"math"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"gonum.org/v1/gonum/mat"
)

func gauss(n int, mean, std []float64, rng *rand.Rand) []float32 {
	d := len(mean)
	x := make([]float32, n*d)
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			x[i*d+j] = float32(mean[j] + std[j]*rng.NormFloat64())
		}
	}
	return x
}

// TestFrechetClosedForm: FrechetDistance on given Gaussians against closed
// forms. Diagonal covariances: ||m1-m2||^2 + sum (s1-s2)^2. Non-commuting 2x2:
// tr sqrt(C1^1/2 C2 C1^1/2) = sqrt(tr(C1 C2) + 2 sqrt(det C1 det C2)) (a 2x2
// PSD M has tr sqrt M = sqrt(tr M + 2 sqrt det M)). Tolerance 1e-9 (float64
// eigendecompositions of well-conditioned matrices).
func TestFrechetClosedForm(t *testing.T) {
	c1 := mat.NewSymDense(2, []float64{2, 0.5, 0.5, 1})
	c2 := mat.NewSymDense(2, []float64{1, -0.3, -0.3, 3})
	var p mat.Dense
	p.Mul(c1, c2)
	tr := mat.Trace(&p)
	want2 := 1.0*1 + 2.0*2 + (3 + 4) - 2*math.Sqrt(tr+2*math.Sqrt(mat.Det(c1)*mat.Det(c2)))
	cases := []struct {
		name string
		a, b Gaussian
		want float64
	}{
		{"diagonal shifted", Gaussian{[]float64{0, 0, 0}, mat.NewSymDense(3, []float64{1, 0, 0, 0, 4, 0, 0, 0, 9})},
			Gaussian{[]float64{1, -2, 0}, mat.NewSymDense(3, []float64{1, 0, 0, 0, 1, 0, 0, 0, 16})},
			1 + 4 + 0 + 1 + 1},
		{"non-commuting 2x2", Gaussian{[]float64{0, 0}, c1}, Gaussian{[]float64{1, 2}, c2}, want2},
		{"itself", Gaussian{[]float64{3, 1}, c1}, Gaussian{[]float64{3, 1}, c1}, 0},
	}
	for _, c := range cases {
		got, err := FrechetDistance(c.a, c.b)
		if err != nil {
			t.Fatal(err)
		}
		if !numtest.Close(t, got, c.want, 1e-9, "closed form; float64 eigendecompositions of well-conditioned matrices") {
			t.Errorf("%s", c.name)
		}
	}
}

// TestFIDSamples: FID of a sample set with itself is ~0 (|FID| < 1e-8 x its
// trace scale 14, float64 round-off); of two 20k-sample sets from shifted
// Gaussians it is the closed form ||dm||^2 + sum (s1-s2)^2 = 4 + 1 = 5 within
// 0.15 (sampling error of the fitted means and covariances, O(d/n) ~ 1e-3 relative in
// each term; the logged value shows the actual error).
func TestFIDSamples(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	x := gauss(20000, []float64{0, 0, 0, 0}, []float64{1, 2, 3, 0.5}, rng)
	self, err := FID(x, x, 4)
	if err != nil {
		t.Fatal(err)
	}
	if !numtest.Close(t, self, 0, 1e-8*14, "FID(x, x): float64 round-off at trace scale 14") {
		t.FailNow()
	}
	y := gauss(20000, []float64{2, 0, 0, 0}, []float64{1, 2, 2, 0.5}, rng)
	got, err := FID(x, y, 4)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("FID of shifted Gaussians %v (closed form 5)", got)
	if !numtest.Close(t, got, 5, 0.15, "closed form; sampling error of the fitted moments") {
		t.FailNow()
	}
}

// TestInceptionScore: hand computations. Confident, balanced predictions over
// k classes give k; identical predictions give 1; two rows (0.9, 0.1) and
// (0.1, 0.9): p(y) = (0.5, 0.5), KL = 0.9 ln 1.8 + 0.1 ln 0.2 = 0.368064 for
// each row, score exp(0.368064) = 1.444942. Tolerance 1e-5 (float32 inputs).
func TestInceptionScore(t *testing.T) {
	oneHot := make([]float32, 40)
	for i := 0; i < 4; i++ {
		oneHot[i*10+i] = 1
	}
	cases := []struct {
		name   string
		p      []float32
		k      int
		splits int
		want   float64
	}{
		{"one-hot balanced", oneHot, 10, 1, 4},
		{"identical", []float32{0.2, 0.8, 0.2, 0.8, 0.2, 0.8}, 2, 1, 1},
		{"two rows", []float32{0.9, 0.1, 0.1, 0.9}, 2, 1, 1.444942},
		{"two splits of one-hot pairs", []float32{1, 0, 0, 1, 1, 0, 0, 1}, 2, 2, 2},
	}
	for _, c := range cases {
		m, s, err := InceptionScore(c.p, c.k, c.splits)
		if err != nil {
			t.Fatal(err)
		}
		if !numtest.Close(t, m, c.want, 1e-5, "hand computation; float32 inputs") || s > 1e-9 {
			t.Errorf("%s: IS %v ± %v, want ± 0", c.name, m, s)
		}
	}
}

// TestPrecisionRecall: identical sets give 1 and 1; a generated set far from
// the data gives 0 and 0; and a 1-D hand case with k = 1: real {0, 1, 2, 10}
// has radii {1, 1, 1, 8}; fake {0.5, 5, 30} has radii {4.5, 4.5, 25}.
// Precision: 0.5 (within 1 of 0) and 5 (within 8 of 10) are covered, 30 is
// not: 2/3. Recall: 0, 1 (within 4.5 of 0.5), 2 (within 4.5 of 5), 10 (within
// 25 of 30): 4/4. Exact (counts).
func TestPrecisionRecall(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewSource(2))
	x := gauss(500, []float64{0, 0, 0}, []float64{1, 1, 1}, rng)
	far := gauss(500, []float64{100, 0, 0}, []float64{1, 1, 1}, rng)
	cases := []struct {
		name       string
		real, fake []float32
		d, k       int
		p, r       float64
	}{
		{"identical", x, x, 3, 3, 1, 1},
		{"far", x, far, 3, 3, 0, 0},
		{"1-D hand case", []float32{0, 1, 2, 10}, []float32{0.5, 5, 30}, 1, 1, 2.0 / 3, 1},
	}
	for _, c := range cases {
		p, r, err := PrecisionRecall(ctx, c.real, c.fake, c.d, c.k)
		if err != nil {
			t.Fatal(err)
		}
		if p != c.p || r != c.r {
			t.Errorf("%s: precision %v recall %v, want %v %v", c.name, p, r, c.p, c.r)
		}
	}
}
