// config: date=2026-11-23 flags=nodejs_compat
// The stream forms: event order, the chunkSize of data events, bytesWritten, pipe and pipeline through compressor and decompressor, for deflate, gzip, raw, unzip and brotli.
const z = await import('node:zlib');
const { pipeline, Readable, Writable } = await import('node:stream');
const big = Buffer.alloc(100000); for (let i = 0; i < big.length; i++) big[i] = (i * 31) % 251;
const collect = (s) => new Promise((resolve, reject) => { const parts = []; s.on('data', (c) => parts.push(c)); s.on('end', () => resolve(Buffer.concat(parts))); s.on('error', reject); });
const events = [];
const g = z.createGzip();
for (const ev of ['finish', 'end', 'close', 'prefinish']) g.on(ev, () => events.push(ev));
const gz = collect(g);
g.write('hello ');
g.write(Buffer.from('world'));
g.end(new Uint8Array([33]));
console.log(z.gunzipSync(await gz).toString(), events.join(' '), g.bytesWritten, g.bytesRead, g.destroyed);
// decompression of workerd-made bytes: bytesWritten counts the input consumed
const deflated = Buffer.from('789ccb48cdc9c957c8402701680308b1', 'hex');
const inf = z.createInflate({ chunkSize: 64 });
const sizes = [];
inf.on('data', (c) => sizes.push(c.length));
inf.end(deflated);
await new Promise((r) => inf.on('end', r));
console.log('inflate', sizes.join(), inf.bytesWritten);
const inf2 = z.createInflate({ chunkSize: 1024 });
const sizes2 = [];
inf2.on('data', (c) => sizes2.push(c.length));
inf2.end(z.deflateSync(big));
await new Promise((r) => inf2.on('end', r));
console.log('chunks', sizes2.length, sizes2.slice(0, 3).join(), sizes2.reduce((a, b) => a + b, 0));
for (const [c, d] of [['createDeflate', 'createInflate'], ['createGzip', 'createGunzip'], ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip'], ['createDeflate', 'createUnzip'], ['createBrotliCompress', 'createBrotliDecompress']]) {
  const out = [];
  await new Promise((resolve, reject) => pipeline(Readable.from([big.subarray(0, 30000), big.subarray(30000), 'tail']), z[c](), z[d](), new Writable({ write(chunk, e, cb) { out.push(chunk); cb(); } }), (err) => (err ? reject(err) : resolve())));
  const all = Buffer.concat(out);
  console.log(c, d, all.length, all.subarray(0, 100000).equals(big), all.subarray(100000).toString());
}
const src = z.createDeflate();
const dst = z.createInflate();
src.pipe(dst);
const piped = collect(dst);
src.end('piped through');
console.log((await piped).toString());
// readable side paused: data waits for a reader
const p = z.createInflate();
p.end(deflated);
await new Promise((r) => setTimeout(r, 5));
console.log('read', String(p.read()), p.readableLength);
// an empty stream
const e = z.createGzip();
const ez = collect(e);
e.end();
console.log('empty', z.gunzipSync(await ez).length);
// async iteration
const it = z.createGunzip();
it.end(z.gzipSync('iterated'));
let s = '';
for await (const chunk of it) s += chunk;
console.log(s);
