// config: date=2026-11-23 flags=nodejs_compat
// node:zlib's named exports, the types of its functions and classes, their length and name, constants and codes.
const z = await import('node:zlib');
console.log(Object.keys(z).sort().join());
const fns = Object.keys(z).filter((k) => typeof z[k] === 'function').sort();
console.log(fns.map((k) => k + '/' + z[k].length + '/' + z[k].name).join(' '));
console.log(JSON.stringify(z.constants));
console.log(JSON.stringify(z.codes));
console.log(z.default.constants === z.constants, z.default.deflateSync === z.deflateSync, z.default.ZSTD_c_windowLog, z.default.BROTLI_PARAM_SIZE_HINT, Object.isFrozen(z.constants));
const { Transform } = await import('node:stream');
for (const C of [z.Deflate, z.Inflate, z.Gzip, z.Gunzip, z.DeflateRaw, z.InflateRaw, z.Unzip, z.BrotliCompress, z.BrotliDecompress]) {
  const s = new C();
  console.log(C.name, s instanceof Transform, s instanceof C, Object.getPrototypeOf(Object.getPrototypeOf(C.prototype)).constructor.name, typeof s.params, typeof s.flush, typeof s.reset, s.bytesWritten, s._closed);
}
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(z.Deflate.prototype)).join());
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(z.Deflate.prototype))).join());
