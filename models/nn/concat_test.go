package nn_test

import (
	"math/rand"
	"strconv"
	"testing"

	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// TestConcatRows: [a; b] and its gradient, exactly: the loss is sum_i c_i
// x_i over the stacked rows, so a's gradient must be c's first ra rows and
// b's the rest, bit for bit. 256 + 256 rows is where G.Concat(0, a, b)
// hands b the gradient of a (its two slice ops hash alike mod 256); 3 + 5
// is an ordinary case.
func TestConcatRows(t *testing.T) {
	for _, rows := range [][2]int{{3, 5}, {256, 256}, {512, 256}} {
		ra, rb := rows[0], rows[1]
		t.Run(strconv.Itoa(ra)+"+"+strconv.Itoa(rb), func(t *testing.T) {
			rng := rand.New(rand.NewSource(1))
			const w = 2
			g := nn.NewGraphNet()
			a := g.Param("a", nntest.RandVec(rng, ra*w), ra, w)
			b := g.Param("b", nntest.RandVec(rng, rb*w), rb, w)
			x, err := nn.ConcatRows(a, b)
			if err != nil {
				t.Fatal(err)
			}
			c := nntest.RandVec(rng, (ra+rb)*w)
			var stacked []float32
			cost, err := nn.ApplyLoss("linear", func(v, dv []float32) float64 {
				stacked = append(stacked[:0], v...)
				s := 0.0
				for i := range v {
					s += float64(c[i]) * float64(v[i])
					dv[i] = c[i]
				}
				return s
			}, x)
			if err != nil {
				t.Fatal(err)
			}
			if err := g.Compile(cost); err != nil {
				t.Fatal(err)
			}
			defer g.Machine.Close()
			if _, err := g.ForwardBackward(); err != nil {
				t.Fatal(err)
			}
			want := append(append([]float32(nil), g.ParamData[0]...), g.ParamData[1]...)
			for i := range want {
				if stacked[i] != want[i] {
					t.Fatalf("row value %d: %v, want %v", i, stacked[i], want[i])
				}
			}
			for i, gr := range append(append([]float32(nil), g.GradData[0]...), g.GradData[1]...) {
				if gr != c[i] {
					t.Fatalf("gradient %d (of %s): %v, want %v", i, map[bool]string{true: "a", false: "b"}[i < ra*w], gr, c[i])
				}
			}
		})
	}
}
