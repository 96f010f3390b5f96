package stages

import (
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/speclang"
)

// TestCheckedOptionsFailAtLoad: a misspelt model option is an error of the
// spec, reported when it is loaded (ganpipe validate) at the attribute's
// range, not a stage that fails once its inputs have been computed. Valid
// values and the defaults load cleanly.
func TestCheckedOptionsFailAtLoad(t *testing.T) {
	reg, err := Registry()
	if err != nil {
		t.Fatal(err)
	}
	const gmmn = `
pipeline "p" {}
dataset "data" {
  source = "ring"
}
stage "gmmn_train" "g" {
  data   = dataset.data.train
  sigmas = [1]
  iters  = 1
  ATTR
}
`
	gan := strings.Replace(strings.Replace(gmmn, "gmmn_train", "gan_train", 1), "  sigmas = [1]\n", "", 1)
	parzen := strings.Replace(strings.Replace(gmmn, `"gmmn_train" "g"`, `"parzen" "ll"`, 1),
		"  data   = dataset.data.train\n  sigmas = [1]\n  iters  = 1\n",
		"  samples = dataset.data.train\n  valid = dataset.data.valid\n  test = dataset.data.test\n", 1)
	cases := []struct {
		tmpl, attr string
		want       string // "" for no error, else a fragment of the detail
		line, col  int
	}{
		{gmmn, ``, "", 0, 0},
		{gmmn, `init = "pynn"`, "", 0, 0},
		{gmmn, `loss = "mmd2"`, "", 0, 0},
		{gmmn, `init = "pyn"`, `init must be one of "glorot", "pynn"; got "pyn" (did you mean "pynn"?)`, 10, 10},
		{gmmn, `loss = "mmd"`, `loss must be one of "sqrt_mmd2", "mmd2"; got "mmd"`, 10, 10},
		{gmmn, `output_activation = "sigmoidal"`, `output_activation must be one of "sigmoid", "relu", "tanh", "linear"; got "sigmoidal"`, 10, 23},
		{gan, `loss = "fgan"` + "\n  divergence = \"js\"", "", 0, 0},
		{gan, `loss = "fgann"`, `got "fgann" (did you mean "fgan"?)`, 9, 10},
		{gan, `divergence = "kll"`, `divergence must be one of "", "kl",`, 9, 16},
		{gan, `optimizer = "adamw"`, `optimizer must be one of "sgd", "adam", "rmsprop"; got "adamw"`, 9, 15},
		{gan, `arch = "dcgan"` + "\n  d_norm = \"none\"" + "\n  d_act = \"tanh\"" + "\n  noise_dist = \"normal\"", "", 0, 0},
		{gan, `arch = "dcgann"`, `arch must be one of "mlp", "dcgan"; got "dcgann"`, 9, 10},
		{gan, `d_norm = "layer"`, `d_norm must be one of "batch", "none"; got "layer"`, 9, 12},
		{gan, `noise_dist = "gaussian"`, `noise_dist must be one of "uniform", "uniform_sqrt3", "normal"; got "gaussian"`, 9, 16},
		{gan, `d_act = "leakyrelu"`, `d_act must be one of "relu", "leaky", "tanh"; got "leakyrelu"`, 9, 11},
		// Numbers: counts are whole and positive, sizes positive, rates
		// fractions, lists non-empty where the model needs one.
		{gmmn, `noise = 10.5`, `noise must be a whole number >= 1; got 10.5`, 10, 11},
		{gmmn, `batch = -3`, `batch must be a whole number >= 1; got -3`, 10, 11},
		{gmmn, `hidden = [64, 0]`, `hidden[1] must be elements: a whole number >= 1; got 0`, 10, 12},
		{gmmn, `schedule = [{ from = 10, lr = 1, momentum = 0.5 }]`, `schedule must have a phase from = 0`, 10, 14},
		{gmmn, `schedule = [{ from = 0, lr = 1, momentum = 1.5 }]`, `schedule[0].momentum must be a number in [0, 1); got 1.5`, 10, 14},
		{gan, `d_drop = 1`, `d_drop must be a number in [0, 1); got 1`, 9, 12},
		{gan, `lr = 0`, `lr must be a number > 0; got 0`, 9, 8},
		{gan, `g_hidden = [1200.5]`, `g_hidden[0] must be elements: a whole number >= 1; got 1200.5`, 9, 14},
		{gan, `d_channels = []`, `d_channels must not be empty`, 9, 16},
		{gan, `label_smooth = 1.1`, `label_smooth must be a number in (0, 1]; got 1.1`, 9, 18},
		{parzen, `sigmas = []`, `sigmas must not be empty`, 10, 12},
		{parzen, `max_samples = -1`, `max_samples must be a whole number >= 0; got -1`, 10, 17},
		{parzen, `grid = "gan"`, "", 0, 0},
		{parzen, `grid = "goodfellow"`, `grid must be one of "gmmn", "gan"; got "goodfellow"`, 10, 10},
	}
	for _, c := range cases {
		src := strings.Replace(c.tmpl, "ATTR", c.attr, 1)
		_, diags := speclang.Load("t.hcl", []byte(src), speclang.Options{Kinds: reg})
		if c.want == "" {
			if diags.HasErrors() {
				t.Errorf("%q: %s", c.attr, diags.Error())
			}
			continue
		}
		if len(diags) != 1 || !strings.Contains(diags[0].Detail, c.want) {
			t.Errorf("%q: diagnostics %v, want one saying %q", c.attr, diags, c.want)
			continue
		}
		if r := diags[0].Subject; r == nil || r.Filename != "t.hcl" || r.Start.Line != c.line || r.Start.Column != c.col {
			t.Errorf("%q: subject %v, want t.hcl:%d:%d (the value)", c.attr, r, c.line, c.col)
		}
	}
}
