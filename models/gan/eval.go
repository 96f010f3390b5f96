package gan

import (
	"fmt"
	"math/rand"
	"strconv"

	"github.com/ganpipe/ganpipe/models/nn"
)

// Loss evaluation on fixed inputs. Each function below builds the model's
// training graph, fills its inputs (data, noise, dropout masks) with the given
// values instead of drawing them, runs it once (forward and backward, as a
// training step does) and returns the loss; the parameters are not updated.
// With the masks fixed the computation is deterministic, so another
// implementation given the same parameters and inputs must produce the same
// loss up to float32 rounding (`ganpipe bench -agree` compares with PyTorch).

// DiscriminatorParams returns a copy of the discriminator's parameters d0.W,
// d0.b, ..., [mbd.W, mbd.b,] dout.W, dout.b (W shaped [in, out]; a maxout
// layer's out is units x pieces, unit u's pieces in columns u*P .. u*P+P-1).
func (m *GAN) DiscriminatorParams() nn.Params {
	names := dLayerNames(len(m.d))
	if m.mbd != nil {
		names = append(names, "mbd")
	}
	return nn.LayersParams(m.dLayers(), append(names, "dout"))
}

// dLayerNames are the parameter names d0, d1, ... of n discriminator layers
// (m.d: the hidden layers, or a DCGAN's convolutions and batch norms).
func dLayerNames(n int) []string {
	names := make([]string, n)
	for i := range names {
		names[i] = "d" + strconv.Itoa(i)
	}
	return names
}

// Losses are the discriminator and generator losses of one training
// iteration with the given inputs: L_D on real (B x Out) rows followed by
// the generator's samples from zD (B x NoiseDim), and L_G on the samples from
// zG. dMasks and gMasks are the discriminator's dropout masks in the two
// graphs (input mask, then one per hidden layer; 2B and B rows; nil entries
// for layers without dropout). Only the plain objectives are supported (no
// gradient penalty, instance noise, feature matching or minibatch
// discrimination, whose extra inputs this function does not take).
//
// With Pack > 1 (MLP networks only) B counts packs: real, zD and zG have
// B*Pack rows, pack i being rows i*Pack .. i*Pack+Pack-1, as in training.
// With GBatchNorm the generator normalises with the statistics of its B*Pack
// rows, as in training, and so also moves the running statistics (they
// only matter for sampling). With UnrolledSteps, L_G is taken through the
// unrolled D steps from D's optimizer state before any step (zero moments,
// step count 0), on the real rows and G(zG).
func (m *GAN) Losses(real, zD, zG []float32, B int, dMasks, gMasks [][]float32) (dLoss, gLoss float64, err error) {
	c := m.cfg
	if c.Loss == LossWGANGP || c.InstanceNoise > 0 || c.FeatureMatching || c.MBDKernels > 0 || (m.dc != nil && c.pack() > 1) {
		return 0, 0, fmt.Errorf("models: GAN losses on fixed inputs support plain objectives only")
	}
	rows, d := B*c.pack(), c.dIn()
	if err := nn.CheckData(real, rows, c.Out); err != nil {
		return 0, 0, err
	}
	if err := nn.CheckData(zD, rows, c.NoiseDim); err != nil {
		return 0, 0, err
	}
	if err := nn.CheckData(zG, rows, c.NoiseDim); err != nil {
		return 0, 0, err
	}
	ds, err := m.buildDStep(B)
	if err != nil {
		return 0, 0, err
	}
	defer ds.t.Machine.Close()
	copy(ds.x[:B*d], real)
	switch { // as criticGrad
	case m.dc != nil: // batch statistics over the fake batch
		copy(ds.x[B*d:2*B*d], m.dc.generate(zD, B, true))
	case m.gbn != nil:
		copy(ds.x[B*d:2*B*d], m.generateMLP(zD, rows, true))
	default:
		var fwd nn.Forwarder
		copy(ds.x[B*d:2*B*d], fwd.Run(m.g, zD, rows, false))
	}
	if err := copyMasks(ds.masks, dMasks); err != nil {
		return 0, 0, fmt.Errorf("models: discriminator step: %w", err)
	}
	if dLoss, err = ds.t.ForwardBackward(); err != nil {
		return 0, 0, err
	}
	var gs *gStep
	if c.UnrolledSteps > 0 { // D's optimizer state fresh: no step taken yet
		gs, err = m.buildUnrolledGStep(B, c.DOpt, nn.NewOptState(c.DOpt, ds.t.ParamData))
		if err == nil {
			copy(gs.real, real)
			err = gs.unrolled.setScalars()
		}
	} else {
		gs, err = m.buildGStep(B)
	}
	if err != nil {
		return 0, 0, err
	}
	defer gs.t.Machine.Close()
	copy(gs.z, zG)
	if err := copyMasks(gs.masks, gMasks); err != nil {
		return 0, 0, fmt.Errorf("models: generator step: %w", err)
	}
	if gLoss, err = gs.t.ForwardBackward(); err != nil {
		return 0, 0, err
	}
	return dLoss, gLoss, nil
}

// copyMasks fills a graph's dropout mask buffers from given values.
func copyMasks(bufs, vals [][]float32) error {
	for i, b := range bufs {
		if b == nil {
			continue
		}
		if i >= len(vals) || len(vals[i]) != len(b) {
			return fmt.Errorf("dropout mask %d needs %d values", i, len(b))
		}
		copy(b, vals[i])
	}
	return nil
}

// DropoutMasks draws the discriminator's dropout masks for rows input rows
// from rng, in the order Losses takes them (nil for a layer without
// dropout).
func (m *GAN) DropoutMasks(rows int, rng *rand.Rand) [][]float32 {
	out := [][]float32{nn.DropoutMask(rows*m.cfg.Out, m.cfg.DDropIn, rng)}
	for _, h := range m.cfg.DHidden {
		out = append(out, nn.DropoutMask(rows*h, m.cfg.DDrop, rng))
	}
	return out
}
