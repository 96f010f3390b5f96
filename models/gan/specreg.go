package gan

import (
	"fmt"
	"strconv"

	"github.com/ganpipe/ganpipe/models/nn"
	"gonum.org/v1/gonum/mat"
)

// Spectral regularization (SR-GAN, Liu et al. ICCV 2019; PAPERS.md): mode
// collapse comes with a collapse of the spectrum of D's weights (the
// normalized singular values s_j / s_1 fall). On top of spectral
// normalization, every SREvery-th generator update (after each of its D
// steps) each D weight W = U diag(s) V^T is rebuilt with a compensated
// spectrum, as the released code does in place:
//
//	static:  s'_j = 1 for j < r/2 (r = min(in, out)), s'_j = s_j / s_1 after;
//	dynamic: s'_1 = 1, s'_j = gamma_j = max over compensations so far of
//	         s_j / s_1 (each measured before that compensation).
//
// The top singular values of each D weight can also be tracked into the
// training history (SVTrack, every SVEvery updates) to plot the collapse.

// SpecReg names a spectral compensation (GANConfig.SpectralReg).
type SpecReg string

// The compensations ("" is none).
const (
	SpecRegStatic  SpecReg = "static"
	SpecRegDynamic SpecReg = "dynamic"
)

// Valid reports whether r names a compensation ("" is none).
func (r SpecReg) Valid() error {
	if r == "" || r == SpecRegStatic || r == SpecRegDynamic {
		return nil
	}
	return fmt.Errorf("models: spectral regularization %q (want static or dynamic)", string(r))
}

func (c *GANConfig) validateSpecReg() error {
	if err := c.SpectralReg.Valid(); err != nil {
		return err
	}
	if c.SpectralReg == "" && c.SVTrack == 0 {
		return nil
	}
	if c.SpectralReg != "" && !c.SpectralNorm {
		return fmt.Errorf("models: spectral regularization (%s) works on top of spectral normalization: set it too", c.SpectralReg)
	}
	if c.SREvery == 0 {
		c.SREvery = 5
	}
	if c.SVEvery == 0 {
		c.SVEvery = 100
	}
	if c.SREvery < 0 || c.SVEvery < 0 || c.SVTrack < 0 {
		return fmt.Errorf("models: sr_every %d, sv_every %d and sv_track %d must not be negative", c.SREvery, c.SVEvery, c.SVTrack)
	}
	return nil
}

// spectralLayers are the D weights compensated and tracked: every weight
// matrix of an MLP D; a DCGAN's convolution weights ([K*K*Cin, Cout], the
// released code's (out, in*kh*kw) transposed: the same singular values) and
// its output layer, the weights spectral normalization divides, not its
// batch-norm scales and shifts.
func (m *GAN) spectralLayers() []*nn.Layer {
	if m.dc != nil {
		return m.dc.snLayers(m)
	}
	return m.dLayers()
}

// svd factorizes the row-major [in, out] matrix w in float64.
func svd(w []float32, in, out int, full bool) (*mat.SVD, error) {
	a := mat.NewDense(in, out, nil)
	for i := 0; i < in; i++ {
		for j := 0; j < out; j++ {
			a.Set(i, j, float64(w[i*out+j]))
		}
	}
	var s mat.SVD
	kind := mat.SVDNone
	if full {
		kind = mat.SVDThin
	}
	if !s.Factorize(a, kind) {
		return nil, fmt.Errorf("models: SVD of a %dx%d discriminator weight did not converge", in, out)
	}
	return &s, nil
}

// compensated returns the new spectrum for singular values s (descending)
// and, for dynamic compensation, updates gamma (the running maxima).
func compensated(kind SpecReg, s, gamma []float64) []float64 {
	n := len(s)
	out := make([]float64, n)
	if s[0] == 0 {
		return out
	}
	for j := range s {
		out[j] = s[j] / s[0]
	}
	switch kind {
	case SpecRegStatic:
		for j := 0; j < n/2; j++ {
			out[j] = 1
		}
	case SpecRegDynamic:
		for j := range out {
			gamma[j] = max(gamma[j], out[j])
			out[j] = gamma[j]
		}
	}
	return out
}

// compensate rebuilds every D weight with its compensated spectrum.
func (m *GAN) compensate() error {
	for li, l := range m.spectralLayers() {
		f, err := svd(l.W, l.In, l.Out, true)
		if err != nil {
			return err
		}
		var u, v mat.Dense
		f.UTo(&u)
		f.VTo(&v)
		var gamma []float64
		if m.srGamma != nil {
			gamma = m.srGamma[li]
		}
		s := compensated(m.cfg.SpectralReg, f.Values(nil), gamma)
		for j := range s { // U diag(s')
			for i := 0; i < l.In; i++ {
				u.Set(i, j, u.At(i, j)*s[j])
			}
		}
		var w mat.Dense
		w.Mul(&u, v.T())
		for i := 0; i < l.In; i++ {
			for j := 0; j < l.Out; j++ {
				l.W[i*l.Out+j] = float32(w.At(i, j))
			}
		}
	}
	return nil
}

// trackSpectra writes the tracked singular values of every D weight into
// sv: sv<i>_1 = s_1 of weight i (raw), sv<i>_<j> = s_j / s_1 for j = 2..k.
func (m *GAN) trackSpectra(sv map[string]float64) error {
	for li, l := range m.spectralLayers() {
		f, err := svd(l.W, l.In, l.Out, false)
		if err != nil {
			return err
		}
		s := f.Values(nil)
		pre := "sv" + strconv.Itoa(li) + "_"
		for j := 0; j < min(m.cfg.SVTrack, len(s)); j++ {
			v := s[j]
			if j > 0 && s[0] > 0 {
				v = s[j] / s[0]
			}
			sv[pre+strconv.Itoa(j+1)] = v
		}
	}
	return nil
}

// newSRGamma starts dynamic compensation's running maxima at 0 (the first
// compensation takes the measured ratios).
func (m *GAN) newSRGamma() {
	if m.cfg.SpectralReg != SpecRegDynamic {
		return
	}
	for _, l := range m.spectralLayers() {
		m.srGamma = append(m.srGamma, make([]float64, min(l.In, l.Out)))
	}
}
