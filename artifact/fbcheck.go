package artifact

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// arrow-go (v18.8.0) trusts the flatbuffer metadata of an IPC file: a
// schema whose fields vector claims 2^32 entries makes it call make() with
// that length, and the failed allocation is a fatal runtime error, not a
// panic that recover can catch (found by FuzzReadMatrix). So before arrow-go
// sees a footer or a record batch message, verifyFooter / verifyMessage
// check every offset and vector length they will follow against the buffer
// they live in. This is a structural check in the spirit of the flatbuffers
// verifier (which Go lacks), limited to the tables the Arrow format defines.

var errFlatbuf = errors.New("malformed flatbuffer metadata")

// maxTables bounds the tables visited in one verification: offsets may
// share subtables, so a small file could otherwise describe a huge tree.
const maxTables = 100_000

type fbuf struct {
	b      []byte
	tables int
}

type fbtable struct {
	f        *fbuf
	pos, vt  int // table and vtable positions
	vtsize   int
	tablelen int
}

func (f *fbuf) u32(p int) (uint32, error) {
	if p < 0 || p+4 > len(f.b) {
		return 0, errFlatbuf
	}
	return binary.LittleEndian.Uint32(f.b[p:]), nil
}

func (f *fbuf) u16(p int) (int, error) {
	if p < 0 || p+2 > len(f.b) {
		return 0, errFlatbuf
	}
	return int(binary.LittleEndian.Uint16(f.b[p:])), nil
}

// table checks the table at pos and its vtable.
func (f *fbuf) table(pos int) (fbtable, error) {
	f.tables++
	if f.tables > maxTables {
		return fbtable{}, fmt.Errorf("%w: more than %d tables", errFlatbuf, maxTables)
	}
	so, err := f.u32(pos)
	if err != nil {
		return fbtable{}, err
	}
	vt := int64(pos) - int64(int32(so))
	if vt < 0 || vt > int64(len(f.b)) {
		return fbtable{}, errFlatbuf
	}
	t := fbtable{f: f, pos: pos, vt: int(vt)}
	if t.vtsize, err = f.u16(t.vt); err != nil {
		return fbtable{}, err
	}
	if t.tablelen, err = f.u16(t.vt + 2); err != nil {
		return fbtable{}, err
	}
	if t.vtsize < 4 || t.vtsize%2 != 0 || t.vt+t.vtsize > len(f.b) || t.tablelen < 4 || pos+t.tablelen > len(f.b) {
		return fbtable{}, errFlatbuf
	}
	return t, nil
}

// field returns the absolute position of field i, or -1 if absent, after
// checking that size bytes fit inside the table.
func (t fbtable) field(i, size int) (int, error) {
	o := 4 + 2*i
	if o+2 > t.vtsize {
		return -1, nil
	}
	off, err := t.f.u16(t.vt + o)
	if err != nil || off == 0 {
		return -1, err
	}
	if off+size > t.tablelen {
		return -1, errFlatbuf
	}
	return t.pos + off, nil
}

// ref follows the uoffset in field i; -1 if absent.
func (t fbtable) ref(i int) (int, error) {
	p, err := t.field(i, 4)
	if err != nil || p < 0 {
		return -1, err
	}
	u, err := t.f.u32(p)
	if err != nil {
		return -1, err
	}
	target := int64(p) + int64(u)
	if target >= int64(len(t.f.b)) {
		return -1, errFlatbuf
	}
	return int(target), nil
}

// vector checks the vector in field i (elements of elem bytes) and returns
// the position of its first element and its length; n = 0 if absent.
func (t fbtable) vector(i, elem int) (start, n int, err error) {
	p, err := t.ref(i)
	if err != nil || p < 0 {
		return 0, 0, err
	}
	u, err := t.f.u32(p)
	if err != nil {
		return 0, 0, err
	}
	if int64(p)+4+int64(u)*int64(elem) > int64(len(t.f.b)) {
		return 0, 0, fmt.Errorf("%w: vector of %d entries overruns the buffer", errFlatbuf, u)
	}
	return p + 4, int(u), nil
}

// sub checks the table in field i; ok is false if absent.
func (t fbtable) sub(i int) (fbtable, bool, error) {
	p, err := t.ref(i)
	if err != nil || p < 0 {
		return fbtable{}, false, err
	}
	s, err := t.f.table(p)
	return s, err == nil, err
}

// tables checks a vector of tables in field i and calls fn on each.
func (t fbtable) tables(i int, fn func(fbtable) error) error {
	start, n, err := t.vector(i, 4)
	if err != nil {
		return err
	}
	for k := 0; k < n; k++ {
		p := start + 4*k
		u, err := t.f.u32(p)
		if err != nil {
			return err
		}
		target := int64(p) + int64(u)
		if target >= int64(len(t.f.b)) {
			return errFlatbuf
		}
		s, err := t.f.table(int(target))
		if err != nil {
			return err
		}
		if fn != nil {
			if err := fn(s); err != nil {
				return err
			}
		}
	}
	return nil
}

func root(b []byte) (fbtable, error) {
	f := &fbuf{b: b}
	u, err := f.u32(0)
	if err != nil {
		return fbtable{}, err
	}
	return f.table(int(u))
}

func verifyKVs(t fbtable, i int) error {
	return t.tables(i, func(kv fbtable) error {
		if _, _, err := kv.vector(0, 1); err != nil {
			return err
		}
		_, _, err := kv.vector(1, 1)
		return err
	})
}

