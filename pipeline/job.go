package pipeline

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/ganpipe/ganpipe/speclang"
)

// Env is the part of the environment a stage may depend on. Nothing in it
// enters a cache key unless a KeyExtender puts it there.
type Env struct {
	DataDir string // -data / GANPIPE_DATA; "" means locate automatically
	OutDir  string // -out: where reports are published
	// Run is the id of the run (runlog): reports are published to
	// OutDir/<pipeline>/<Run>/, so one run never overwrites another's.
	// "" publishes to OutDir/<pipeline>/ (exec-stage, check).
	Run     string
	Threads int // compute threads a stage may use
}

// Job is one stage computation: its resolved config, its inputs as verified
// local files, and where to write its outputs.
type Job struct {
	Stage    *speclang.Stage
	Pipeline string
	Seed     int64
	Env      Env
	Progress Progress
	// Checkpoints saves and resumes the stage's in-stage state; nil when
	// the store keeps none (every method is then a no-op).
	Checkpoints *Checkpoints

	inputs  map[speclang.Ref]string
	outputs map[string]string
}

// Input returns the local path of the artifact a reference points at. For a
// metric reference (Field set) it is the path of the metrics artifact.
func (j *Job) Input(ref speclang.Ref) (string, error) {
	ref.Field = ""
	for r, p := range j.inputs {
		r.Field = ""
		if r == ref {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s: %s is not an input of this stage", j.Stage.Addr, ref)
}

// Output returns the path the stage must write the named output to.
func (j *Job) Output(name string) string {
	p, ok := j.outputs[name]
	if !ok {
		panic(fmt.Sprintf("stage %s: output %q is not declared by kind %s", j.Stage.Addr, name, j.Stage.Kind))
	}
	return p
}

func newOutputs(dir string, names []string) map[string]string {
	m := make(map[string]string, len(names))
	for _, n := range names {
		m[n] = filepath.Join(dir, n+".arrow")
	}
	return m
}

func removeAll(dir string) { _ = os.RemoveAll(dir) }
