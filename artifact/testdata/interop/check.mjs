// Opens ganpipe artifacts with apache-arrow (the JS implementation, not
// arrow-go) and checks each against expected.json, written by the Go test
// TestInteropNode: Arrow *file* format, row count, column names and JS
// types, schema metadata, and an FNV-1a checksum of every column's values.
//
//   node check.mjs DIR      (DIR holds the .arrow files and expected.json)
//
// Checksum (the Go side computes the same from the values it wrote):
// FNV-1a 32-bit over, per column in row order,
//   fixed-size list   the elements' little-endian bytes
//   list              per row: u32 LE element count, then the elements' bytes
//   utf8, binary      per row: u32 LE byte length, then the bytes
//   int32/int64/f64   the values' little-endian bytes
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordBatchReader, tableFromIPC, Type } from 'apache-arrow';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check.mjs DIR');
  process.exit(2);
}

class FNV {
  constructor() { this.h = 0x811c9dc5; }
  bytes(u8) {
    let h = this.h;
    for (let i = 0; i < u8.length; i++) {
      h ^= u8[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    this.h = h;
  }
  u32(n) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n, true);
    this.bytes(b);
  }
  typed(a) { this.bytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)); }
  hex() { return this.h.toString(16).padStart(8, '0'); }
}

const enc = new TextEncoder();

// scalarBytes returns the little-endian bytes of one primitive value.
function scalarBytes(type, v) {
  const b = new Uint8Array(8);
  const dv = new DataView(b.buffer);
  switch (type.typeId) {
    case Type.Int:
      if (type.bitWidth === 64) { dv.setBigInt64(0, BigInt(v), true); return b; }
      dv.setInt32(0, v, true); return b.subarray(0, 4);
    case Type.Float:
      if (type.precision === 2) { dv.setFloat64(0, v, true); return b; }
      dv.setFloat32(0, v, true); return b.subarray(0, 4);
  }
  throw new Error(`no scalar bytes for ${type}`);
}

function checksum(vec) {
  const f = new FNV();
  const type = vec.type;
  for (let i = 0; i < vec.length; i++) {
    const v = vec.get(i);
    if (v === null) throw new Error(`null at row ${i}`);
    switch (type.typeId) {
      case Type.FixedSizeList:
        f.typed(v.toArray());
        break;
      case Type.List:
        f.u32(v.length);
        f.typed(v.toArray());
        break;
      case Type.Utf8: {
        const b = enc.encode(v);
        f.u32(b.length);
        f.bytes(b);
        break;
      }
      case Type.Binary:
        f.u32(v.length);
        f.bytes(v);
        break;
      default:
        f.bytes(scalarBytes(type, v));
    }
  }
  return f.hex();
}

function describe(bytes) {
  const reader = RecordBatchReader.from(bytes);
  const isFile = reader.isFile();
  const table = tableFromIPC(bytes);
  const metadata = Object.fromEntries([...table.schema.metadata.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const got = {
    format: isFile ? 'file' : 'stream',
    rows: table.numRows,
    batches: table.batches.length,
    fields: table.schema.fields.map((f) => [f.name, String(f.type)]),
    metadata,
    checksums: {},
  };
  for (const f of table.schema.fields) got.checksums[f.name] = checksum(table.getChild(f.name));
  return got;
}

// canon orders object keys so comparison ignores key order (Go's JSON
// encoder sorts map keys; our objects follow schema order).
const canon = (v) =>
  Array.isArray(v) ? v.map(canon)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])]))
  : v;
const same = (a, b) => JSON.stringify(canon(a)) === JSON.stringify(canon(b));

const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
let failed = 0;
const names = Object.keys(expected).sort();
for (const name of names) {
  const want = expected[name];
  let got;
  try {
    got = describe(readFileSync(join(dir, name)));
  } catch (e) {
    console.log(`FAIL ${name}: ${e.stack}`);
    failed++;
    continue;
  }
  const problems = [];
  for (const key of ['format', 'rows', 'fields', 'metadata', 'checksums']) {
    if (!same(got[key], want[key])) problems.push(`${key}: got ${JSON.stringify(got[key])}, want ${JSON.stringify(want[key])}`);
  }
  if (want.batches !== undefined && got.batches !== want.batches) problems.push(`batches: got ${got.batches}, want ${want.batches}`);
  const types = got.fields.map(([n, t]) => `${n}:${t}`).join(' ');
  const sums = Object.entries(got.checksums).map(([n, h]) => `${n}=${h}`).join(' ');
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}\n  ${problems.join('\n  ')}`);
  } else {
    console.log(`ok   ${name}: ${got.format} format, ${got.rows} rows in ${got.batches} batches; ${types}; ${Object.keys(got.metadata).length} metadata keys; fnv ${sums}`);
  }
}
if (failed) {
  console.log(`${failed} of ${names.length} artifacts FAILED`);
  process.exit(1);
}
console.log(`all ${names.length} artifacts OK (apache-arrow JS)`);
