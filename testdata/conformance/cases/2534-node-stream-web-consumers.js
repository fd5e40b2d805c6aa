// config: date=2026-11-23 flags=nodejs_compat
// node:stream/web is the global stream classes; node:stream/consumers reads a Readable, a ReadableStream, an async generator and an array as text, json, arrayBuffer, blob and buffer (split UTF-8 sequences decoded whole), and rejects what is not iterable.
const spec = (n) => ['node', n].join(':');
const web = await import(spec('stream/web'));
console.log(Object.keys(web).join());
console.log(Object.entries(web.default).map(([k, v]) => k + ':' + (v === globalThis[k])).join());
const c = await import(spec('stream/consumers'));
console.log(Object.keys(c).join(), Object.keys(c.default).join(), c.text.length, c.text.name);
const { Readable } = await import('node:stream');
const euro = new TextEncoder().encode('€uro');
console.log(await c.text(Readable.from([euro.slice(0, 1), euro.slice(1)])));
console.log(await c.text(new Blob(['from ', 'a blob']).stream()));
console.log(JSON.stringify(await c.json(Readable.from(['{"a":', '[1,2]}']))));
async function* gen() { yield 'x'; yield new Uint8Array([121]); }
console.log(await c.text(gen()));
const ab = await c.arrayBuffer(Readable.from([new Uint8Array([1, 2]), new Uint8Array([3])]));
console.log(ab instanceof ArrayBuffer, ab.byteLength, [...new Uint8Array(ab)].join());
const b = await c.blob(Readable.from(['ab', 'c']));
console.log(b instanceof Blob, b.size, await b.text());
const buf = await c.buffer(Readable.from(['hi']));
console.log(Buffer.isBuffer(buf), buf.toString('hex'));
console.log(await c.text(['a', 'b']));
try { await c.json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
try { await c.text(5); } catch (e) { console.log(e.name); }
