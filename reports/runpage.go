package reports

import (
	"fmt"
	"html/template"
	"io"
)

// RunPage is the index of one run's report directory: what ran (spec,
// variables, when, how long), what became of each stage, every metric, and
// links to the report pages beside it. It lives outside the cache, so it
// may say when the run happened.
type RunPage struct {
	ID, Pipeline, Spec string
	Started, Wall      string
	Settings           string      // the -var / -var-file flags as given
	Vars               [][2]string // name, value (JSON)
	Stages             []RunStage
	Metrics            [][2]string // name, value
	Links              []string    // files beside the page: report pages first
}

// RunStage is one stage's line on a RunPage.
type RunStage struct{ Addr, Status, Took, Key string }

const runPageHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{.Pipeline}} run {{.ID}}</title>
<style>
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1000px; padding: 0 1em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.7em; text-align: left; }
th { background: #f0f0f0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-size: 0.95em; }
</style>
</head>
<body>
<h1>{{.Pipeline}}: run {{.ID}}</h1>
<p><code>{{.Spec}}</code>{{if .Settings}} <code>{{.Settings}}</code>{{end}}, started {{.Started}}, {{.Wall}} wall.</p>
<h2>Reports</h2>
<ul>{{range .Links}}<li><a href="{{.}}">{{.}}</a></li>{{end}}</ul>
<h2>Variables</h2>
<table><tr><th>variable</th><th>value</th></tr>
{{range .Vars}}<tr><td>{{index . 0}}</td><td><code>{{index . 1}}</code></td></tr>
{{end}}</table>
<h2>Stages</h2>
<table><tr><th>stage</th><th>status</th><th>compute time</th><th>cache key</th></tr>
{{range .Stages}}<tr><td>{{.Addr}}</td><td>{{.Status}}</td><td class="num">{{.Took}}</td><td><code>{{.Key}}</code></td></tr>
{{end}}</table>
<h2>Metrics</h2>
<table><tr><th>figure</th><th>value</th></tr>
{{range .Metrics}}<tr><td>{{index . 0}}</td><td class="num">{{index . 1}}</td></tr>
{{end}}</table>
</body>
</html>
`

// WriteHTML writes the run's index page.
func (p *RunPage) WriteHTML(w io.Writer) error {
	tmpl, err := template.New("run").Parse(runPageHTML)
	if err != nil {
		return err
	}
	if err := tmpl.Execute(w, p); err != nil {
		return fmt.Errorf("run page %s: %w", p.ID, err)
	}
	return nil
}
