package main

import (
	"math"

	"github.com/hashicorp/hcl/v2"

	"github.com/ganpipe/ganpipe/pipeline/baseline"
)

// checkJSON prints check's comparison as JSON, with check's exit codes: 2
// when the baseline does not match the run's figures, 1 on a regression or
// an output that differs from the baseline's under the same cache key.
func checkJSON(env *cmdEnv, rows []baseline.Row, diags hcl.Diagnostics, det baseline.Determinism) int {
	type row struct {
		Name      string   `json:"name"`
		Baseline  *float64 `json:"baseline"` // null: NaN or missing
		Now       *float64 `json:"now"`
		Better    string   `json:"better"`
		Allowance *float64 `json:"allowance"`
		Sigma     string   `json:"sigma,omitempty"` // what set the allowance, when a spread did
		Verdict   string   `json:"verdict"`
	}
	type report struct {
		Rows      []row    `json:"rows"`
		Regressed []string `json:"regressed"`
		// Outputs compared byte for byte (same key as the baseline's) and
		// those that differed.
		DigestsCompared int      `json:"digests_compared"`
		DigestsDiffer   []string `json:"digests_differ"`
		Errors          []string `json:"errors,omitempty"`
	}
	num := func(v float64) *float64 {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil
		}
		return &v
	}
	out := report{Rows: []row{}, Regressed: []string{}, DigestsCompared: det.Compared, DigestsDiffer: append([]string{}, det.Different...)}
	for _, r := range rows {
		out.Rows = append(out.Rows, row{Name: r.Name, Baseline: num(r.Base), Now: num(r.Now), Better: r.Tol.Better,
			Allowance: num(r.Allowance), Sigma: r.Sigma, Verdict: string(r.Verdict)})
		if r.Verdict == baseline.Regressed {
			out.Regressed = append(out.Regressed, r.Name)
		}
	}
	for _, d := range diags {
		if d.Severity == hcl.DiagError {
			out.Errors = append(out.Errors, d.Error())
		}
	}
	if code := writeJSON(env, out); code != 0 {
		return code
	}
	switch {
	case len(out.Errors) > 0:
		return 2
	case len(out.Regressed) > 0 || len(out.DigestsDiffer) > 0:
		return 1
	}
	return 0
}
