package stages

import (
	"strings"
	"testing"

	"github.com/ganpipe/ganpipe/specs"
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
		{gmmn, `init = "pyn"`, `weight init "pyn"`, 10, 10},
		{gmmn, `loss = "mmd"`, `unknown GMMN loss "mmd"`, 10, 10},
		{gmmn, `output_activation = "sigmoidal"`, `unknown activation "sigmoidal"`, 10, 23},
		{gan, `loss = "fgan"` + "\n  divergence = \"js\"", "", 0, 0},
		{gan, `loss = "fgann"`, `unknown GAN loss "fgann"`, 9, 10},
		{gan, `divergence = "kll"`, `unknown f-GAN divergence "kll"`, 9, 16},
		{gan, `optimizer = "adamw"`, `unknown optimizer "adamw"`, 9, 15},
		{gan, `arch = "dcgan"` + "\n  d_norm = \"none\"" + "\n  d_act = \"tanh\"" + "\n  noise_dist = \"normal\"", "", 0, 0},
		{gan, `arch = "dcgann"`, `GAN architecture "dcgann"`, 9, 10},
		{gan, `d_norm = "layer"`, `d_norm "layer"`, 9, 12},
		{gan, `noise_dist = "gaussian"`, `GAN noise "gaussian"`, 9, 16},
		{gan, `d_act = "leakyrelu"`, `discriminator activation "leakyrelu"`, 9, 11},
		{parzen, `grid = "gan"`, "", 0, 0},
		{parzen, `grid = "goodfellow"`, `unknown bandwidth grid "goodfellow"`, 10, 10},
	}
	for _, c := range cases {
		src := strings.Replace(c.tmpl, "ATTR", c.attr, 1)
		_, diags := specs.Load("t.hcl", []byte(src), specs.Options{Kinds: reg})
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
