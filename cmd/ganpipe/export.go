package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/csv"
	"flag"
	"fmt"
	"image"
	"image/draw"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/ganpipe/ganpipe/artifact"
	"github.com/ganpipe/ganpipe/internal/atomicfile"
	"github.com/ganpipe/ganpipe/reports"
	"github.com/ganpipe/ganpipe/stages"
)

func exportCmd() *command {
	c := &command{name: "export", usage: "[flags] (FILE.arrow | SPEC stage.x.output) OUT.npy|OUT.csv|OUT.png",
		summary: "write an artifact as NumPy .npy, CSV or PNG (the format from OUT's extension), or one file of a report"}
	c.run = func(ctx context.Context, env *cmdEnv, args []string) int {
		var name *string
		var rows, cols, scale *int
		fs, f, ok, code := c.parseSpec(env, args, func(n int) bool { return n == 2 || n == 3 }, func(fs *flag.FlagSet) {
			name = fs.String("name", "", "which tensor of a model, or which file of a files artifact (report, figure)")
			rows = fs.Int("rows", 10, "PNG of images: grid rows")
			cols = fs.Int("cols", 10, "PNG of images: grid columns")
			scale = fs.Int("scale", 2, "PNG of images: pixels per image pixel")
		})
		if !ok {
			return code
		}
		src := fs.Arg(0)
		out := fs.Arg(fs.NArg() - 1)
		if fs.NArg() == 3 {
			p, err := artifactPath(ctx, env, f, fs.Arg(0), fs.Arg(1))
			if err != nil {
				return fail(env, err)
			}
			src = p
		}
		format := strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
		if *rows < 1 || *cols < 1 || *scale < 1 {
			return usageError(fs, c, "-rows, -cols and -scale must be at least 1")
		}
		b, what, err := exportArtifact(src, format, exportOptions{name: *name, rows: *rows, cols: *cols, scale: *scale})
		if err != nil {
			return fail(env, err)
		}
		if err := atomicfile.Write(out, b, 0o644); err != nil {
			return fail(env, err)
		}
		fmt.Fprintf(env.stdout, "%s: %s\n", out, what)
		return 0
	}
	return c
}

type exportOptions struct {
	name              string
	rows, cols, scale int
}

