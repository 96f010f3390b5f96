// Command samekeys checks that a change to specs or to ganpipe keeps every
// cache key: it plans a spec with an old binary in an old tree, filling a
// scratch cache with stand-in results (one small file per output) until
// every stage has a key, then plans the spec with the new binary in the new
// tree against that cache and compares the keys. Stages are matched by key,
// so renamed addresses (a stage moved into a module) are listed, not failed.
// Nothing is computed.
//
//	go run ./scripts/samekeys -old /tmp/ganpipe-main -old-dir ../main -new bin/ganpipe \
//	    -- -var-file specs/ci/gan_mnist.vars specs/gan_mnist.hcl
//
// With -baseline FILE and the same keys, it renames FILE's results and
// figures from the old addresses to the new ones (result "stage.fid" ->
// "module.eval.stage.fid", metric "fid.fid" -> "module.eval.fid.fid") and
// rewrites it as ganpipe check -update would; values, tolerances, keys and
// digests are untouched.
//
// Exit status 0: the same keys; 1: they differ; 2: an error.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/ganpipe/ganpipe/pipeline/baseline"
	"github.com/ganpipe/ganpipe/pipeline/cache"
	"github.com/ganpipe/ganpipe/stages"
)

type step struct {
	Addr   string `json:"addr"`
	Action string `json:"action"`
	Key    string `json:"key"`
}

func main() {
	oldBin := flag.String("old", "", "the ganpipe binary before the change")
	oldDir := flag.String("old-dir", ".", "the tree the old binary runs in (its specs)")
	newBin := flag.String("new", "", "the ganpipe binary after the change")
	newDir := flag.String("new-dir", ".", "the tree the new binary runs in")
	base := flag.String("baseline", "", "a ganpipe check baseline to rename to the new addresses when the keys agree")
	flag.Parse()
	if *oldBin == "" || *newBin == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: samekeys -old BIN [-old-dir DIR] -new BIN [-new-dir DIR] -- PLAN-ARGS... SPEC")
		os.Exit(2)
	}
	if err := run(context.Background(), *oldBin, *oldDir, *newBin, *newDir, *base, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "samekeys:", err)
		if err == errDiffer {
			os.Exit(1)
		}
		os.Exit(2)
	}
}

var errDiffer = fmt.Errorf("keys differ")

func plan(ctx context.Context, bin, dir, cacheDir string, args []string) ([]step, error) {
	cmd := exec.CommandContext(ctx, bin, append([]string{"plan", "-json", "-cache", cacheDir}, args...)...)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("%s plan: %w", bin, err)
	}
	var steps []step
	if err := json.Unmarshal(out, &steps); err != nil {
		return nil, fmt.Errorf("%s plan -json: %w", bin, err)
	}
	return steps, nil
}

