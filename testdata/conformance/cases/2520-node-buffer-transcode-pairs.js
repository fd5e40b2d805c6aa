// config: date=2026-11-23 flags=nodejs_compat
// buffer.transcode (workerd 2026-12-01) over every pair of its four encodings: invalid input, lone surrogates, odd bytes, BOMs and default-ignorables, the result's .buffer.byteLength, the errors (TranscodeException, code, errno) and which encodings it takes.
const B = process.getBuiltinModule('node:buffer');
const { Buffer } = B;
const r = (a, f, t) => { try { const v = B.transcode(Buffer.from(a), f, t); return v.toString('hex') + '/' + v.buffer.byteLength; } catch (e) { return e.constructor.name + ':' + e.code + ':' + e.errno; } };
const encs = ['utf8', 'ucs2', 'latin1', 'ascii'];
const inputs = [[0x61, 0xe9, 0x80, 0xff, 0x00, 0x7f], [0x41], [0x41, 0x00, 0x42], [0x00, 0xd8, 0x41], [0x00, 0xd8, 0x41, 0x00, 0x00, 0xdc], [0x3d, 0xd8, 0x00, 0xde, 0xe9, 0x00],
  [0xff, 0xfe, 0x41, 0x00], [0xef, 0xbb, 0xbf, 0x41], [0xed, 0xa0, 0x80, 0x41], [0xf0, 0x9f, 0x98, 0x80, 0xff], [0x41, 0xe2, 0x82, 0xac, 0xc2, 0xad, 0xcd, 0x8f], [0xc2, 0xad, 0xf3, 0xa0, 0x80, 0x81, 0xef, 0xb8, 0x8f, 0xe2, 0x80, 0x8b]];
for (const a of inputs) for (const f of encs) console.log(Buffer.from(a).toString('hex'), f, encs.map((t) => r(a, f, t)).join(' '));
for (const e of ['UTF-8', 'Binary', 'utf-16le', 'UCS-2', 'ASCII', 'hex', 'base64', 'latin-1', '', null, undefined, 5, { toString() { return 'latin1'; } }])
  console.log(String(e), r([0x61, 0xe9], e, 'ucs2'), r([0x61, 0xe9], 'latin1', e));
console.log(r([], 'bogus', 'bogus'), r([0x41], Symbol('x'), 'utf8'));
try { B.transcode(Buffer.from('a'), 'x', 'y'); } catch (e) { console.log(e.name, e.message, Object.getOwnPropertyNames(e), Object.keys(e), e instanceof Error, String(e), e.constructor.length); }
for (const v of ['x', new Uint16Array(2), new Uint8ClampedArray(2), new DataView(new ArrayBuffer(2)), new ArrayBuffer(2), null]) try { B.transcode(v, 'utf8', 'latin1'); } catch (e) { console.log(e.code, e.message); }
