package ae

import (
	"context"
	"math/rand"
	"slices"
	"testing"

	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/models/nn/nntest"
)

// TestPynnMaskUnscaled: in pynn mode the kept units keep their value (mask 1),
// in inverted mode they are scaled by 1/(1-p); the dropped fraction is p in
// both (tolerance 0.01 on 100k draws: 5 standard deviations of a binomial
// fraction with p = 0.2 is 0.0063).
func TestPynnMaskUnscaled(t *testing.T) {
	for _, tc := range []struct {
		mode DropoutMode
		keep float32
	}{{DropoutPynn, 1}, {DropoutInverted, 1 / 0.8}} {
		a, err := NewAutoencoder(AEConfig{Sizes: []int{4, 3, 2}, Dropout: []float64{0.2, 0.5}, Activation: nn.Sigmoid, DropoutMode: tc.mode}, rand.New(rand.NewSource(1)))
		if err != nil {
			t.Fatal(err)
		}
		m := make([]float32, 100000)
		a.fillMask(m, 0, rand.New(rand.NewSource(2)))
		zeros := 0
		for _, v := range m {
			switch v {
			case 0:
				zeros++
			case tc.keep:
			default:
				t.Fatalf("%s: mask value %v, want 0 or %v", tc.mode, v, tc.keep)
			}
		}
		if f := float64(zeros) / float64(len(m)); f < 0.19 || f > 0.21 {
			t.Fatalf("%s: dropped fraction %.4f, want 0.2 ± 0.01", tc.mode, f)
		}
	}
}

// TestPynnPretrainDividesEncoder: with a zero learning rate every iterate
// equals the initial weights, so pynn's layerwise pretraining must leave each
// encoder layer at init/(1-p) (weights and bias; pynn's
// set_noiseless_param_from_vec) and the decoder at init. Exact: the division
// is one float64 operation rounded to float32, which the test repeats.
func TestPynnPretrainDividesEncoder(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	n, d := 60, 8
	x := nntest.Patterns(n, d, rng)
	cfg := AEConfig{Sizes: []int{d, 6, 3}, Dropout: []float64{0.2, 0.5}, Activation: nn.Sigmoid, DropoutMode: DropoutPynn}
	a, err := NewAutoencoder(cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range a.enc {
		for i := range l.B {
			l.B[i] = float32(i+1) / 10 // nonzero, so the bias division shows
		}
	}
	before := a.Params()
	opt := nn.Optimizer{Schedule: []nn.Phase{{LR: 0, Momentum: 0}}, Batch: 10}
	if err := a.PretrainLayerwise(context.Background(), x, n, opt, 5, rng, nil); err != nil {
		t.Fatal(err)
	}
	after := a.Params()
	for i, name := range before.Names {
		want := slices.Clone(before.Data[i])
		switch name {
		case "enc0.W", "enc0.b":
			for i := range want {
				want[i] = float32(float64(want[i]) / (1 - 0.2))
			}
		case "enc1.W", "enc1.b":
			for i := range want {
				want[i] = float32(float64(want[i]) / (1 - 0.5))
			}
		}
		if !slices.Equal(after.Data[i], want) {
			t.Errorf("%s after pretraining: got %v, want %v", name, after.Data[i][:3], want[:3])
		}
	}
}

// TestBestIterateKeepsStrictlyLowest: the first evaluation is always kept,
// later ones only when strictly lower (pynn's `train_loss < self.best_obj`),
// and restore writes the kept parameters back.
func TestBestIterateKeepsStrictlyLowest(t *testing.T) {
	p := []float32{0}
	losses := []float64{5, 3, 4, 3, 7}
	k := 0
	b := nn.NewBestIterate([][]float32{p}, func() float64 { l := losses[k]; k++; return l })
	for it := range losses {
		p[0] = float32(it) // the parameters at iterate it
		b.Check(it * 100)
	}
	if b.Iter != 100 || b.Loss != 3 {
		t.Fatalf("kept iterate %d (loss %v), want 100 (loss 3)", b.Iter, b.Loss)
	}
	b.Restore()
	if p[0] != 1 {
		t.Fatalf("restored parameter %v, want 1 (iterate 100's)", p[0])
	}
}

// TestPynnFinetuneRestoresKept: after pynn-mode fine-tuning the model holds
// the kept iterate, so its selection loss recomputed now equals the last
// reported kept_loss exactly (same computation on the same bits), and the
// kept iterate is one of the evaluated ones (0 or a multiple of 100).
func TestPynnFinetuneRestoresKept(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	n, d := 200, 16
	x := nntest.Patterns(n, d, rng)
	a, err := NewAutoencoder(AEConfig{Sizes: []int{d, 12, 4}, Dropout: []float64{0.2, 0.5}, Activation: nn.Sigmoid, DropoutMode: DropoutPynn}, rng)
	if err != nil {
		t.Fatal(err)
	}
	var keptIter, keptLoss float64
	if err := a.Finetune(context.Background(), x, n, aeOpt(20), 350, rng, func(it, total int, terms map[string]float64) {
		keptIter, keptLoss = terms["kept_iter"], terms["kept_loss"]
	}); err != nil {
		t.Fatal(err)
	}
	if int(keptIter)%pynnSelectEvery != 0 {
		t.Fatalf("kept iterate %v is not an evaluated one", keptIter)
	}
	ls := []*nn.Layer{a.pynnScaled(0), a.pynnScaled(1)}
	got := meanBCE(append(ls, a.dec...), x, n)
	if got != keptLoss {
		t.Fatalf("selection loss of the final model %v, kept_loss %v (kept iterate %v)", got, keptLoss, keptIter)
	}
	t.Logf("kept iterate %v, selection loss %.4f", keptIter, keptLoss)
}

// TestDropoutModeArch: the mode survives Arch/AutoencoderFrom, and the default
// mode writes no key, so models from before the mode existed keep their bytes.
func TestDropoutModeArch(t *testing.T) {
	for _, mode := range []DropoutMode{"", DropoutInverted, DropoutPynn} {
		a, err := NewAutoencoder(AEConfig{Sizes: []int{4, 2}, Dropout: []float64{0.2}, Activation: nn.Sigmoid, DropoutMode: mode}, rand.New(rand.NewSource(1)))
		if err != nil {
			t.Fatal(err)
		}
		arch := a.Arch()
		_, has := arch["dropout_mode"]
		if has != (mode == DropoutPynn) {
			t.Fatalf("mode %q: arch has dropout_mode = %v", mode, has)
		}
		b, err := AutoencoderFrom(arch, a.Params())
		if err != nil {
			t.Fatal(err)
		}
		if b.pynn() != (mode == DropoutPynn) {
			t.Fatalf("mode %q did not survive the round trip", mode)
		}
	}
	if _, err := NewAutoencoder(AEConfig{Sizes: []int{4, 2}, Activation: nn.Sigmoid, DropoutMode: "pytorch"}, rand.New(rand.NewSource(1))); err == nil {
		t.Fatal("unknown dropout mode accepted")
	}
}
