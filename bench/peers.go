package bench

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// peerScript is peers/peers.py, embedded so the binary needs no source tree.
//
//go:embed peers/peers.py
var peerScript []byte

// PeerScript returns the PyTorch peer script (peers/peers.py).
func PeerScript() []byte { return bytes.Clone(peerScript) }

// DefaultPython is the interpreter the peers run with: Debian's, where
// python3-torch installs torch (a pyenv or venv python usually lacks it).
const DefaultPython = "/usr/bin/python3"

// PeerOptions say how to run the PyTorch peers.
type PeerOptions struct {
	Python  string        // interpreter (DefaultPython when empty)
	Threads int           // torch.set_num_threads and OPENBLAS_NUM_THREADS
	Run     string        // workload regexp, as for Select
	Target  time.Duration // timed seconds per workload (default 2.5 s)
	// BLAS is peers.py's --blas: "openmp" (the default when empty: Debian's
	// OpenMP OpenBLAS, sharing torch's OpenMP pool, if installed) or "system".
	BLAS string
	// Malloc is peers.py's --malloc: "tcmalloc" (the default when empty:
	// LD_PRELOAD libtcmalloc-minimal4 if installed) or "system" (glibc).
	Malloc string
}

// Peer is the outcome of a peer run: per-workload results and the peer's
// diagnostics (torch version, the BLAS libraries it mapped) from its stderr.
type Peer struct {
	Results []Result
	Log     string
}

// PeerAvailable reports why the peers cannot run (nil if they can): the
// interpreter is missing or cannot import torch.
func PeerAvailable(ctx context.Context, python string) error {
	if python == "" {
		python = DefaultPython
	}
	if _, err := exec.LookPath(python); err != nil {
		return fmt.Errorf("no Python interpreter at %s: %w", python, err)
	}
	out, err := exec.CommandContext(ctx, python, "-c", "import torch").CombinedOutput()
	if err != nil {
		msg := strings.TrimSpace(string(out))
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = msg[i+1:]
		}
		return fmt.Errorf("%s cannot import torch (install Debian's python3-torch and libopenblas0-openmp): %s", python, msg)
	}
	return nil
}

// RunPeers runs the embedded peer script and parses its JSON results.
func RunPeers(ctx context.Context, opts PeerOptions) (Peer, error) {
	args := []string{"--run", opts.Run}
	if opts.BLAS != "" {
		args = append(args, "--blas", opts.BLAS)
	}
	if opts.Malloc != "" {
		args = append(args, "--malloc", opts.Malloc)
	}
	if opts.Threads > 0 {
		args = append(args, "--threads", strconv.Itoa(opts.Threads))
	}
	if opts.Target > 0 {
		args = append(args, "--seconds", strconv.FormatFloat(opts.Target.Seconds(), 'f', -1, 64))
	}
	stdout, stderr, err := runScript(ctx, opts.Python, args)
	p := Peer{Log: stderr}
	if err != nil {
		return p, err
	}
	if err := json.Unmarshal(stdout, &p.Results); err != nil {
		return p, fmt.Errorf("bench: parsing the peers' output: %w", err)
	}
	return p, nil
}

// PeerFlops asks the peer script for its nominal FLOPs per workload (no torch
// needed), to check them against Workload.Flops.
func PeerFlops(ctx context.Context, python string) (map[string]float64, error) {
	stdout, _, err := runScript(ctx, python, []string{"--flops"})
	if err != nil {
		return nil, err
	}
	var m map[string]float64
	if err := json.Unmarshal(stdout, &m); err != nil {
		return nil, fmt.Errorf("bench: parsing the peers' FLOP counts: %w", err)
	}
	return m, nil
}

func runScript(ctx context.Context, python string, args []string) (stdout []byte, stderr string, err error) {
	if python == "" {
		python = DefaultPython
	}
	dir, err := os.MkdirTemp("", "ganpipe-peers-")
	if err != nil {
		return nil, "", fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "peers.py")
	if err := os.WriteFile(script, peerScript, 0o644); err != nil {
		return nil, "", fmt.Errorf("bench: writing the peer script: %w", err)
	}
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, python, append([]string{script}, args...)...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, errb.String(), fmt.Errorf("bench: running the PyTorch peers (%s): %w\n%s", python, err, tail(errb.String(), 2000))
	}
	return out.Bytes(), errb.String(), nil
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// Row is one line of a ganpipe-versus-PyTorch comparison. Ratio is PyTorch ms /
// ganpipe ms: above 1 ganpipe is faster. Missing sides have zero ms and Ratio 0.
type Row struct {
	Name      string  `json:"name"`
	OursMs    float64 `json:"ganpipe_ms"`
	PeerMs    float64 `json:"pytorch_ms"`
	Ratio     float64 `json:"ratio"`
	GFlops    float64 `json:"gflops_per_s"`
	PeerGFlop float64 `json:"pytorch_gflops_per_s"`
	Note      string  `json:"note,omitempty"`
}

// Compare pairs results by name in the order of ours (then peer-only
// workloads in the peer's order).
func Compare(ours, peer []Result) []Row {
	byName := map[string]Result{}
	for _, r := range peer {
		byName[r.Name] = r
	}
	seen := map[string]bool{}
	var rows []Row
	for _, o := range ours {
		seen[o.Name] = true
		row := Row{Name: o.Name, OursMs: o.MsPerStep, GFlops: o.GFlops, Note: o.Skipped}
		if p, ok := byName[o.Name]; ok {
			row.PeerMs, row.PeerGFlop = p.MsPerStep, p.GFlops
		} else if row.Note == "" {
			row.Note = "no PyTorch peer"
		}
		if row.OursMs > 0 && row.PeerMs > 0 {
			row.Ratio = row.PeerMs / row.OursMs
		}
		rows = append(rows, row)
	}
	for _, p := range peer {
		if !seen[p.Name] {
			rows = append(rows, Row{Name: p.Name, PeerMs: p.MsPerStep, PeerGFlop: p.GFlops, Note: "no ganpipe workload"})
		}
	}
	return rows
}
