package stages

import (
	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"

	"github.com/ganpipe/ganpipe/models"
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
	activations  = []string{string(models.Sigmoid), string(models.ReLU), string(models.Tanh), string(models.Linear)}
	inits        = []string{"glorot", "pynn"}
	dropoutModes = []string{string(models.DropoutInverted), string(models.DropoutPynn)}
	mmdLosses    = []string{string(models.LossSqrtMMD2), string(models.LossMMD2)}
	ganLosses    = []string{string(models.LossMinimax), string(models.LossNonSaturating), string(models.LossFGAN), string(models.LossWGAN), string(models.LossWGANGP)}
	optimizers   = []string{string(models.OptSGD), string(models.OptAdam), string(models.OptRMSProp)}
)
