package stages_test

import (
	"fmt"
	"os"

	"github.com/ganpipe/ganpipe/speclang"
	"github.com/ganpipe/ganpipe/stages"
)

// Loading a spec the way `ganpipe run` does: the stage kinds come from
// stages.Registry, the variables from a -var-file. Every stage has an
// address, a kind and the outputs of other stages it reads (its inputs:
// the DAG's edges). A spec with errors returns diagnostics with source
// ranges (speclang.WriteDiagnostics prints them).
func ExampleRegistry() {
	path := "../specs/gmmn_ae.hcl"
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	kinds, err := stages.Registry()
	if err != nil {
		fmt.Println(err)
		return
	}
	spec, diags := speclang.Load(path, src, speclang.Options{Kinds: kinds, VarFiles: []string{"../specs/ci/gmmn_ae.vars"}})
	if diags.HasErrors() {
		_ = speclang.WriteDiagnostics(os.Stdout, spec.Files, diags)
		return
	}
	fmt.Println(spec.Pipeline.Name)
	for _, st := range spec.Stages {
		fmt.Println(st.Addr, st.Kind, st.Inputs)
	}
	// Output:
	// gmmn_ae
	// dataset.data dataset []
	// stage.ae ae_pretrain [dataset.data.train]
	// stage.ae_ft ae_finetune [dataset.data.train stage.ae.model]
	// stage.codes encode [dataset.data.train stage.ae_ft.model]
	// stage.gmmn gmmn_train [stage.ae_ft.model stage.codes.codes]
	// stage.samples sample [stage.ae_ft.model stage.gmmn.model]
	// stage.recon reconstruct [dataset.data.train stage.ae_ft.model]
	// stage.ll["ae_recon"] parzen [dataset.data.test dataset.data.valid stage.recon.reconstructions]
	// stage.ll["data"] parzen [dataset.data.test dataset.data.train dataset.data.valid]
	// stage.ll["gmmn_ae"] parzen [dataset.data.test dataset.data.valid stage.samples.samples]
	// stage.nn nearest_neighbours [dataset.data.train stage.samples.samples]
	// stage.interp interpolate [stage.ae_ft.model stage.gmmn.model]
	// report.table1 report [stage.ae_ft.history stage.gmmn.history stage.gmmn.snapshots stage.interp.figure stage.ll["ae_recon"].mean stage.ll["ae_recon"].stderr stage.ll["data"].mean stage.ll["data"].stderr stage.ll["gmmn_ae"].mean stage.ll["gmmn_ae"].stderr stage.nn.figure stage.samples.samples]
}
