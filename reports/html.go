package reports

import (
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
)

// Page is a report as one self-contained HTML file: the table with the
// paper's values beside ours, then figures with captions. Images are
// inlined as data: URIs and the style sheet is in the page, so it opens
// offline, from a mail attachment or a copied directory alike.
type Page struct {
	Title    string
	Subtitle string // what produced it: pipeline, spec
	Table    *Table
	Figures  []Figure
}

// Figure is one image of a page (a PNG) with its caption.
type Figure struct {
	Title   string
	Caption string
	PNG     []byte
}

// pageHTML is the page template (html/template escapes every field).
const pageHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1000px; padding: 0 1em; color: #222; background: #fff; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
.sub { color: #666; margin-top: 0; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 0.35em 0.8em; }
th { background: #f0f0f0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.better { color: #11702f; } td.worse { color: #a01c1c; }
.metric { color: #444; }
ul.notes { color: #444; font-size: 0.92em; }
figure { margin: 2em 0; }
figure img { max-width: 100%; image-rendering: pixelated; border: 1px solid #ddd; }
figcaption { color: #444; font-size: 0.92em; margin-top: 0.4em; max-width: 800px; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{if .Subtitle}}<p class="sub">{{.Subtitle}}</p>{{end}}
{{with .Table}}{{if .Rows}}
{{if .Metric}}<p class="metric">{{.Metric}}</p>{{end}}
<table>
<thead><tr><th>model</th><th>ours</th><th>paper</th><th>ours − paper</th><th>note</th></tr></thead>
<tbody>
{{range .Rows}}<tr><td>{{.Model}}</td><td class="num">{{.Ours}}</td><td class="num">{{.Paper}}</td><td class="num">{{.Diff}}</td><td>{{.Note}}</td></tr>
{{end}}</tbody>
</table>
{{if .Notes}}<ul class="notes">{{range .Notes}}<li>{{.}}</li>{{end}}</ul>{{end}}
{{end}}{{end}}
{{range .Figures}}<figure>
<h2>{{.Title}}</h2>
<img src="{{.Src}}" alt="{{.Title}}">
{{if .Caption}}<figcaption>{{.Caption}}</figcaption>{{end}}
</figure>
{{end}}
</body>
</html>
`

// WriteHTML writes the page. The bytes depend only on the page's content
// (no time stamps), so a report in the cache is reproducible.
func (p *Page) WriteHTML(w io.Writer) error {
	type row struct{ Model, Ours, Paper, Diff, Note string }
	type table struct {
		Metric string
		Rows   []row
		Notes  []string
	}
	type figure struct {
		Title, Caption string
		Src            template.URL
	}
	data := struct {
		Title, Subtitle string
		Table           *table
		Figures         []figure
	}{Title: p.Title, Subtitle: p.Subtitle}
	if t := p.Table; t != nil {
		data.Table = &table{Metric: t.Metric, Notes: t.Notes}
		for _, r := range t.Rows {
			data.Table.Rows = append(data.Table.Rows, row{
				Model: r.Model,
				Ours:  withErr(t.ours(r.Ours), t.ours(r.OursErr), !math.IsNaN(r.OursErr)),
				Paper: withErr(paperNum(r.Paper), paperNum(r.PaperErr), !math.IsNaN(r.PaperErr)),
				Diff:  t.ours(r.Difference()), Note: r.Note,
			})
		}
	}
	for _, f := range p.Figures {
		data.Figures = append(data.Figures, figure{Title: f.Title, Caption: f.Caption,
			// A data: URI of our own PNG bytes, not user input: safe to mark as a URL.
			Src: template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(f.PNG))})
	}
	tmpl, err := template.New("page").Parse(pageHTML)
	if err != nil {
		return err
	}
	if err := tmpl.Execute(w, data); err != nil {
		return fmt.Errorf("report page %q: %w", p.Title, err)
	}
	return nil
}
