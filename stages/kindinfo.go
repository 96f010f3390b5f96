package stages

import (
	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/models/ae"
	"github.com/ganpipe/ganpipe/models/gan"
	"github.com/ganpipe/ganpipe/models/gmmn"
	"github.com/ganpipe/ganpipe/models/nn"
	"github.com/ganpipe/ganpipe/pipeline"
)

// info holds the declarative part every kind shares; kinds embed it and add
// Run. Its attrs are the one declaration of the kind's body (attrs.go).
type info struct {
	name, version string
	summary       string // one line for `ganpipe kinds` and docs/kinds.md
	attrs         []attr
	outputs       []string
	metrics       []string
}

func (i info) Name() string          { return i.name }
func (i info) Version() string       { return i.version }
func (i info) BodySpec() hcldec.Spec { return bodySpec(i.attrs) }
func (i info) Outputs() []string     { return i.outputs }
func (i info) Metrics() []string     { return i.metrics }

// KeyConfig implements pipeline.KeyConfigurer: attributes added after
// the kind's keys were first written stay out of the key while unset.
func (i info) KeyConfig(cfg cty.Value) cty.Value {
	if cfg.IsNull() || !cfg.Type().IsObjectType() {
		return cfg
	}
	drop := map[string]bool{}
	for _, a := range i.attrs {
		if a.added && cfg.Type().HasAttribute(a.name) && cfg.GetAttr(a.name).IsNull() {
			drop[a.name] = true
		}
	}
	if len(drop) == 0 {
		return cfg
	}
	kept := map[string]cty.Value{}
	for name, v := range cfg.AsValueMap() {
		if !drop[name] {
			kept[name] = v
		}
	}
	return cty.ObjectVal(kept)
}

// config reads a job's decoded body through the kind's declarations.
func (i info) config(job *pipeline.Job) *config { return newConfig(i.attrs, job.Stage.Config) }

// The allowed values of the models' named options. Each list is checked
// against the model's own Valid in TestEnumsMatchModels, so a value listed
// here is one the model accepts.
var (
	activations  = []string{string(nn.Sigmoid), string(nn.ReLU), string(nn.Tanh), string(nn.Linear)}
	inits        = []string{"glorot", "pynn"}
	dropoutModes = []string{string(ae.DropoutInverted), string(ae.DropoutPynn)}
	mmdLosses    = []string{string(gmmn.LossSqrtMMD2), string(gmmn.LossMMD2)}
	ganLosses    = []string{string(gan.LossMinimax), string(gan.LossNonSaturating), string(gan.LossFGAN), string(gan.LossWGAN), string(gan.LossWGANGP)}
	optimizers   = []string{string(nn.OptSGD), string(nn.OptAdam), string(nn.OptRMSProp)}
)
