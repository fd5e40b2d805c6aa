// config: date=2026-11-23 flags=nodejs_compat
// The callback forms: each calls back in a microtask queued by the call (results and errors), with or without options; a missing callback throws.
const z = await import('node:zlib');
const log = [];
await new Promise((resolve) => {
  z.deflate('hello', (err, r) => { log.push('deflate ' + err + ' ' + z.inflateSync(r)); });
  Promise.resolve().then(() => log.push('microtask 1'));
  z.gzip('hello', { level: 9 }, (err, r) => { log.push('gzip ' + err + ' ' + z.gunzipSync(r)); });
  z.deflateRaw('raw', (err, r) => { log.push('deflateRaw ' + err + ' ' + z.inflateRawSync(r)); });
  z.brotliCompress('brotli', (err, r) => { log.push('brotliCompress ' + err + ' ' + z.brotliDecompressSync(r)); });
  z.inflate(Buffer.from('garbage'), (err, r) => { log.push('inflate ' + err.constructor.name + ' ' + err.code + ' ' + err.errno + ' ' + err.message + ' ' + r); });
  queueMicrotask(() => log.push('microtask 2'));
  z.gunzip(z.gzipSync('gz'), {}, (err, r) => { log.push('gunzip ' + err + ' ' + r); });
  z.unzip(z.deflateSync('unzip'), (err, r) => { log.push('unzip ' + err + ' ' + r); });
  z.inflateRaw(z.deflateRawSync('raw2'), (err, r) => { log.push('inflateRaw ' + err + ' ' + r); });
  z.brotliDecompress(z.brotliCompressSync('br'), (err, r) => { log.push('brotliDecompress ' + err + ' ' + r); });
  z.deflate('x', { level: 99 }, (err) => { log.push('level 99 ' + err.name + ' ' + err.message); });
  z.inflate(z.deflateSync('x'.repeat(100)), { maxOutputLength: 10 }, (err) => { log.push('maxOutputLength ' + err.name + ' ' + err.code + ' ' + err.message); });
  z.deflate('info', { info: true }, (err, r) => { log.push('info ' + err + ' ' + Object.keys(r) + ' ' + r.engine.constructor.name + ' ' + z.inflateSync(r.buffer)); });
  z.gunzip(Buffer.from('nope'), { info: true }, (err) => { log.push('info error ' + err.constructor.name + ' ' + err.code + ' ' + err.message); });
  setTimeout(resolve, 5);
});
console.log(log.join('\n'));
for (const f of ['deflate', 'inflate', 'gzip', 'brotliCompress']) {
  try { z[f]('x'); } catch (e) { console.log(f, e.name, e.code, e.message); }
  try { z[f]('x', {}); } catch (e) { console.log(f, e.name, e.code, e.message); }
  try { z[f]('x', {}, 'cb'); } catch (e) { console.log(f, e.name, e.code, e.message); }
}
try { z.deflate(5, () => console.log('called')); } catch (e) { console.log(e.name, e.code, e.message); }
const p = await new Promise((resolve) => z.deflate('promisified', (err, r) => resolve(r)));
console.log(z.inflateSync(p).toString());
const util = await import('node:util');
console.log((await util.promisify(z.gunzip)(z.gzipSync('via promisify'))).toString());
