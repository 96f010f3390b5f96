package bench

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// DefaultPeak is this project's reference machine's fp32 peak in GFLOP/s: 2
// AVX-512 cores (issue 8). Pass the peak of another machine to the writers.
const DefaultPeak = 233.0

// WriteTable prints workload / ms per step / GFLOP/s / % of peak.
func WriteTable(w io.Writer, rs []Result, peak float64) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	heap := false
	for _, r := range rs {
		heap = heap || r.HeapSteps > 0
	}
	if heap {
		fmt.Fprintln(tw, "workload\tms/step\tCPU ms/step\tGFLOP/s\t% peak\tsteps\tB alloc/step\theap growth\t")
	} else {
		fmt.Fprintln(tw, "workload\tms/step\tCPU ms/step\tGFLOP/s\t% peak\tsteps\tB alloc/step\t")
	}
	for _, r := range rs {
		if r.Skipped != "" {
			fmt.Fprintf(tw, "%s\t-\t-\t-\t-\t-\t-\t  skipped: %s\n", r.Name, r.Skipped)
			continue
		}
		fmt.Fprintf(tw, "%s\t%.2f\t%s\t%.1f\t%.1f\t%d\t%s\t", r.Name, r.MsPerStep, num(r.CPUMsPerStep, "%.2f"), r.GFlops, pct(r.GFlops, peak), r.Steps, human(r.AllocBytesPerStep))
		if heap {
			fmt.Fprintf(tw, "%s / %d steps\t", signedHuman(r.HeapGrowth), r.HeapSteps)
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// WriteComparison prints workload / ganpipe ms / PyTorch ms / ratio / GFLOP/s
// and % of peak of both sides.
func WriteComparison(w io.Writer, rows []Row, peak float64) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "workload\tganpipe ms\tPyTorch ms\tratio\tGFLOP/s\t% peak\tPyTorch GFLOP/s\tPyTorch % peak\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t", r.Name,
			num(r.OursMs, "%.2f"), num(r.PeerMs, "%.2f"), num(r.Ratio, "%.2fx"),
			num(r.GFlops, "%.1f"), num(pct(r.GFlops, peak), "%.1f"),
			num(r.PeerGFlop, "%.1f"), num(pct(r.PeerGFlop, peak), "%.1f"))
		if r.Note != "" {
			fmt.Fprintf(tw, "  %s", r.Note)
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

func pct(gflops, peak float64) float64 {
	if peak <= 0 {
		return 0
	}
	return 100 * gflops / peak
}

// num formats v, or "-" for a missing (zero) value.
func num(v float64, format string) string {
	if v == 0 {
		return "-"
	}
	return fmt.Sprintf(format, v)
}

func human(b float64) string {
	switch {
	case b >= 1<<20:
		return fmt.Sprintf("%.1f MiB", b/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1f KiB", b/(1<<10))
	default:
		return fmt.Sprintf("%.0f B", b)
	}
}

func signedHuman(b int64) string {
	if b < 0 {
		return "-" + human(float64(-b))
	}
	return "+" + human(float64(b))
}

// WriteAgreeTable prints the loss-agreement cases: ganpipe's loss, PyTorch's
// in float32 and float64, the relative differences, and whether the float32
// difference is within tol.
func WriteAgreeTable(w io.Writer, cases []AgreeCase, tol float64) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "loss\tganpipe\tPyTorch float32\trel. diff\tPyTorch float64\trel. diff\t")
	for _, c := range cases {
		verdict := "ok"
		if !(c.Rel32() <= tol) {
			verdict = fmt.Sprintf("FAIL (> %.0e)", tol)
		}
		fmt.Fprintf(tw, "%s\t%.9g\t%.9g\t%.2e\t%.9g\t%.2e\t  %s\n", c.Name, c.Go, c.Torch32, c.Rel32(), c.Torch64, c.Rel64(), verdict)
	}
	return tw.Flush()
}
