package datasets

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// IDX magic numbers: two zero bytes, a type code (0x08 = unsigned byte) and
// the number of dimensions.
const (
	idxMagicImages = 0x00000803 // ubyte, 3 dimensions (n, rows, cols)
	idxMagicLabels = 0x00000801 // ubyte, 1 dimension (n)
)

// maxIDXBytes bounds the payload a header may announce, so a corrupt header
// cannot make the reader allocate gigabytes. MNIST-sized files are ~47 MB.
const maxIDXBytes = 1 << 31

// ReadIDXImages reads an IDX3 unsigned-byte image file (raw or gzip; gzip is
// recognised by its magic bytes, not by the file name). pix holds n*rows*cols
// bytes, image-major then row-major, exactly as stored.
func ReadIDXImages(path string) (n, rows, cols int, pix []uint8, err error) {
	dims, data, err := readIDX(path, idxMagicImages, 3)
	if err != nil {
		return 0, 0, 0, nil, err
	}
	return dims[0], dims[1], dims[2], data, nil
}

// ReadIDXLabels reads an IDX1 unsigned-byte label file (raw or gzip).
func ReadIDXLabels(path string) ([]uint8, error) {
	_, data, err := readIDX(path, idxMagicLabels, 1)
	return data, err
}

// readIDX reads and checks one IDX file: the magic number, the dimensions, and
// that the payload holds exactly prod(dims) bytes (no fewer, no more).
func readIDX(path string, wantMagic uint32, ndim int) ([]int, []uint8, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("idx: %w", err)
	}
	defer f.Close()

	br := bufio.NewReader(f)
	var r io.Reader = br
	compressed := false
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, fmt.Errorf("idx %s: bad gzip header: %w", path, err)
		}
		defer zr.Close()
		r = zr
		compressed = true
	}

	header := make([]byte, 4+4*ndim)
	if got, err := io.ReadFull(r, header); err != nil {
		return nil, nil, fmt.Errorf("idx %s: truncated header: expected %d bytes, got %d (%v)", path, len(header), got, err)
	}
	magic := binary.BigEndian.Uint32(header)
	if magic != wantMagic {
		return nil, nil, fmt.Errorf("idx %s: wrong magic number: expected 0x%08x (%s), got 0x%08x", path, wantMagic, idxKind(wantMagic), magic)
	}
	dims := make([]int, ndim)
	total := 1
	for i := range dims {
		v := binary.BigEndian.Uint32(header[4+4*i:])
		dims[i] = int(v)
		if v == 0 {
			return nil, nil, fmt.Errorf("idx %s: dimension %d is zero", path, i)
		}
		total *= dims[i]
		if total > maxIDXBytes {
			return nil, nil, fmt.Errorf("idx %s: header announces more than %d bytes (dims %v)", path, maxIDXBytes, dims[:i+1])
		}
	}
	data := make([]uint8, total)
	got, err := io.ReadFull(r, data)
	if err != nil {
		what := "truncated"
		if compressed && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
			what = "corrupt gzip stream"
		}
		return nil, nil, fmt.Errorf("idx %s: %s data: dims %v need %d bytes, got %d (%v)", path, what, dims, total, got, err)
	}
	// Trailing bytes mean the header and the payload disagree: refuse rather
	// than silently dropping data.
	var extra [512]byte
	n, err := io.ReadFull(r, extra[:])
	if n > 0 {
		more, _ := io.Copy(io.Discard, r)
		return nil, nil, fmt.Errorf("idx %s: size mismatch: dims %v need %d data bytes, file has %d more", path, dims, total, int64(n)+more)
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, nil, fmt.Errorf("idx %s: reading past data: %w", path, err)
	}
	return dims, data, nil
}

func idxKind(magic uint32) string {
	switch magic {
	case idxMagicImages:
		return "ubyte images, 3 dims"
	case idxMagicLabels:
		return "ubyte labels, 1 dim"
	}
	return "unknown"
}
