const log = [];
const upper = new TransformStream({
  transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
  flush(c) { c.enqueue('!'); },
});
await new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } })
  .pipeThrough(upper)
  .pipeTo(new WritableStream({ write(ch) { log.push(ch); }, close() { log.push('closed'); } }));
console.log(log.join(' '));
const [a, b] = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }).tee();
const ra = [], rb = [];
for await (const v of a) ra.push(v);
for await (const v of b) rb.push(v);
console.log('tee', ra.join(), rb.join());
const err = new ReadableStream({ start(c) { c.error(new TypeError('src')); } });
try { await err.pipeTo(new WritableStream()); } catch (e) { console.log('errored source:', e.constructor.name, e.message); }
const from = [];
for await (const v of ReadableStream.from([1, Promise.resolve(2), 3])) from.push(v);
console.log('from', from.join());
