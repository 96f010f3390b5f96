package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/ganpipe/ganpipe/blas"
)

// versionInfo is what `ganpipe version` reports: what a bug report needs,
// and the BLAS fingerprint that enters every cache key (two machines with
// other fingerprints compute other bits, so share no cached results).
type versionInfo struct {
	Ganpipe  string `json:"ganpipe"`
	Revision string `json:"revision,omitempty"`
	Go       string `json:"go"`
	Platform string `json:"platform"`
	Gorgonia string `json:"gorgonia"`
	Tensor   string `json:"tensor"`
	ArrowGo  string `json:"arrow_go"`
	HCL      string `json:"hcl"`
	BLAS     string `json:"blas"`
}

func currentVersion() versionInfo {
	v := versionInfo{
		Ganpipe: Version, Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH,
		Gorgonia: "unknown", Tensor: "unknown", ArrowGo: "unknown", HCL: "unknown",
		BLAS: blas.Fingerprint(),
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	for _, d := range bi.Deps {
		ver := d.Version
		if d.Replace != nil {
			ver += " => " + d.Replace.Path + " " + d.Replace.Version
		}
		switch d.Path {
		case "gorgonia.org/gorgonia":
			v.Gorgonia = ver
		case "gorgonia.org/tensor":
			v.Tensor = ver
		case "github.com/apache/arrow-go/v18":
			v.ArrowGo = ver
		case "github.com/hashicorp/hcl/v2":
			v.HCL = ver
		}
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" {
			v.Revision = s.Value
		}
	}
	return v
}

func versionCmd() *command {
	c := &command{name: "version", usage: "[-json]", summary: "print the versions of ganpipe, Go, gorgonia, arrow-go and the BLAS fingerprint"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		fs := newFlagSet(env, c)
		asJSON := fs.Bool("json", false, "print JSON")
		if ok, code := parseFlags(fs, args); !ok {
			return code
		}
		if fs.NArg() != 0 {
			return argCountError(fs, c)
		}
		v := currentVersion()
		if *asJSON {
			return writeJSON(env, v)
		}
		rev := ""
		if v.Revision != "" {
			rev = " (" + v.Revision + ")"
		}
		fmt.Fprintf(env.stdout, "ganpipe  %s%s\n", v.Ganpipe, rev)
		fmt.Fprintf(env.stdout, "go       %s %s\n", v.Go, v.Platform)
		fmt.Fprintf(env.stdout, "gorgonia %s (tensor %s)\n", v.Gorgonia, v.Tensor)
		fmt.Fprintf(env.stdout, "arrow-go %s\n", v.ArrowGo)
		fmt.Fprintf(env.stdout, "hcl      %s\n", v.HCL)
		fmt.Fprintf(env.stdout, "blas     %s (in every cache key)\n", v.BLAS)
		return 0
	}
	return c
}
