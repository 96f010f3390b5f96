package pipeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"

	"github.com/ganpipe/ganpipe/speclang"
)

// Record is the canonical description of a stage computation; its SHA-256
// is the cache key. Everything that can change a stage's bytes is in it, and
// nothing else: no paths, no times, no run order.
type Record struct {
	Kind        string            `json:"kind"`
	KindVersion string            `json:"kind_version"`
	Config      json.RawMessage   `json:"config"` // the resolved body; references replaced by their artifacts' digests
	Inputs      map[string]string `json:"inputs"` // reference -> digest of the artifact it names
	Seed        int64             `json:"seed"`
	Extra       map[string]string `json:"extra,omitempty"` // KeyExtender fields (source file checksums)
	Versions    map[string]string `json:"versions"`        // ganpipe, gorgonia, blas backend
}

// Key hashes the record's canonical JSON (encoding/json sorts map keys and
// the config is already canonical cty JSON).
func (r *Record) Key() (string, []byte, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return "", nil, err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), b, nil
}

// DeriveSeed gives a stage its own seed from the pipeline seed and its
// address, so results never depend on the order stages happen to run in.
func DeriveSeed(pipelineSeed int64, addr string) int64 {
	h := sha256.New()
	fmt.Fprintf(h, "ganpipe-seed\x00%d\x00%s", pipelineSeed, addr)
	return int64(binary.BigEndian.Uint64(h.Sum(nil)[:8]) >> 1)
}

// canonicalConfig renders a stage config as JSON with every reference
// replaced by "artifact <digest>" (and the metric name for a metric
// reference), so the key follows the inputs' content, not their names.
func canonicalConfig(cfg cty.Value, digest func(speclang.Ref) (string, bool)) (json.RawMessage, error) {
	var missing error
	v, err := cty.Transform(cfg, func(p cty.Path, v cty.Value) (cty.Value, error) {
		ref, ok := speclang.RefOf(v)
		if !ok {
			return v, nil
		}
		d, ok := digest(ref)
		if !ok {
			missing = fmt.Errorf("no digest for %s", ref)
			return cty.StringVal("unknown"), nil
		}
		s := "artifact " + d
		if ref.Field != "" {
			s += " field " + ref.Field
		}
		return cty.StringVal(s), nil
	})
	if err != nil {
		return nil, err
	}
	if missing != nil {
		return nil, missing
	}
	if !v.IsWhollyKnown() {
		return nil, fmt.Errorf("config has unknown values")
	}
	b, err := ctyjson.Marshal(v, v.Type())
	if err != nil {
		return nil, err
	}
	return b, nil
}

// Change is one key field that differs between two records.
type Change struct {
	Field    string // e.g. config.iters, inputs.stage.ae.codes, versions.blas
	Old, New string
}

// DiffRecords lists the fields that differ between two key records, sorted.
func DiffRecords(oldRec, newRec []byte) ([]Change, error) {
	var a, b any
	if err := json.Unmarshal(oldRec, &a); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(newRec, &b); err != nil {
		return nil, err
	}
	fa, fb := map[string]string{}, map[string]string{}
	flatten("", a, fa)
	flatten("", b, fb)
	var out []Change
	for k, va := range fa {
		vb, ok := fb[k]
		if !ok {
			vb = "(absent)"
		}
		if va != vb {
			out = append(out, Change{Field: k, Old: va, New: vb})
		}
	}
	for k, vb := range fb {
		if _, ok := fa[k]; !ok {
			out = append(out, Change{Field: k, Old: "(absent)", New: vb})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Field < out[j].Field })
	return out, nil
}

// FlattenRecord renders a record as sorted field/value pairs for explain.
func FlattenRecord(rec []byte) ([][2]string, error) {
	// Numbers keep their JSON text: through float64 a 64-bit seed such as
	// 3496477586206792713 would print as 3496477586206792700.
	dec := json.NewDecoder(bytes.NewReader(rec))
	dec.UseNumber()
	var a any
	if err := dec.Decode(&a); err != nil {
		return nil, err
	}
	m := map[string]string{}
	flatten("", a, m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([][2]string, len(keys))
	for i, k := range keys {
		out[i] = [2]string{k, m[k]}
	}
	return out, nil
}

func flatten(prefix string, v any, out map[string]string) {
	join := func(k string) string {
		if prefix == "" {
			return k
		}
		return prefix + "." + k
	}
	switch t := v.(type) {
	case map[string]any:
		if len(t) == 0 {
			out[prefix] = "{}"
		}
		for k, e := range t {
			flatten(join(k), e, out)
		}
	case []any:
		// Lists of scalars read best whole: "[1024, 32]".
		scalar := true
		for _, e := range t {
			switch e.(type) {
			case map[string]any, []any:
				scalar = false
			}
		}
		if scalar {
			b, _ := json.Marshal(t)
			out[prefix] = string(b)
			return
		}
		for i, e := range t {
			flatten(join(strconv.Itoa(i)), e, out)
		}
	default:
		b, _ := json.Marshal(t)
		out[prefix] = string(b)
	}
}