func run(ctx context.Context, oldBin, oldDir, newBin, newDir, base string, args []string) error {
	for _, p := range []*string{&oldBin, &newBin} {
		if abs, err := filepath.Abs(*p); err == nil {
			*p = abs
		}
	}
	tmp, err := os.MkdirTemp("", "samekeys-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	store, err := cache.Open(tmp)
	if err != nil {
		return err
	}
	reg, err := stages.Registry()
	if err != nil {
		return err
	}
	// Every output name of every kind: a stand-in result has them all.
	seen := map[string]bool{}
	var outputs []string
	for _, k := range reg {
		for _, o := range k.Outputs() {
			if !seen[o] {
				seen[o] = true
				outputs = append(outputs, o)
			}
		}
	}
	var before []step
	for {
		before, err = plan(ctx, oldBin, oldDir, tmp, args)
		if err != nil {
			return err
		}
		filled := 0
		for _, s := range before {
			if s.Action != "run" || s.Key == "" {
				continue
			}
			td, err := store.TempDir()
			if err != nil {
				return err
			}
			files := map[string]string{}
			for _, o := range outputs {
				p := filepath.Join(td, o)
				if err := os.WriteFile(p, []byte(s.Key+" "+o), 0o644); err != nil {
					return err
				}
				files[o] = p
			}
			m := &cache.Manifest{Key: s.Key, Addr: s.Addr, Record: json.RawMessage(`{}`), Finished: time.Unix(0, 0).UTC()}
			if err := store.Put(ctx, m, files); err != nil {
				return err
			}
			filled++
		}
		if filled == 0 {
			break
		}
	}
	for _, s := range before {
		if s.Key == "" {
			return fmt.Errorf("old plan: %s has no key", s.Addr)
		}
	}
	after, err := plan(ctx, newBin, newDir, tmp, args)
	if err != nil {
		return err
	}
	oldByKey := map[string]string{}
	for _, s := range before {
		oldByKey[s.Key] = s.Addr
	}
	var renamed, missing []string
	newKeys := map[string]bool{}
	for _, s := range after {
		newKeys[s.Key] = true
		switch old, ok := oldByKey[s.Key]; {
		case !ok:
			missing = append(missing, fmt.Sprintf("%s: new key %s", s.Addr, s.Key))
		case old != s.Addr:
			renamed = append(renamed, fmt.Sprintf("%s -> %s", old, s.Addr))
		}
	}
	for _, s := range before {
		if !newKeys[s.Key] {
			missing = append(missing, fmt.Sprintf("%s: key %s gone", s.Addr, s.Key))
		}
	}
	sort.Strings(renamed)
	sort.Strings(missing)
	for _, r := range renamed {
		fmt.Println("renamed", r)
	}
	for _, m := range missing {
		fmt.Println("differs", m)
	}
	fmt.Printf("%d stages before, %d after, %d renamed, %d keys differ\n", len(before), len(after), len(renamed), len(missing))
	if len(missing) > 0 || len(before) != len(after) {
		return errDiffer
	}
	if base == "" {
		return nil
	}
	rename := map[string]string{}
	for _, s := range after {
		rename[oldByKey[s.Key]] = s.Addr
	}
	return renameBaseline(base, rename)
}

// renameBaseline renames a baseline's results and figures by the address
// map old -> new.
func renameBaseline(path string, rename map[string]string) error {
	f, diags := baseline.Load(path)
	if diags.HasErrors() {
		return diags
	}
	figs := map[string]string{}
	for o, n := range rename {
		figs[figureName(o)] = figureName(n)
	}
	results := map[string]*baseline.Result{}
	changed := 0
	for a, r := range f.Results {
		n, ok := rename[a]
		if !ok {
			return fmt.Errorf("%s: result %s is no stage of the spec", path, a)
		}
		if n != a {
			changed++
		}
		r.Addr = n
		results[n] = r
	}
	entries := map[string]*baseline.Entry{}
	for name, e := range f.Entries {
		// time.FIGURE, or FIGURE.METRIC with the longest FIGURE that fits.
		n := ""
		if fig, ok := strings.CutPrefix(name, "time."); ok {
			nf, ok := figs[fig]
			if !ok {
				return fmt.Errorf("%s: figure %s names no stage of the spec", path, name)
			}
			n = "time." + nf
		} else {
			best := ""
			for of := range figs {
				if strings.HasPrefix(name, of+".") && len(of) > len(best) {
					best = of
				}
			}
			if best == "" {
				return fmt.Errorf("%s: figure %s names no stage of the spec", path, name)
			}
			n = figs[best] + name[len(best):]
		}
		if n != name {
			changed++
		}
		e.Name = n
		entries[n] = e
	}
	f.Results, f.Entries = results, entries
	if err := f.Save(); err != nil {
		return err
	}
	fmt.Printf("%s: %d names changed\n", path, changed)
	return nil
}

// figureName is cmd/ganpipe's: stage.ll["x"] -> ll[x], module.eval.stage.fid
// -> module.eval.fid.
func figureName(addr string) string {
	m := moduleStepsRe.FindString(addr)
	addr = m + strings.TrimPrefix(addr[len(m):], "stage.")
	return strings.NewReplacer(`["`, "[", `"]`, "]").Replace(addr)
}

var moduleStepsRe = regexp.MustCompile(`^(module\.[A-Za-z_][A-Za-z0-9_-]*(\["(?:[^"\\]|\\.)*"\])?\.)*`)
