package gan

import (
	"fmt"
	"math"
	"math/rand"
	"slices"

	"github.com/ganpipe/ganpipe/models/nn"
)

// GAN losses as functions of the critic's raw output v (one scalar per
// example). Every loss is written as the discriminator's minimised loss
//
//	L_D = E_real a(v) + E_fake b(v)
//
// and the generator's minimised loss L_G = E_fake c(v), with each per-example
// term returned with its derivative in v. Evaluated in float64.

// LossKind names a GAN objective.
type LossKind string

// The supported objectives.
const (
	LossMinimax       LossKind = "minimax"       // Goodfellow: G minimises E log(1 - D(G(z)))
	LossNonSaturating LossKind = "nonsaturating" // G minimises -E log D(G(z))
	LossFGAN          LossKind = "fgan"          // Nowozin et al., with a Divergence
	LossWGAN          LossKind = "wgan"          // Arjovsky et al., weight clipping
	LossWGANGP        LossKind = "wgan_gp"       // Gulrajani et al., gradient penalty
)

// Divergence names an f-GAN divergence (PAPERS.md's activation/conjugate table).
type Divergence string

// The f-GAN divergences.
const (
	DivKL        Divergence = "kl"
	DivReverseKL Divergence = "reverse_kl"
	DivPearson   Divergence = "pearson"
	DivHellinger Divergence = "hellinger"
	DivJS        Divergence = "js"
	DivGAN       Divergence = "gan"
)

// Divergences lists the f-GAN divergences in table order.
var Divergences = []Divergence{DivKL, DivReverseKL, DivPearson, DivHellinger, DivJS, DivGAN}

// Valid reports whether k names a supported objective.
func (k LossKind) Valid() error {
	switch k {
	case LossMinimax, LossNonSaturating, LossFGAN, LossWGAN, LossWGANGP:
		return nil
	}
	return fmt.Errorf("models: unknown GAN loss %q (want minimax, nonsaturating, fgan, wgan or wgan_gp)", string(k))
}

// Valid reports whether d names an f-GAN divergence ("" included: none,
// which only a loss other than fgan accepts).
func (d Divergence) Valid() error {
	if d == "" || slices.Contains(Divergences, d) {
		return nil
	}
	return fmt.Errorf("models: unknown f-GAN divergence %q (want kl, reverse_kl, pearson, hellinger, js or gan)", string(d))
}

// term is one per-example loss term and its derivative.
type term func(v float64) (float64, float64)

// softplus is log(1 + e^v), stable; its derivative is sigmoid(v).
func softplus(v float64) float64 {
	if v > 0 {
		return v + math.Log1p(math.Exp(-v))
	}
	return math.Log1p(math.Exp(v))
}

func sigmoid(v float64) float64 { return 1 / (1 + math.Exp(-v)) }

// fActivation is g_f(v), the output activation of the f-GAN critic, with its
// derivative; fConjugate is f*(t) with its derivative.
func fActivation(d Divergence, v float64) (float64, float64) {
	switch d {
	case DivKL, DivPearson:
		return v, 1
	case DivReverseKL:
		e := math.Exp(-v)
		return -e, e
	case DivHellinger:
		e := math.Exp(-v)
		return 1 - e, e
	case DivJS:
		return math.Ln2 - softplus(-v), sigmoid(-v)
	case DivGAN:
		return -softplus(-v), sigmoid(-v)
	}
	return math.NaN(), math.NaN()
}

func fConjugate(d Divergence, t float64) (float64, float64) {
	switch d {
	case DivKL:
		e := math.Exp(t - 1)
		return e, e
	case DivReverseKL: // t < 0
		return -1 - math.Log(-t), -1 / t
	case DivPearson:
		return t*t/4 + t, t/2 + 1
	case DivHellinger: // t < 1
		return t / (1 - t), 1 / ((1 - t) * (1 - t))
	case DivJS: // t < log 2
		e := math.Exp(t)
		return -math.Log(2 - e), e / (2 - e)
	case DivGAN: // t < 0
		e := math.Exp(t)
		return -math.Log(1 - e), e / (1 - e)
	}
	return math.NaN(), math.NaN()
}

// fStarOfG is f*(g_f(v)) and its derivative, simplified where the composition
// is unstable in floating point (JS and GAN reduce to softplus(v) - const,
// reverse KL to v - 1, Hellinger to e^v - 1).
func fStarOfG(d Divergence, v float64) (float64, float64) {
	switch d {
	case DivReverseKL:
		return v - 1, 1
	case DivHellinger:
		e := math.Exp(v)
		return e - 1, e
	case DivJS:
		return softplus(v) - math.Ln2, sigmoid(v)
	case DivGAN:
		return softplus(v), sigmoid(v)
	}
	g, dg := fActivation(d, v)
	f, df := fConjugate(d, g)
	return f, df * dg
}