// Arrow's schema tables (format/Schema.fbs).
const unionTypeID = 14 // Type.Union: its table has a typeIds vector

func verifyField(t fbtable, depth int) error {
	if depth > 64 {
		return fmt.Errorf("%w: fields nested deeper than 64", errFlatbuf)
	}
	if _, _, err := t.vector(0, 1); err != nil { // name
		return err
	}
	tp, err := t.field(2, 1) // type_type
	if err != nil {
		return err
	}
	typ, ok, err := t.sub(3) // type
	if err != nil {
		return err
	}
	if ok && tp >= 0 && t.f.b[tp] == unionTypeID {
		if _, _, err := typ.vector(1, 4); err != nil {
			return err
		}
	}
	dict, ok, err := t.sub(4) // dictionary
	if err != nil {
		return err
	}
	if ok {
		if _, _, err := dict.sub(1); err != nil { // indexType
			return err
		}
	}
	if err := t.tables(5, func(c fbtable) error { return verifyField(c, depth+1) }); err != nil {
		return err
	}
	return verifyKVs(t, 6)
}

func verifySchema(t fbtable) error {
	if err := t.tables(1, func(f fbtable) error { return verifyField(f, 0) }); err != nil {
		return err
	}
	if err := verifyKVs(t, 2); err != nil {
		return err
	}
	_, _, err := t.vector(3, 8) // features
	return err
}

// fileBlock is one entry of the footer's recordBatches vector.
type fileBlock struct {
	offset int64
	meta   int32
	body   int64
}

// verifyFooter checks the footer flatbuffer of an Arrow file of the given
// size read from r, and returns its record batch blocks.
func verifyFooter(r io.ReaderAt, size int64) ([]fileBlock, error) {
	const tail = 10 // int32 footer length + "ARROW1"
	if size < tail+8 {
		return nil, fmt.Errorf("file too small (%d bytes)", size)
	}
	var lenbuf [4]byte
	if _, err := r.ReadAt(lenbuf[:], size-tail); err != nil {
		return nil, err
	}
	n := int64(int32(binary.LittleEndian.Uint32(lenbuf[:])))
	if n <= 0 || n > size-tail-8 {
		return nil, fmt.Errorf("invalid footer length %d", n)
	}
	b := make([]byte, n)
	if _, err := r.ReadAt(b, size-tail-n); err != nil {
		return nil, err
	}
	footer, err := root(b)
	if err != nil {
		return nil, fmt.Errorf("footer: %w", err)
	}
	schema, ok, err := footer.sub(1)
	if err == nil && ok {
		err = verifySchema(schema)
	}
	if err != nil {
		return nil, fmt.Errorf("footer schema: %w", err)
	}
	if _, _, err := footer.vector(2, 24); err != nil { // dictionaries
		return nil, fmt.Errorf("footer: %w", err)
	}
	start, count, err := footer.vector(3, 24) // recordBatches
	if err != nil {
		return nil, fmt.Errorf("footer: %w", err)
	}
	if err := verifyKVs(footer, 4); err != nil {
		return nil, fmt.Errorf("footer metadata: %w", err)
	}
	blocks := make([]fileBlock, count)
	for i := range blocks {
		p := b[start+24*i:]
		blocks[i] = fileBlock{
			offset: int64(binary.LittleEndian.Uint64(p)),
			meta:   int32(binary.LittleEndian.Uint32(p[8:])),
			body:   int64(binary.LittleEndian.Uint64(p[16:])),
		}
	}
	return blocks, nil
}

// verifyMessage checks the metadata flatbuffer of a record batch message.
// Blocks that do not fit the file are left to arrow-go, which rejects them.
func verifyMessage(r io.ReaderAt, size int64, blk fileBlock) error {
	if blk.offset < 0 || blk.meta < 8 || blk.offset > size || int64(blk.meta) > size-blk.offset {
		return nil
	}
	b := make([]byte, blk.meta)
	if _, err := r.ReadAt(b, blk.offset); err != nil {
		return err
	}
	prefix := 4
	if binary.LittleEndian.Uint32(b) == 0xFFFFFFFF {
		prefix = 8
	}
	n := int64(binary.LittleEndian.Uint32(b[prefix-4:]))
	if n > int64(len(b)-prefix) {
		return fmt.Errorf("%w: message length %d exceeds its block", errFlatbuf, n)
	}
	msg, err := root(b[prefix : prefix+int(n)])
	if err != nil {
		return err
	}
	if err := verifyKVs(msg, 4); err != nil {
		return err
	}
	hdr, ok, err := msg.sub(2)
	if err != nil || !ok {
		return err
	}
	ht, err := msg.field(1, 1)
	if err != nil || ht < 0 {
		return err
	}
	switch msg.f.b[ht] {
	case 2: // DictionaryBatch: its data is a RecordBatch
		rb, ok, err := hdr.sub(1)
		if err != nil || !ok {
			return err
		}
		return verifyRecordBatch(rb)
	case 3: // RecordBatch
		return verifyRecordBatch(hdr)
	}
	return nil
}

func verifyRecordBatch(t fbtable) error {
	if _, _, err := t.vector(1, 16); err != nil { // nodes
		return err
	}
	if _, _, err := t.vector(2, 16); err != nil { // buffers
		return err
	}
	if _, _, err := t.sub(3); err != nil { // compression
		return err
	}
	_, _, err := t.vector(4, 8) // variadicBufferCounts
	return err
}