// exportArtifact renders the artifact at path in format, returning the bytes
// and a one-line description of what they hold.
func exportArtifact(path, format string, o exportOptions) ([]byte, string, error) {
	typ, err := artifact.TypeOf(path)
	if err != nil {
		return nil, "", err
	}
	unsupported := func() error {
		forms := map[string]string{
			artifact.TypeMatrix: ".npy, .csv or .png", artifact.TypeHistory: ".npy, .csv or .png",
			artifact.TypeMetrics: ".npy or .csv", artifact.TypeTensors: ".npy (one tensor, -name) or .csv (names and shapes)",
		}
		return fmt.Errorf("the output's extension picks the format, and a %s artifact exports to %s, not .%s", typ, forms[typ], format)
	}
	switch typ {
	case artifact.TypeMatrix:
		m, err := artifact.ReadMatrix(path)
		if err != nil {
			return nil, "", err
		}
		switch format {
		case "npy":
			return npyFloat32(m.Data, m.Rows, m.Cols), fmt.Sprintf("float32 array (%d, %d)", m.Rows, m.Cols), nil
		case "csv":
			return matrixCSV(m), fmt.Sprintf("%d rows of %d values", m.Rows, m.Cols), nil
		case "png":
			// Grey or RGB (stacked MNIST) by the matrix's shape metadata, else
			// square grey images.
			n := min(m.Rows, o.rows*o.cols)
			img, err := stages.ImageGrid(m, n, o.rows, o.cols)
			if err != nil {
				return nil, "", fmt.Errorf("%s: %w; export .npy or .csv", path, err)
			}
			var buf bytes.Buffer
			if err := reports.WritePNG(&buf, upscale(img, o.scale)); err != nil {
				return nil, "", err
			}
			return buf.Bytes(), fmt.Sprintf("the first %d of %d images, %dx%d grid", n, m.Rows, o.rows, o.cols), nil
		}
	case artifact.TypeHistory:
		h, err := artifact.ReadHistory(path)
		if err != nil {
			return nil, "", err
		}
		cols := append([]string{"iter"}, h.Terms...)
		switch format {
		case "npy":
			data := make([]float64, 0, len(h.Iter)*len(cols))
			for i, it := range h.Iter {
				data = append(data, float64(it))
				for t := range h.Terms {
					data = append(data, h.Values[t][i])
				}
			}
			return npyFloat64(data, len(h.Iter), len(cols)), fmt.Sprintf("float64 array (%d, %d), columns %s", len(h.Iter), len(cols), strings.Join(cols, ", ")), nil
		case "csv":
			var buf bytes.Buffer
			w := csv.NewWriter(&buf)
			_ = w.Write(cols)
			for i, it := range h.Iter {
				rec := []string{strconv.FormatInt(it, 10)}
				for t := range h.Terms {
					rec = append(rec, strconv.FormatFloat(h.Values[t][i], 'g', -1, 64))
				}
				_ = w.Write(rec)
			}
			w.Flush()
			return buf.Bytes(), fmt.Sprintf("%d logged iterations, columns %s", len(h.Iter), strings.Join(cols, ", ")), nil
		case "png":
			x := make([]float64, len(h.Iter))
			for i, it := range h.Iter {
				x[i] = float64(it)
			}
			series := map[string][]float64{}
			for t, name := range h.Terms {
				series[name] = h.Values[t]
			}
			var buf bytes.Buffer
			title := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
			if p := h.Meta[artifact.MetaProducer]; p != "" {
				title = p
			}
			if err := reports.LossCurve(&buf, title, x, series); err != nil {
				return nil, "", err
			}
			return buf.Bytes(), fmt.Sprintf("curves of %s", strings.Join(h.Terms, ", ")), nil
		}
	case artifact.TypeMetrics:
		m, err := artifact.ReadMetrics(path)
		if err != nil {
			return nil, "", err
		}
		switch format {
		case "csv":
			var buf bytes.Buffer
			w := csv.NewWriter(&buf)
			_ = w.Write([]string{"name", "value", "stderr", "n"})
			for _, r := range m.Rows {
				_ = w.Write([]string{r.Name, strconv.FormatFloat(r.Value, 'g', -1, 64), strconv.FormatFloat(r.Stderr, 'g', -1, 64), strconv.FormatInt(r.N, 10)})
			}
			w.Flush()
			return buf.Bytes(), fmt.Sprintf("%d figures", len(m.Rows)), nil
		case "npy":
			data := make([]float64, 0, 2*len(m.Rows))
			names := make([]string, len(m.Rows))
			for i, r := range m.Rows {
				data = append(data, r.Value, r.Stderr)
				names[i] = r.Name
			}
			return npyFloat64(data, len(m.Rows), 2), fmt.Sprintf("float64 array (%d, 2) of value, stderr; rows %s", len(m.Rows), strings.Join(names, ", ")), nil
		}
	case artifact.TypeTensors:
		ts, err := artifact.ReadTensors(path)
		if err != nil {
			return nil, "", err
		}
		if format == "csv" {
			var buf bytes.Buffer
			w := csv.NewWriter(&buf)
			_ = w.Write([]string{"name", "shape", "size"})
			for i, n := range ts.Names {
				_ = w.Write([]string{n, fmt.Sprint(ts.Shapes[i]), strconv.Itoa(len(ts.Data[i]))})
			}
			w.Flush()
			return buf.Bytes(), fmt.Sprintf("%d tensors (names and shapes)", len(ts.Names)), nil
		}
		if format != "npy" {
			return nil, "", unsupported()
		}
		if o.name == "" {
			return nil, "", fmt.Errorf("%s holds %d tensors; pick one with -name (%s)", path, len(ts.Names), strings.Join(ts.Names, ", "))
		}
		shape, data, ok := ts.Get(o.name)
		if !ok {
			return nil, "", fmt.Errorf("%s has no tensor %q (has %s)", path, o.name, strings.Join(ts.Names, ", "))
		}
		return npy("<f4", shape, float32Bytes(data)), fmt.Sprintf("float32 tensor %s %v", o.name, shape), nil
	case artifact.TypeFiles:
		f, err := artifact.ReadFiles(path)
		if err != nil {
			return nil, "", err
		}
		var match []string
		for _, n := range f.Names {
			if (o.name == "" && strings.EqualFold(filepath.Ext(n), "."+format)) || n == o.name {
				match = append(match, n)
			}
		}
		if len(match) != 1 {
			names := append([]string(nil), f.Names...)
			sort.Strings(names)
			return nil, "", fmt.Errorf("%s holds %s; name the one to export with -name", path, strings.Join(names, ", "))
		}
		b, _ := f.Get(match[0])
		return b, "file " + match[0], nil
	default:
		return nil, "", fmt.Errorf("%s is not a ganpipe artifact (type %q)", path, typ)
	}
	return nil, "", unsupported()
}

