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
	const tmpl = `
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
	cases := []struct {
		attr, want string // want: "" for no error, else a fragment of the detail
		col            int
	}{
		{``, "", 0},
		{`init = "pynn"`, "", 0},
		{`loss = "mmd2"`, "", 0},
		{`init = "pyn"`, `weight init "pyn"`, 10},
		{`loss = "mmd"`, `unknown GMMN loss "mmd"`, 10},
		{`output_activation = "sigmoidal"`, `unknown activation "sigmoidal"`, 23},
	}
	for _, c := range cases {
		src := strings.Replace(tmpl, "ATTR", c.attr, 1)
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
		if r := diags[0].Subject; r == nil || r.Filename != "t.hcl" || r.Start.Line != 10 || r.Start.Column != c.col {
			t.Errorf("%q: subject %v, want t.hcl:10:%d (the value)", c.attr, r, c.col)
		}
	}
}
