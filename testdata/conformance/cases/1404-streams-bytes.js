const rs = new ReadableStream({
  type: 'bytes',
  start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
});
const r = rs.getReader({ mode: 'byob' });
const a = await r.read(new Uint8Array(2));
console.log(a.value.constructor.name, a.value.join(), a.done, a.value.buffer.byteLength);
const b = await r.read(new Uint16Array(2));
console.log(b.value.constructor.name, b.value.byteLength, b.done);
const c = await r.read(new Uint8Array(4));
console.log(c.value.join(), c.done);
const d = await r.read(new Uint8Array(4));
console.log(d.value.length, d.done);
let pulls = 0;
const src = new ReadableStream({
  type: 'bytes',
  autoAllocateChunkSize: 8,
  pull(ctl) {
    pulls++;
    const req = ctl.byobRequest;
    req.view[0] = 42;
    req.respond(1);
    if (pulls === 2) ctl.close();
  },
});
const dr = src.getReader();
const x = await dr.read();
console.log('auto', x.value.join(), x.value.buffer.byteLength);
const y = await dr.read();
console.log('auto', y.value.join(), JSON.stringify(await dr.read()));
const u = new Uint8Array(4);
let cc;
new ReadableStream({ type: 'bytes', start(c) { cc = c; } });
cc.enqueue(u);
console.log('transferred', u.byteLength, u.buffer.byteLength);
