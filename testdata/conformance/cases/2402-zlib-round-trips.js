// config: date=2026-11-23 flags=nodejs_compat
// Round trips through every Sync pair, with levels, windows, memLevels, strategies and chunk sizes, of text, binary, empty and 200 KB inputs.
const z = await import('node:zlib');
const bin = Buffer.alloc(200000); let x = 1; for (let i = 0; i < bin.length; i++) { x = (x * 1103515245 + 12345) >>> 0; bin[i] = i % 3 ? x >>> 24 : 65 + (i % 26); }
const inputs = { empty: Buffer.alloc(0), text: Buffer.from('ünïcödé ✓ '.repeat(50)), bin };
const pairs = [['deflateSync', 'inflateSync'], ['deflateSync', 'unzipSync'], ['gzipSync', 'gunzipSync'], ['gzipSync', 'unzipSync'], ['deflateRawSync', 'inflateRawSync'], ['brotliCompressSync', 'brotliDecompressSync']];
for (const [c, d] of pairs) {
  const res = [];
  for (const [name, data] of Object.entries(inputs)) res.push(name + ':' + z[d](z[c](data)).equals(data));
  console.log(c, d, res.join(' '));
}
const opts = [{ level: 0 }, { level: 1 }, { level: 5 }, { level: 9 }, { level: -1 }, { windowBits: 9 }, { windowBits: 12 }, { memLevel: 1 }, { memLevel: 9 },
  { strategy: z.constants.Z_FILTERED }, { strategy: z.constants.Z_HUFFMAN_ONLY }, { strategy: z.constants.Z_RLE }, { strategy: z.constants.Z_FIXED },
  { chunkSize: 64 }, { chunkSize: 1 << 20 }];
for (const o of opts) {
  const res = [];
  for (const [name, data] of Object.entries(inputs)) {
    res.push(name + ':' + [z.inflateSync(z.deflateSync(data, o), o).equals(data), z.gunzipSync(z.gzipSync(data, o), o).equals(data), z.inflateRawSync(z.deflateRawSync(data, o), o).equals(data)].join('/'));
  }
  console.log(JSON.stringify(o), res.join(' '));
}
for (const q of [0, 1, 5, 11]) {
  const p = { params: { [z.constants.BROTLI_PARAM_QUALITY]: q, [z.constants.BROTLI_PARAM_LGWIN]: 16, [z.constants.BROTLI_PARAM_MODE]: z.constants.BROTLI_MODE_TEXT } };
  console.log('brotli quality', q, z.brotliDecompressSync(z.brotliCompressSync(bin, p)).equals(bin));
}
console.log(z.inflateSync(z.deflateSync('a string')).toString(), z.gunzipSync(z.gzipSync(new Uint16Array([1, 2, 3]))).length, z.inflateSync(z.deflateSync(new ArrayBuffer(5))).length);
console.log(z.deflateSync(bin).length < bin.length, z.deflateSync(bin, { level: 0 }).length > bin.length, z.gzipSync('x').subarray(0, 4).toString('hex'), z.deflateSync('x').subarray(0, 2).toString('hex'), z.deflateSync('x', { level: 9 }).subarray(0, 2).toString('hex'), z.deflateSync('x', { windowBits: 9 }).subarray(0, 1).toString('hex'));
