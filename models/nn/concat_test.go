package nn_test

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// TestConcat: [a; b] and [a b] and their gradients, exactly: the loss is
// sum_i c_i x_i over the joined matrix, so a's and b's gradients must be
// c's entries at their places, bit for bit. 256 + 256 rows (columns) is
// where G.Concat hands b the gradient of a (its two slice ops hash alike
// mod 256); 3 + 5 is an ordinary case.
func TestConcat(t *testing.T) {
	cases := []struct{ axis, na, nb, other int }{
		{0, 3, 5, 2}, {0, 256, 256, 2}, {0, 512, 256, 3},
		{1, 3, 5, 4}, {1, 256, 256, 3},
	}
	for _, cs := range cases {
		t.Run(fmt.Sprintf("axis%d %d+%d", cs.axis, cs.na, cs.nb), func(t *testing.T) {
			rng := rand.New(rand.NewSource(1))
			shape := func(n int) (int, int) {
				if cs.axis == 0 {
					return n, cs.other
				}
				return cs.other, n
			}
			ra, ca := shape(cs.na)
			rb, cb := shape(cs.nb)
			g := nn.NewGraphNet()
			a := g.Param("a", nntest.RandVec(rng, ra*ca), ra, ca)
			b := g.Param("b", nntest.RandVec(rng, rb*cb), rb, cb)
			x, err := nn.Concat(cs.axis, a, b)
			if err != nil {
				t.Fatal(err)
			}
			n := ra*ca + rb*cb
			c := nntest.RandVec(rng, n)
			var joined []float32
			cost, err := nn.ApplyLoss("linear", func(v, dv []float32) float64 {
				joined = append(joined[:0], v...)
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
			// where[i]: which part and index the joined entry i comes from.
			type src struct{ part, i int }
			var where []src
			if cs.axis == 0 {
				for i := 0; i < ra*ca; i++ {
					where = append(where, src{0, i})
				}
				for i := 0; i < rb*cb; i++ {
					where = append(where, src{1, i})
				}
			} else {
				for r := 0; r < ra; r++ {
					for j := 0; j < ca; j++ {
						where = append(where, src{0, r*ca + j})
					}
					for j := 0; j < cb; j++ {
						where = append(where, src{1, r*cb + j})
					}
				}
			}
			for i, w := range where {
				if joined[i] != g.ParamData[w.part][w.i] {
					t.Fatalf("joined value %d: %v, want %v (part %d, index %d)", i, joined[i], g.ParamData[w.part][w.i], w.part, w.i)
				}
				if got := g.GradData[w.part][w.i]; got != c[i] {
					t.Fatalf("gradient of part %d, index %d: %v, want %v", w.part, w.i, got, c[i])
				}
			}
		})
	}
}