// ganTerms returns a, b, c for a loss. smooth is the real label for the
// (non)saturating GAN's D loss (one-sided label smoothing; 1 = none).
func ganTerms(k LossKind, div Divergence, smooth float64) (a, b, c term, err error) {
	switch k {
	case LossMinimax, LossNonSaturating:
		// D: BCE with target `smooth` on real, 0 on fake, from the logit.
		a = func(v float64) (float64, float64) { return softplus(v) - smooth*v, sigmoid(v) - smooth }
		b = func(v float64) (float64, float64) { return softplus(v), sigmoid(v) }
		if k == LossMinimax {
			c = func(v float64) (float64, float64) { return -softplus(v), -sigmoid(v) } // log(1 - D)
		} else {
			c = func(v float64) (float64, float64) { return softplus(-v), -sigmoid(-v) } // -log D
		}
	case LossFGAN:
		if div == "" {
			return nil, nil, nil, fmt.Errorf("models: the fgan loss needs a divergence (kl, reverse_kl, pearson, hellinger, js or gan)")
		}
		if err := div.Valid(); err != nil {
			return nil, nil, nil, err
		}
		// D maximises E_P g(v) - E_Q f*(g(v)); G minimises the same saddle
		// objective, i.e. -E_Q f*(g(v)).
		a = func(v float64) (float64, float64) { g, dg := fActivation(div, v); return -g, -dg }
		b = func(v float64) (float64, float64) { return fStarOfG(div, v) }
		c = func(v float64) (float64, float64) { f, df := fStarOfG(div, v); return -f, -df }
	case LossWGAN, LossWGANGP:
		a = func(v float64) (float64, float64) { return -v, -1 }
		b = func(v float64) (float64, float64) { return v, 1 }
		c = func(v float64) (float64, float64) { return -v, -1 }
	default:
		return nil, nil, nil, k.Valid() // an error: every valid kind has its case above
	}
	return a, b, c, nil
}

// meanTerm adds mean_i f(v_i) over v and writes its derivative into dv.
func meanTerm(f term, v, dv []float32) float64 {
	var s float64
	inv := 1 / float64(len(v))
	for i, x := range v {
		l, d := f(float64(x))
		s += l
		dv[i] = float32(d * inv)
	}
	return s * inv
}

// gpGraph computes the critic's input gradients at B points (no dropout).
type gpGraph struct {
	t *nn.GraphNet
	x []float32
	y []float32 // one-hot labels of the points (conditional)
}

func (m *GAN) buildGP(B int) (*gpGraph, error) {
	s := &gpGraph{t: nn.NewGraphNet(), x: make([]float32, B*m.cfg.Out)}
	xn := s.t.Param("xhat", s.x, B, m.cfg.Out) // the only "parameter": we want d/dx
	var o criticOpts
	o.labels, s.y = m.labelInput(s.t, B)
	v, _, err := m.critic(s.t, xn, o)
	if err != nil {
		return nil, err
	}
	cost, err := nn.ApplyLoss("sum", sumLoss, v)
	if err != nil {
		return nil, err
	}
	return s, s.t.Compile(cost)
}

// penalty fills the wgan_gp rows of the D step: x̂ = e x_r + (1-e) x_f, the
// critic's input gradient g_i at x̂ (an exact first-order backward pass),
// then rows x̂ ± h g_i/|g_i| whose difference quotient, weighted by c_i =
// 2 lambda (|g_i| - 1) / B, has the gradient in the critic's parameters of
// lambda E(|g| - 1)^2 (a finite-difference Hessian-vector product: gorgonia's
// custom ops have no second derivatives). Returns the penalty.
func (m *GAN) penalty(gp *gpGraph, s *dStep, rng *rand.Rand) (float64, error) {
	B, d := s.B, m.cfg.Out
	for i := 0; i < B; i++ {
		e := float32(rng.Float64())
		for j := 0; j < d; j++ {
			gp.x[i*d+j] = e*s.x[i*d+j] + (1-e)*s.x[(B+i)*d+j]
		}
	}
	if _, err := gp.t.ForwardBackward(); err != nil {
		return 0, err
	}
	g := gp.t.GradData[0]
	var pen float64
	lam := m.cfg.GPLambda
	for i := 0; i < B; i++ {
		var n2 float64
		for _, v := range g[i*d : (i+1)*d] {
			n2 += float64(v) * float64(v)
		}
		n := math.Sqrt(n2)
		pen += lam * (n - 1) * (n - 1) / float64(B)
		s.gp[i] = 2 * lam * (n - 1) / float64(B)
		inv := 0.0
		if n > 0 {
			inv = 1 / n
		}
		for j := 0; j < d; j++ {
			u := float32(ganGPStep * float64(g[i*d+j]) * inv)
			s.x[(2*B+i)*d+j] = gp.x[i*d+j] + u
			s.x[(3*B+i)*d+j] = gp.x[i*d+j] - u
		}
	}
	s.gpCost = pen
	return pen, nil
}
