package gan

import (
	"fmt"

	"github.com/ganpipe/ganpipe/models/nn"
)

// DiscriminatorParams returns D's tensors: the conv stack's as the DCGAN's
// (d0.. : the convolutions, then the batch norms' gamma as W and beta as b)
// followed, with memory, by the query head (query.W [flat, M]; query_bn.W
// and .b, its batch norm's gamma and beta) or, without, the logit layer
// (dout). A layer without a bias has an empty .b.
func (m *MemoryGAN) DiscriminatorParams() nn.Params {
	if m.cfg.NoMemory {
		return m.gan.DiscriminatorParams()
	}
	layers := append(append([]*nn.Layer(nil), m.gan.d...), m.qW, m.qBN)
	return nn.LayersParams(layers, append(dLayerNames(len(m.gan.d)), "query", "query_bn"))
}

// Losses are the two losses of one training iteration on fixed inputs,
// with no parameter step (the bench's agreement check with PyTorch): L_D
// (adversarial + lambda MI) on the real rows [B, Out] followed by G's
// training-mode images of the generator input rows genD [B, z + M] (z,
// then the key K_c, which is also the MI target); then the D step's memory
// update, as in training; then L_G on the images of genG. Without memory
// the rows are z alone. The memory's state moves as in training; the
// weights do not.
func (m *MemoryGAN) Losses(real, genD, genG []float32, B int) (dLoss, gLoss float64, err error) {
	in, out := m.cfg.genIn(), m.OutDim()
	if B <= 0 || len(real) != B*out || len(genD) != B*in || len(genG) != B*in {
		return 0, 0, fmt.Errorf("models: memorygan losses: %d real, %d and %d generator input values for batch %d of %d and %d", len(real), len(genD), len(genG), B, out, in)
	}
	if m.arch != nil {
		return 0, 0, fmt.Errorf("models: a loaded memorygan is for sampling only")
	}
	ds, err := m.buildStep('d', B)
	if err != nil {
		return 0, 0, err
	}
	defer ds.t.Machine.Close()
	gs, err := m.buildStep('g', B)
	if err != nil {
		return 0, 0, err
	}
	defer gs.t.Machine.Close()
	copy(ds.x[:B*out], real)
	copy(ds.x[B*out:], m.gan.dc.generate(genD, B, true))
	m.keysOf(ds.kc, genD, B)
	if dLoss, err = ds.t.ForwardBackward(); err != nil {
		return 0, 0, err
	}
	if err := ds.updateMemory(B); err != nil {
		return 0, 0, err
	}
	copy(gs.z, genG)
	m.keysOf(gs.kc, genG, B)
	if gLoss, err = gs.t.ForwardBackward(); err != nil {
		return 0, 0, err
	}
	return dLoss, gLoss, nil
}

// keysOf copies the key part of B generator input rows into kc [B, M]
// (nothing without memory).
func (m *MemoryGAN) keysOf(kc, in []float32, B int) {
	if m.mem == nil {
		return
	}
	zd, w, M := m.cfg.NoiseDim, m.cfg.genIn(), m.cfg.Memory.Dim
	for r := range B {
		copy(kc[r*M:(r+1)*M], in[r*w+zd:(r+1)*w])
	}
}
