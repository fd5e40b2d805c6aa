const text = 'hello hello hello hello streams';
const bytes = new TextEncoder().encode(text);
for (const format of ['gzip', 'deflate', 'deflate-raw']) {
  const out = [];
  const rs = new ReadableStream({ start(c) { c.enqueue(bytes); c.close(); } })
    .pipeThrough(new CompressionStream(format))
    .pipeThrough(new DecompressionStream(format));
  for await (const chunk of rs) out.push(...chunk);
  console.log(format, new TextDecoder().decode(new Uint8Array(out)) === text);
}
const bad = async (format, data) => {
  const ds = new DecompressionStream(format);
  const w = ds.writable.getWriter();
  w.write(data).catch(() => {});
  w.close().catch(() => {});
  try { await ds.readable.getReader().read(); console.log('no error'); } catch (e) { console.log(format, e.constructor.name, e.message); }
};
await bad('gzip', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
await bad('deflate', new Uint8Array([120, 156]));
const cs = new CompressionStream('gzip');
console.log(Object.prototype.toString.call(cs), cs.readable instanceof ReadableStream, cs.writable instanceof WritableStream);
const w = cs.writable.getWriter();
for (let i = 0; i < 3; i++) await w.write(new Uint8Array(8));
console.log('writes without a reader done');
