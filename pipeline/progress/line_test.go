package progress

import (
	"strings"
	"testing"
	"time"
)

// ganTerms are the 13 terms a gan_train cell logs (models/gan/gan.go).
func ganTerms() map[string]float64 {
	return map[string]float64{
		"d_loss": 1.2345678, "g_loss": 0.7654321, "mi_loss": 0.1, "mi_cat": 2.1, "mi_cont": 0.3,
		"d_real": 0.55, "d_fake": 0.45, "d_grad_norm": 12.5, "g_grad_norm": 3.25, "lr_d": 0.0002,
		"lr_g": 0.0002, "n_critic": 5, "gp": 0.031,
	}
}

func TestRenderLineFits(t *testing.T) {
	for _, width := range []int{20, 40, 60, 80, 100, 120, 200} {
		for _, addr := range []string{"stage.gmmn", `stage.zoo["wgan_gp_spectral_norm_lr2e-4"]`} {
			line := renderLine(width, addr, "train", 0, 1234, 40000, 90*time.Second, ganTerms())
			if n := cols(line); n > width-1 {
				t.Errorf("width %d, %s: %d columns: %q", width, addr, n, line)
			}
		}
	}
}

func TestRenderLineKeepsWhatMatters(t *testing.T) {
	line := renderLine(80, "stage.gmmn", "train", 0, 1000, 40000, 10*time.Second, map[string]float64{
		"loss": 0.25, "mmd2": 0.0625, "lr": 2, "momentum": 0.9, "grad_norm": 3.5,
	})
	// 1000 steps in 10 s: 39000 left take 390 s.
	for _, want := range []string{"stage.gmmn train", "1000/40000", "loss=0.25", "mmd2=0.0625", "eta 6m30s", "["} {
		if !strings.Contains(line, want) {
			t.Errorf("80 columns: %q lacks %q", line, want)
		}
	}
	if i, j := strings.Index(line, "loss="), strings.Index(line, "lr="); j >= 0 && j < i {
		t.Errorf("the learning rate comes before the loss: %q", line)
	}
	// At 60 columns the schedule goes before the loss does.
	narrow := renderLine(60, "stage.gmmn", "train", 0, 1000, 40000, 10*time.Second, map[string]float64{
		"loss": 0.25, "mmd2": 0.0625, "lr": 2, "momentum": 0.9, "grad_norm": 3.5,
	})
	if !strings.Contains(narrow, "loss=0.25") || strings.Contains(narrow, "grad_norm") || !strings.Contains(narrow, "eta ") {
		t.Errorf("60 columns: %q", narrow)
	}
	if done := renderLine(80, "stage.gmmn", "train", 0, 40000, 40000, 400*time.Second, nil); !strings.Contains(done, "took 6m40s") {
		t.Errorf("finished phase: %q", done)
	}
	// Too narrow for anything but the address: its middle is elided.
	if got := renderLine(12, `stage.zoo["wgan_gp"]`, "train", 0, 1, 2, time.Second, nil); got != `stage…_gp"]` {
		t.Errorf("12 columns: %q", got)
	}
}

// TestResumedETA: a phase resumed at step 30,000 that did 1,000 steps in
// 100 s has 9,000 left at 10 steps/s: 15 minutes. Counting the
// checkpoint's 30,000 steps as done in those 100 s said "eta 29s" (seen on
// the paper-scale GMMN after a kill, issue 21).
func TestResumedETA(t *testing.T) {
	line := renderLine(120, "stage.gmmn", "train", 30000, 31000, 40000, 100*time.Second, nil)
	if !strings.Contains(line, "eta 15m") {
		t.Errorf("resumed at 30000, 1000 steps in 100s: %q, want eta 15m", line)
	}
	if b := firstBase(30001); b != 30000 {
		t.Errorf("firstBase(30001) = %d, want 30000 (the first step after a resume at 30000)", b)
	}
	if b := firstBase(1); b != 0 {
		t.Errorf("firstBase(1) = %d, want 0 (a fresh phase)", b)
	}
}
