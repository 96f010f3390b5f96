package specs

import (
	"github.com/hashicorp/hcl/v2"
)

// Options controls decoding.
type Options struct {
	Kinds Kinds
	// Vars are -var name=value arguments in command-line order (later wins).
	Vars []string
	// VarFiles are -var-file paths (HCL attribute files) in order.
	VarFiles []string
	// Env is the process environment (os.Environ()); GANPIPE_VAR_<name> sets a variable.
	Env []string
	// AllowUnset makes a variable with neither a value nor a default an unknown
	// value instead of an error, so validate can type-check without values.
	AllowUnset bool
}

// Load decodes the spec in src (read from filename). The returned Spec is never
// nil: even when diags has errors, Spec.Files holds the parsed source so the
// caller can render the diagnostics with snippets.
func Load(filename string, src []byte, opts Options) (*Spec, hcl.Diagnostics) {
	panic("TODO: specs.Load")
}
