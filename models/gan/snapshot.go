package gan

import "fmt"

// GenerateFrom runs the generator in inference mode on given inputs: noise z
// (n x NoiseDim), labels and categorical codes (n each, nil when the GAN has
// none) and continuous codes (n x ContCodes). Unlike Sample it draws
// nothing, so a training stage can call it between iterations (the
// "samples over training" snapshots) without moving the training's random
// stream. A DCGAN uses its batch-norm running statistics; the result is a
// fresh slice either way.
func (m *GAN) GenerateFrom(z []float32, labels, cat []int32, cont []float32, n int) ([]float32, error) {
	if m.dc == nil {
		return m.GenerateCoded(z, labels, cat, cont, n)
	}
	if len(z) != n*m.cfg.NoiseDim || labels != nil || cat != nil || len(cont) != 0 {
		return nil, fmt.Errorf("models: DCGAN generator inputs for %d rows: noise %d values (want %d x %d), no labels or codes", n, len(z), n, m.cfg.NoiseDim)
	}
	return append([]float32(nil), m.dc.generate(z, n, false)...), nil
}
