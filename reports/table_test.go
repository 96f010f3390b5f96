package reports

import (
	"bytes"
	"math"
	"testing"
)

func twoRowTable() *Table {
	return &Table{
		Title:  "Parzen log-likelihood, MNIST",
		Metric: "nats, mean ± std/sqrt(N) over 10,000 test images",
		Rows: []Row{
			{Model: "GMMN+AE", Ours: 275.456, OursErr: 1.9, Paper: 282, PaperErr: 2, Note: "sigma 0.17"},
			{Model: "training data | 10k", Ours: 236.1, OursErr: math.NaN(), Paper: math.NaN(), PaperErr: math.NaN()},
		},
		Notes: []string{"Parzen estimates are unreliable (Theis et al. 2016).", "Validation: seeded random 5k of the 60k train."},
	}
}

// TestTableMarkdown: the exact expected text, written out by hand.
// Difference 275.456 - 282 = -6.544, printed with 2 decimals as -6.54.
func TestTableMarkdown(t *testing.T) {
	const want = `## Parzen log-likelihood, MNIST

nats, mean ± std/sqrt(N) over 10,000 test images

| model | ours | paper | difference (ours − paper) | note |
|---|---:|---:|---:|---|
| GMMN+AE | 275.46 ± 1.90 | 282 ± 2 | -6.54 | sigma 0.17 |
| training data \| 10k | 236.10 | — | — |  |

Notes:

- Parzen estimates are unreliable (Theis et al. 2016).
- Validation: seeded random 5k of the 60k train.
`
	var b bytes.Buffer
	if err := twoRowTable().WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	if b.String() != want {
		t.Fatalf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestTableDecimals(t *testing.T) {
	cases := []struct {
		decimals int
		want     string
	}{
		{0, "| a | 1.25 ± 0.50 | 1.5 | -0.25 |  |\n"},
		{-1, "| a | 1 ± 0 | 1.5 | 0 |  |\n"}, // rounds half to even: 1.25 -> 1, 0.5 -> 0, -0.25 -> 0 (no "-0")
		{3, "| a | 1.250 ± 0.500 | 1.5 | -0.250 |  |\n"},
	}
	for _, tc := range cases {
		tb := &Table{Decimals: tc.decimals, Rows: []Row{{Model: "a", Ours: 1.25, OursErr: 0.5, Paper: 1.5, PaperErr: math.NaN()}}}
		var b bytes.Buffer
		if err := tb.WriteMarkdown(&b); err != nil {
			t.Fatal(err)
		}
		lines := bytes.SplitAfter(b.Bytes(), []byte("\n"))
		if got := string(lines[2]); got != tc.want {
			t.Errorf("decimals %d: row %q, want %q", tc.decimals, got, tc.want)
		}
	}
}

// TestTableCSV: full-precision numbers, empty fields for NaN, csv quoting.
// -6.543999999999983 is the float64 result of 275.456 - 282 (neither operand
// is exact in binary), shortest round-trip form.
func TestTableCSV(t *testing.T) {
	const want = "model,ours,ours_err,paper,paper_err,difference,note\n" +
		"GMMN+AE,275.456,1.9,282,2,-6.543999999999983,sigma 0.17\n" +
		"training data | 10k,236.1,,,,,\n"
	var b bytes.Buffer
	if err := twoRowTable().WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	if b.String() != want {
		t.Fatalf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	q := &Table{Rows: []Row{{Model: `a,"b"`, Ours: 1, OursErr: math.NaN(), Paper: math.NaN(), PaperErr: math.NaN()}}}
	b.Reset()
	if err := q.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != "model,ours,ours_err,paper,paper_err,difference,note\n\"a,\"\"b\"\"\",1,,,,,\n" {
		t.Fatalf("quoted CSV: %q", got)
	}
}
