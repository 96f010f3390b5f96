package nn

import (
	"math"

	"github.com/ganpipe/ganpipe/internal/f32"
)

// adamStep is Adam's update (Kingma & Ba, Algorithm 1, with the bias
// corrections folded into the step size and epsilon as in their section 2):
//
//	m <- b1 m + (1-b1) g;  v <- b2 v + (1-b2) g^2
//	w <- w - lr sqrt(1-b2^t)/(1-b1^t) m / (sqrt(v) + eps sqrt(1-b2^t))
//
// g includes wd*w (L2 weight decay); t is the 1-based update count.
func adamStep(params, grads, M, V [][]float32, lr float64, wd float32, beta1, beta2, eps float64, t int) {
	b1, b2 := float32(beta1), float32(beta2)
	c1 := 1 - math.Pow(beta1, float64(t))
	c2 := 1 - math.Pow(beta2, float64(t))
	step := float32(lr * math.Sqrt(c2) / c1)
	e := float32(eps * math.Sqrt(c2))
	for k, w := range params {
		g, m, v := grads[k], M[k], V[k]
		f32.ParFor(len(w), f32.MinChunk, func(_, lo, hi int) {
			f32.AdamUpdate(w[lo:hi], g[lo:hi], m[lo:hi], v[lo:hi], b1, b2, step, e, wd)
		})
	}
}

// rmspropStep is RMSProp without momentum (PyTorch's RMSprop defaults, the
// WGAN paper's choice): s <- rho s + (1-rho) g^2; w <- w - lr g / (sqrt(s) + eps).
func rmspropStep(params, grads, V [][]float32, lr, wd, rho, eps float32) {
	for k, w := range params {
		g, v := grads[k], V[k]
		f32.ParFor(len(w), f32.MinChunk, func(_, lo, hi int) {
			for i := lo; i < hi; i++ {
				gi := g[i] + wd*w[i]
				v[i] = rho*v[i] + (1-rho)*gi*gi
				w[i] -= lr * gi / (float32(math.Sqrt(float64(v[i]))) + eps)
			}
		})
	}
}
