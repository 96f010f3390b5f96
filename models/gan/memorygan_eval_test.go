package gan

import (
	"context"
	"math/rand"
	"testing"

	"github.com/ganpipe/ganpipe/models/nn"
)

// TestMemoryGANLossesMatchTraining: Losses' D loss on the inputs a
// training iteration draws is the D loss that iteration reports (lambda 0,
// so it is the adversarial term the observer reports), to the float32 the
// loss graph returns: the same graph, grouping and generated batch. The
// iteration's inputs are re-drawn from a copy of its rng (the real batch,
// then G's input). Its G loss cannot be compared: training takes it after
// D's parameter step, Losses at the weights it was given (TestAgreeWithPyTorch
// in bench checks it against PyTorch).
func TestMemoryGANLossesMatchTraining(t *testing.T) {
	models := make([]*MemoryGAN, 2) // trained; Losses
	for i := range models {
		models[i] = smallMemoryGAN(t, false, rand.New(rand.NewSource(3)))
		models[i].cfg.Lambda, models[i].cfg.Iters = 0, 1
		randomMemory(models[i].mem, rand.New(rand.NewSource(4)))
	}
	const n = 20
	out, B := models[0].OutDim(), models[0].cfg.Batch
	data := make([]float32, n*out)
	drng := rand.New(rand.NewSource(5))
	for i := range data {
		data[i] = drng.Float32()
	}

	var terms map[string]float64
	obs := func(_, _ int, tm map[string]float64) { terms = tm }
	if err := models[0].Train(context.Background(), data, n, rand.New(rand.NewSource(6)), obs); err != nil {
		t.Fatal(err)
	}

	rng := rand.New(rand.NewSource(6))
	real := make([]float32, B*out)
	nn.NewSampler(n, rng).Fill(real, data, out)
	in, M := models[1].cfg.genIn(), models[1].cfg.Memory.Dim
	genD, genG, kc := make([]float32, B*in), make([]float32, B*in), make([]float32, B*M)
	models[1].fillGenInput(genD, kc, B, rng)
	dl, _, err := models[1].Losses(real, genD, genG, B)
	if err != nil {
		t.Fatal(err)
	}
	// Exact: one computation on the same inputs, rounded as the graph's cost.
	if want := float64(float32(terms["d_loss"])); dl != want {
		t.Errorf("Losses' D loss = %v; the training iteration reported %v", dl, want)
	}
	if _, _, err := models[1].Losses(real[1:], genD, genG, B); err == nil {
		t.Error("Losses took a short real batch")
	}
}
