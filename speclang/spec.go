package speclang

import (
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// Spec is a decoded pipeline: every stage instance with its attributes resolved.
type Spec struct {
	Filename string
	Pipeline Pipeline
	// Stages in file order; for_each cells expanded in key order. Dataset and
	// report blocks are stages too (Block "dataset" / "report").
	Stages []*Stage
	// Variables holds the final value of every declared variable.
	Variables map[string]cty.Value
	// Files holds the parsed source, for rendering diagnostics with snippets.
	Files map[string]*hcl.File
}

// Pipeline is the pipeline block.
type Pipeline struct {
	Name        string
	Description string
	Seed        int64
	DeclRange   hcl.Range
}

// Stage is one runnable instance: a stage block, a for_each cell of one, a
// dataset block or a report block.
type Stage struct {
	Addr string // stage.ae, stage.ll["gmmn_ae"], dataset.mnist, report.table1, module.eval.stage.fid
	// KeyAddr is the address the cache key and the stage's seed are derived
	// from: Addr without the module calls in front of it, the instance keys
	// of for_each module calls kept as instance keys of the stage
	// (module.eval["a"].stage.fid has KeyAddr stage.fid["a"]). So moving
	// stages into a module, or a module to another file, keeps their keys.
	// Equal to Addr outside modules.
	KeyAddr string
	Block   string // "stage", "dataset" or "report"
	Kind    string // stage kind; "dataset" and "report" for those blocks
	Name    string // the block's name label
	EachKey string // for_each key, "" when the block has no for_each
	// Config is the body decoded with the kind's BodySpec: references to other
	// stages' artifacts appear as RefType values.
	Config cty.Value
	// Inputs lists every distinct reference found in Config, sorted by String().
	Inputs    []Ref
	DeclRange hcl.Range
	// Resources from a resources block, for cluster executors; nil when absent.
	Resources *Resources
}

// Resources is what a stage asks of a cluster scheduler.
type Resources struct {
	CPUs      int
	Mem       string
	Time      string
	Partition string
	Extra     []string
	// CheckpointEvery is how often a training stage saves its state
	// (checkpoint_every = "5m"; "0s" disables time-based saves); nil means
	// the default. CheckpointIters saves every that many iterations too
	// (checkpoint_iters; 0: never by count). Like the rest of resources,
	// neither enters the cache key: they do not change results.
	CheckpointEvery *time.Duration
	CheckpointIters int
}

// Stage returns the stage with the given address, or nil.
func (s *Spec) Stage(addr string) *Stage {
	for _, st := range s.Stages {
		if st.Addr == addr {
			return st
		}
	}
	return nil
}
