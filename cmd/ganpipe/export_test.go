package main

import (
	"encoding/binary"
	"math"
	"strings"
	"testing"
)

// TestNpyLayout checks the .npy bytes against the NumPy format 1.0 spec
// (numpy.lib.format): magic, version 1.0, header length, a dict literal
// whose padding puts the data at a multiple of 64 bytes, then C-order data.
func TestNpyLayout(t *testing.T) {
	for _, tc := range []struct {
		rows, cols int
		shape      string
	}{{2, 3, "(2, 3)"}, {1, 1, "(1, 1)"}, {400, 784, "(400, 784)"}} {
		data := make([]float32, tc.rows*tc.cols)
		for i := range data {
			data[i] = float32(i) + 0.5
		}
		b := npyFloat32(data, tc.rows, tc.cols)
		if string(b[:8]) != "\x93NUMPY\x01\x00" {
			t.Fatalf("%s: magic/version %q", tc.shape, b[:8])
		}
		hlen := int(binary.LittleEndian.Uint16(b[8:10]))
		start := 10 + hlen
		if start%64 != 0 {
			t.Errorf("%s: data starts at %d, not a multiple of 64", tc.shape, start)
		}
		header := string(b[10:start])
		if !strings.HasSuffix(header, "\n") || !strings.Contains(header, "'shape': "+tc.shape+",") ||
			!strings.Contains(header, "'descr': '<f4'") || !strings.Contains(header, "'fortran_order': False") {
			t.Errorf("%s: header %q", tc.shape, header)
		}
		if got := len(b) - start; got != 4*len(data) {
			t.Fatalf("%s: %d data bytes, want %d", tc.shape, got, 4*len(data))
		}
		last := math.Float32frombits(binary.LittleEndian.Uint32(b[len(b)-4:]))
		if last != data[len(data)-1] {
			t.Errorf("%s: last value %v, want %v", tc.shape, last, data[len(data)-1])
		}
	}
}
