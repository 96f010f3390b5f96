package datasets

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// idxBytes builds an IDX file in memory: magic, big-endian dims, payload.
func idxBytes(magic uint32, dims []uint32, payload []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, magic)
	for _, d := range dims {
		binary.Write(&b, binary.BigEndian, d)
	}
	b.Write(payload)
	return b.Bytes()
}

func gz(t *testing.T, raw []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(raw); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// seqBytes returns n bytes with value (i*7+start) mod 256, a pattern that
// shows reordering or shifting of the payload.
func seqBytes(n, start int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + start)
	}
	return b
}

func TestReadIDXImages(t *testing.T) {
	pix := seqBytes(3*2*4, 1)
	good := idxBytes(idxMagicImages, []uint32{3, 2, 4}, pix)
	cases := []struct {
		name    string
		data    []byte
		wantErr string // substring; empty means success
	}{
		{"raw", good, ""},
		// The gzip copy is named without .gz on purpose: detection is by magic bytes.
		{"gzip", gz(t, good), ""},
		{"wrong magic", idxBytes(idxMagicLabels, []uint32{3, 2, 4}, pix), "wrong magic number: expected 0x00000803"},
		{"truncated header", good[:9], "truncated header: expected 16 bytes, got 9"},
		{"truncated data", good[:len(good)-5], "truncated data: dims [3 2 4] need 24 bytes, got 19"},
		{"truncated gzip", gz(t, good)[:30], "data"},
		{"trailing bytes", append(append([]byte{}, good...), 1, 2, 3), "size mismatch: dims [3 2 4] need 24 data bytes, file has 3 more"},
		{"zero dim", idxBytes(idxMagicImages, []uint32{3, 0, 4}, nil), "dimension 1 is zero"},
		{"huge header", idxBytes(idxMagicImages, []uint32{1 << 20, 1 << 10, 1 << 10}, nil), "more than"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "images", tc.data)
			n, rows, cols, got, err := ReadIDXImages(p)
			if tc.wantErr != "" {
				if err == nil {
					t.Fatalf("no error, want one containing %q", tc.wantErr)
				}
				if !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), p) {
					t.Fatalf("error %q should contain %q and the file name", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if n != 3 || rows != 2 || cols != 4 || !bytes.Equal(got, pix) {
				t.Fatalf("got n=%d rows=%d cols=%d pix=%v, want 3 2 4 %v", n, rows, cols, got, pix)
			}
		})
	}
}

func TestReadIDXLabels(t *testing.T) {
	lbl := []byte{3, 1, 4, 1, 5}
	good := idxBytes(idxMagicLabels, []uint32{5}, lbl)
	cases := []struct {
		name, wantErr string
		data          []byte
	}{
		{"raw", "", good},
		{"gzip", "", gz(t, good)},
		{"image magic", "wrong magic number: expected 0x00000801", idxBytes(idxMagicImages, []uint32{5}, lbl)},
		{"short", "need 5 bytes, got 4", good[:len(good)-1]},
		{"long", "size mismatch", append(append([]byte{}, good...), 9)},
		{"empty file", "truncated header: expected 8 bytes, got 0", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "labels.gz", tc.data)
			got, err := ReadIDXLabels(p)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || !bytes.Equal(got, lbl) {
				t.Fatalf("got %v, %v; want %v", got, err, lbl)
			}
		})
	}
}

func TestReadIDXMissingFile(t *testing.T) {
	_, err := ReadIDXLabels(filepath.Join(t.TempDir(), "nope"))
	if err == nil || !strings.Contains(err.Error(), "nope") {
		t.Fatalf("err = %v, want a not-found error naming the file", err)
	}
}

func TestFileSHA256(t *testing.T) {
	// Reference: SHA-256("abc") from FIPS 180-2, appendix B.1.
	p := writeFile(t, t.TempDir(), "abc", []byte("abc"))
	got, err := FileSHA256(p)
	if err != nil {
		t.Fatal(err)
	}
	const want = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
	if got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}
