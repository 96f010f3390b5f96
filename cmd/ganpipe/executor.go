package main

import (
	"flag"
	"fmt"

	"github.com/ganpipe/ganpipe/pipeline"
)

// executorFlags choose where stages compute.
type executorFlags struct {
	executor string
}

func (e *executorFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&e.executor, "executor", "local", "where stages compute: local")
}

func (e *executorFlags) apply(env *cmdEnv, specPath string, f *specFlags, o *pipeline.Options) error {
	switch e.executor {
	case "local":
		o.Executor = pipeline.Local{}
		return nil
	default:
		return fmt.Errorf("unknown executor %q (have: local)", e.executor)
	}
}
