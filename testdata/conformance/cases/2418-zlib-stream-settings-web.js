// config: date=2026-11-23 flags=nodejs_compat
// Stream instances' settings (level, strategy, flush flags, highWaterMark, encoding and objectMode dropped), codes frozen, close(), a zlib stream through Readable.toWeb, and node:zlib beside the Compression and DecompressionStream globals.
const z = await import('node:zlib');
try { z.Gzip(); } catch (e) { console.log('call class', e.constructor.name); }
const d = new z.Deflate({ level: 3, strategy: 1, highWaterMark: 10 });
console.log(d._level, d._strategy, d.readableHighWaterMark, d.writableHighWaterMark, d._chunkSize, d._defaultFlushFlag, d._finishFlushFlag, d._defaultFullFlushFlag, d._maxOutputLength, d._info);
const b = new z.BrotliCompress();
console.log(b._defaultFlushFlag, b._finishFlushFlag, b._defaultFullFlushFlag, typeof b.params);
const zs = new z.ZstdCompress();
console.log(zs._defaultFlushFlag, zs._finishFlushFlag, zs._defaultFullFlushFlag);
console.log(Object.isFrozen(z.codes), Object.getOwnPropertyDescriptor(z.default, 'constants').writable, Object.getOwnPropertyDescriptor(z.default, 'Z_OK').enumerable);
const e = new z.Deflate({ encoding: 'hex', objectMode: true });
console.log(e.readableEncoding, e.readableObjectMode, e.writableObjectMode);
const g = z.createGzip();
const ev = [];
for (const n of ['close', 'finish', 'end', 'error']) g.on(n, () => ev.push(n));
g.close();
await new Promise((r) => setTimeout(r, 5));
console.log('close events', ev.join(), g.destroyed, g._closed);
const i = z.createGunzip();
const { Readable } = await import('node:stream');
const web = Readable.toWeb(Readable.from([z.gzipSync('via web streams')]).pipe(i));
let out = '';
for await (const c of web) out += Buffer.from(c).toString();
console.log(out);
const r = new Response(z.gzipSync('response body')).body.pipeThrough(new DecompressionStream('gzip'));
console.log(await new Response(r).text());
const cs = new Response('compressed by CompressionStream').body.pipeThrough(new CompressionStream('deflate'));
console.log(z.inflateSync(Buffer.from(await new Response(cs).arrayBuffer())).toString());
