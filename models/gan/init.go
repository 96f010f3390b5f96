package gan

import (
	"math/rand"

	"github.com/ganpipe/ganpipe/models/nn"
	"gonum.org/v1/gonum/mat"
)

// normalInit redraws every weight of ls from N(0, std^2) (PacGAN's
// initializer; biases stay zero).
func normalInit(ls []*nn.Layer, std float64, rng *rand.Rand) {
	for _, l := range ls {
		for i := range l.W {
			l.W[i] = float32(rng.NormFloat64() * std)
		}
	}
}

// orthogonalInit sets each layer's [In, Out] weight matrix to gain times a
// random orthogonal one, as TensorFlow 1's orthogonal_initializer (the
// unrolled GAN demo's, gain 1.4): a standard normal matrix of the tall
// shape (max, min) is QR-factorized, Q's columns signed by R's diagonal
// (so Q is uniform over the orthogonal matrices), and transposed if the
// layer is wide. The columns (In >= Out) or rows (In < Out) of W are then
// orthonormal times gain. Biases are left as they are (zero).
func orthogonalInit(ls []*nn.Layer, gain float64, rng *rand.Rand) {
	for _, l := range ls {
		rows, cols := max(l.In, l.Out), min(l.In, l.Out)
		a := mat.NewDense(rows, cols, nil)
		for i := 0; i < rows; i++ {
			for j := 0; j < cols; j++ {
				a.Set(i, j, rng.NormFloat64())
			}
		}
		var qr mat.QR
		qr.Factorize(a)
		var q, r mat.Dense
		qr.QTo(&q) // rows x rows; its first cols columns span a
		qr.RTo(&r)
		for i := 0; i < rows; i++ {
			for j := 0; j < cols; j++ {
				v := q.At(i, j) * gain
				if r.At(j, j) < 0 {
					v = -v
				}
				if l.In >= l.Out {
					l.W[i*l.Out+j] = float32(v) // W = Q: [In, Out]
				} else {
					l.W[j*l.Out+i] = float32(v) // W = Q^T
				}
			}
		}
	}
}
