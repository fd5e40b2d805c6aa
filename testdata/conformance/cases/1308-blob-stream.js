const b = new Blob([new Uint8Array(10000).fill(97), 'xyz']);
const rs = b.stream();
console.log(Object.prototype.toString.call(rs), rs.locked, rs instanceof ReadableStream);
const r = rs.getReader();
const sizes = []; let first;
for (;;) { const { value, done } = await r.read(); if (done) break; sizes.push(value.length); first ??= Object.prototype.toString.call(value); }
console.log(first, sizes.join());
const r2 = new Blob(['hello']).stream().getReader({ mode: 'byob' });
let v = await r2.read(new Uint8Array(3)); console.log(v.done, v.value.length, new TextDecoder().decode(v.value));
v = await r2.read(new Uint8Array(3)); console.log(v.done, v.value.length, new TextDecoder().decode(v.value));
v = await r2.read(new Uint8Array(3)); console.log(v.done, v.value && v.value.length);
console.log(JSON.stringify(await new Blob([]).stream().getReader().read()));
console.log(await new Response(new Blob(['via response']).stream()).text());
const chunks = []; for await (const c of new Blob(['ab', 'cd']).stream()) chunks.push(c.length); console.log(chunks.join());
