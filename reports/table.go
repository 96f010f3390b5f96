package reports

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Row is one line of a results table. NaN marks a missing value: Paper NaN
// means the paper has no number for this row (then there is no difference
// either); an error NaN means no error bar.
type Row struct {
	Model    string
	Ours     float64
	OursErr  float64
	Paper    float64
	PaperErr float64
	Note     string
}

// Table is a results table with the paper's values beside ours.
type Table struct {
	Title string
	// Metric names the quantity and unit, e.g. "log-likelihood (nats)"; it
	// heads the Markdown output when set.
	Metric string
	// Decimals is the number of digits after the point for our values,
	// errors and the difference: 0 selects 2, a negative value selects 0.
	// Paper values are printed as given (shortest exact form).
	Decimals int
	Rows     []Row
	// Notes is free text listed under the table: deviations from the paper,
	// data set substitutions, caveats of the metric.
	Notes []string
}

func (t *Table) decimals() int {
	switch {
	case t.Decimals == 0:
		return 2
	case t.Decimals < 0:
		return 0
	}
	return t.Decimals
}

const missing = "—"

func (t *Table) ours(v float64) string {
	if math.IsNaN(v) {
		return missing
	}
	s := strconv.FormatFloat(v, 'f', t.decimals(), 64)
	if strings.HasPrefix(s, "-") && strings.Trim(s, "-0.") == "" {
		s = s[1:] // a difference that rounds to zero is "0.00", not "-0.00"
	}
	return s
}

func paperNum(v float64) string {
	if math.IsNaN(v) {
		return missing
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func withErr(v, e string, hasErr bool) string {
	if v == missing || !hasErr {
		return v
	}
	return v + " ± " + e
}

// Difference returns Ours - Paper, NaN when either is missing.
func (r Row) Difference() float64 { return r.Ours - r.Paper }

// WriteMarkdown writes the table as GitHub-flavoured Markdown:
//
//	## Title
//
//	Metric
//
//	| model | ours | paper | difference (ours − paper) | note |
//	|---|---:|---:|---:|---|
//	| GMMN | 140.12 ± 2.00 | 147 ± 2 | -6.88 | |
//
//	Notes:
//
//	- ...
//
// A missing value prints as "—"; "|" in text is escaped.
func (t *Table) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	if t.Title != "" {
		fmt.Fprintf(&b, "## %s\n\n", t.Title)
	}
	if t.Metric != "" {
		fmt.Fprintf(&b, "%s\n\n", t.Metric)
	}
	b.WriteString("| model | ours | paper | difference (ours − paper) | note |\n")
	b.WriteString("|---|---:|---:|---:|---|\n")
	for _, r := range t.Rows {
		ours := withErr(t.ours(r.Ours), t.ours(r.OursErr), !math.IsNaN(r.OursErr))
		paper := withErr(paperNum(r.Paper), paperNum(r.PaperErr), !math.IsNaN(r.PaperErr))
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", mdEscape(r.Model), ours, paper, t.ours(r.Difference()), mdEscape(r.Note))
	}
	if len(t.Notes) > 0 {
		b.WriteString("\nNotes:\n\n")
		for _, n := range t.Notes {
			fmt.Fprintf(&b, "- %s\n", strings.ReplaceAll(n, "\n", " "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mdEscape(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

// WriteCSV writes one header line and one line per row with the columns
// model, ours, ours_err, paper, paper_err, difference, note. Numbers are
// written in full precision (shortest exact form); missing values are empty
// fields. Title and notes are not part of the CSV.
func (t *Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	num := func(v float64) string {
		if math.IsNaN(v) {
			return ""
		}
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	if err := cw.Write([]string{"model", "ours", "ours_err", "paper", "paper_err", "difference", "note"}); err != nil {
		return err
	}
	for _, r := range t.Rows {
		rec := []string{r.Model, num(r.Ours), num(r.OursErr), num(r.Paper), num(r.PaperErr), num(r.Difference()), r.Note}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