// upscale repeats each pixel s x s times: a 28-pixel digit is unreadable
// on a modern screen. Grey and RGBA grids (ImageGrid's) keep their model.
func upscale(img image.Image, s int) image.Image {
	if s == 1 {
		return img
	}
	b := img.Bounds()
	r := image.Rect(0, 0, b.Dx()*s, b.Dy()*s)
	var dst draw.Image = image.NewGray(r)
	if _, grey := img.(*image.Gray); !grey {
		dst = image.NewRGBA(r)
	}
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			dst.Set(x, y, img.At(b.Min.X+x/s, b.Min.Y+y/s))
		}
	}
	return dst
}

func matrixCSV(m *artifact.Matrix) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	head := make([]string, 0, m.Cols+1)
	for j := range m.Cols {
		head = append(head, "x"+strconv.Itoa(j))
	}
	if m.Labels != nil {
		head = append(head, "label")
	}
	_ = w.Write(head)
	rec := make([]string, len(head))
	for i := range m.Rows {
		for j, v := range m.Row(i) {
			rec[j] = strconv.FormatFloat(float64(v), 'g', -1, 32)
		}
		if m.Labels != nil {
			rec[m.Cols] = strconv.Itoa(int(m.Labels[i]))
		}
		_ = w.Write(rec)
	}
	w.Flush()
	return buf.Bytes()
}

func float32Bytes(data []float32) []byte {
	b := make([]byte, 4*len(data))
	for i, v := range data {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	return b
}

func npyFloat32(data []float32, rows, cols int) []byte {
	return npy("<f4", []int{rows, cols}, float32Bytes(data))
}

func npyFloat64(data []float64, rows, cols int) []byte {
	b := make([]byte, 8*len(data))
	for i, v := range data {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(v))
	}
	return npy("<f8", []int{rows, cols}, b)
}

// npy writes a NumPy format 1.0 file: magic, version, a little-endian
// header length, a Python dict literal padded with spaces so the data
// starts at a multiple of 64 bytes, then the raw C-order data.
func npy(descr string, shape []int, data []byte) []byte {
	dims := make([]string, len(shape))
	for i, d := range shape {
		dims[i] = strconv.Itoa(d)
	}
	tuple := strings.Join(dims, ", ")
	if len(shape) == 1 {
		tuple += ","
	}
	header := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': (%s), }", descr, tuple)
	const prefix = 10 // magic (6) + version (2) + header length (2)
	pad := 64 - (prefix+len(header)+1)%64
	if pad == 64 {
		pad = 0
	}
	header += strings.Repeat(" ", pad) + "\n"
	var buf bytes.Buffer
	buf.WriteString("\x93NUMPY\x01\x00")
	_ = binary.Write(&buf, binary.LittleEndian, uint16(len(header)))
	buf.WriteString(header)
	buf.Write(data)
	return buf.Bytes()
}
