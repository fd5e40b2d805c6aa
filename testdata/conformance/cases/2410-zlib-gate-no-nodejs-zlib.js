// config: date=2026-11-23 flags=nodejs_compat,no_nodejs_zlib
// With no_nodejs_zlib the module is there, its constants and crc32 work, and every other function throws workerd's error.
const z = await import('node:zlib');
console.log(Object.keys(z).length, z.crc32('abc'), z.constants.Z_SYNC_FLUSH, typeof z.Deflate);
for (const f of ['deflateSync', 'inflate', 'createGzip', 'brotliCompressSync', 'zstdCompress']) {
  try { z[f]('x'); console.log(f, 'worked'); } catch (e) { console.log(f, e.constructor.name, e.code, e.message); }
}
try { new z.Gzip(); } catch (e) { console.log('new Gzip', e.message); }
console.log(z.deflateSync.name, z.deflateSync.length, z.Gzip.name, z.default.inflateSync.name);
