package reports

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// testPage is a page with everything a report has: a table with paper
// values and notes, loss panels, a sample grid and a marked neighbour figure.
func testPage(t *testing.T) *Page {
	t.Helper()
	x := make([]float64, 50)
	loss, mmd2 := make([]float64, 50), make([]float64, 50)
	for i := range x {
		x[i] = float64(10 * i)
		mmd2[i] = 0.5*math.Exp(-float64(i)/10) + 0.01
		loss[i] = math.Sqrt(mmd2[i])
	}
	var curve bytes.Buffer
	if err := LossPanels(&curve, "gmmn_loss: training history of stage.gmmn", x, []Panel{
		{Name: "loss", YLabel: "loss = sqrt-MMD", Y: loss}, {Name: "mmd2", YLabel: "MMD² (sum over kernels)", Y: mmd2},
	}); err != nil {
		t.Fatal(err)
	}
	pix := make([]float32, 100*28*28)
	for i := range pix {
		pix[i] = float32((i/28+i%28)%7) / 6
	}
	var grid bytes.Buffer
	if err := WritePNG(&grid, Upscale(SampleGrid(pix, 100, 28, 28, 10, 10), 2)); err != nil {
		t.Fatal(err)
	}
	nf, err := NeighbourFigure(pix[:3*784], pix, [][]int{{1, 2}, {3, 4}, {5, 6}}, 28, 28)
	if err != nil {
		t.Fatal(err)
	}
	marked, ok := MarkSampleColumn(nf)
	if !ok {
		t.Fatal("MarkSampleColumn found no separator in a neighbour figure")
	}
	var nn bytes.Buffer
	if err := WritePNG(&nn, Upscale(marked, 2)); err != nil {
		t.Fatal(err)
	}
	return &Page{
		Title: "GMMN+AE Parzen log-likelihood", Subtitle: "report.table1 of pipeline gmmn_ae",
		Table: &Table{Metric: "log-likelihood (nats)", Notes: []string{"a <note> & more"}, Rows: []Row{
			{Model: "GMMN+AE", Ours: 250.5, OursErr: 2.1, Paper: 282, PaperErr: 2},
			{Model: "Training data", Ours: 230, OursErr: math.NaN(), Paper: math.NaN(), PaperErr: math.NaN()},
		}},
		Figures: []Figure{
			{Title: "gmmn_loss", Caption: "One panel per term.", PNG: curve.Bytes()},
			{Title: "samples", Caption: "The first 100 images.", PNG: grid.Bytes()},
			{Title: "nearest_neighbours", Caption: "Framed in red: samples.", PNG: nn.Bytes()},
		},
	}
}

func TestPageHTML(t *testing.T) {
	var a, b bytes.Buffer
	if err := testPage(t).WriteHTML(&a); err != nil {
		t.Fatal(err)
	}
	if err := testPage(t).WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the same page gave different bytes")
	}
	html := a.String()
	for _, want := range []string{
		"<td>GMMN&#43;AE</td>", "250.50 ± 2.10", "282 ± 2", "-31.50", "a &lt;note&gt; &amp; more",
		`<img src="data:image/png;base64,`, "<figcaption>The first 100 images.</figcaption>",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Self-contained: nothing fetched from elsewhere.
	for _, bad := range []string{"http://", "https://", "<script", "<link"} {
		if strings.Contains(html, bad) {
			t.Errorf("page contains %q: not viewable offline", bad)
		}
	}
}

// chromium finds Debian's headless-capable browser, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Screenshot renders an HTML file in headless Chromium and returns the
// screenshot's path. The flags keep it offline and stateless: a fresh
// profile, no sandbox (CI runs as root), no network side traffic.
func Screenshot(ctx context.Context, browser, htmlPath, pngPath string, width, height int) error {
	profile, err := os.MkdirTemp("", "ganpipe-chromium-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	abs, err := filepath.Abs(htmlPath)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir="+profile, "--screenshot="+pngPath,
		"--window-size="+strconv.Itoa(width)+","+strconv.Itoa(height), "file://"+abs)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return &exec.ExitError{ProcessState: cmd.ProcessState, Stderr: out}
	}
	return nil
}

// TestPageInChromium opens the page in headless Chromium and checks the
// screenshot is not blank: the table, the curves and the image grids draw
// many non-white pixels, and the red frame of the neighbour figure shows.
func TestPageInChromium(t *testing.T) {
	browser := chromium()
	if browser == "" {
		t.Skip("chromium not installed (Debian package chromium; `make deps` installs it as root): the HTML report is not rendered")
	}
	dir := t.TempDir()
	htmlPath := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := testPage(t).WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(htmlPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "shot.png")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := Screenshot(ctx, browser, htmlPath, shot, 1000, 2600); err != nil {
		t.Fatalf("chromium: %v: %s", err, err.(*exec.ExitError).Stderr)
	}
	stats, err := inkStats(shot)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s: %.1f%% non-white pixels, %d red", shot, 100*stats.ink, stats.red)
	if stats.ink < 0.05 {
		t.Errorf("screenshot is nearly blank: %.2f%% non-white pixels", 100*stats.ink)
	}
	if stats.red < 100 {
		t.Errorf("the neighbour figure's red frame is not on screen (%d red pixels)", stats.red)
	}
}

type ink struct {
	ink float64 // fraction of pixels that are not (near) white
	red int     // pixels of the sample-column frame's red
}

func inkStats(path string) (ink, error) {
	f, err := os.Open(path)
	if err != nil {
		return ink{}, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return ink{}, err
	}
	return measureInk(img), nil
}

func measureInk(img image.Image) ink {
	b := img.Bounds()
	var dark, red int
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			if c.R < 240 || c.G < 240 || c.B < 240 {
				dark++
			}
			if c.R > 180 && c.G < 80 && c.B < 80 {
				red++
			}
		}
	}
	return ink{ink: float64(dark) / float64(b.Dx()*b.Dy()), red: red}
}
