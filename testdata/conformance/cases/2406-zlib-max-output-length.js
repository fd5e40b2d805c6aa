// config: date=2026-11-23 flags=nodejs_compat
// maxOutputLength bounds a decompression (ERR_BUFFER_TOO_LARGE) in the Sync, callback, info and stream forms: a small input that inflates to 1 MiB, 16 MiB or 64 MiB of zeros.
const z = await import('node:zlib');
const bomb = z.deflateSync(Buffer.alloc(1 << 20));
const show = (label, f) => { try { const r = f(); console.log(label, 'ok', r.length === undefined ? Object.keys(r) : r.length); } catch (e) { console.log(label, e.constructor.name, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join()); } };
show('inflateSync limit 1000', () => z.inflateSync(bomb, { maxOutputLength: 1000 }));
show('inflateSync limit exact', () => z.inflateSync(bomb, { maxOutputLength: 1 << 20 }));
show('inflateSync limit one less', () => z.inflateSync(bomb, { maxOutputLength: (1 << 20) - 1 }));
show('gunzipSync limit', () => z.gunzipSync(z.gzipSync(Buffer.alloc(100000)), { maxOutputLength: 99999 }));
show('inflateRawSync limit', () => z.inflateRawSync(z.deflateRawSync(Buffer.alloc(5000)), { maxOutputLength: 4096 }));
show('brotliDecompressSync limit', () => z.brotliDecompressSync(z.brotliCompressSync(Buffer.alloc(5000)), { maxOutputLength: 100 }));
show('info limit', () => z.inflateSync(bomb, { maxOutputLength: 1000, info: true }));
show('info limit exact', () => z.inflateSync(bomb, { maxOutputLength: 1 << 20, info: true }).buffer);
await new Promise((resolve) => z.inflate(bomb, { maxOutputLength: 1000 }, (err, r) => { console.log('inflate', err && err.code, err && err.message, r); resolve(); }));
await new Promise((resolve) => z.unzip(bomb, { maxOutputLength: 2000, info: true }, (err, r) => { console.log('unzip info', err && err.code, err && err.message, r); resolve(); }));
// 64 MiB of zeros, compressed twice: the outer layer is small; the stream
// form hands it out chunk by chunk, never all at once.
const inner = z.deflateSync(Buffer.alloc(64 << 20));
const outer = z.deflateSync(inner);
console.log('sizes', inner.length < 70000, outer.length < 1000);
const inf = z.createInflate({ chunkSize: 1 << 16 });
const mid = z.createInflate();
let total = 0, chunks = 0, biggest = 0;
mid.on('data', (c) => { total += c.length; chunks++; biggest = Math.max(biggest, c.length); });
inf.pipe(mid);
await new Promise((resolve) => { mid.on('end', resolve); inf.end(outer); });
console.log('stream total', total, total === 64 << 20, 'biggest chunk', biggest, chunks > 1000);
