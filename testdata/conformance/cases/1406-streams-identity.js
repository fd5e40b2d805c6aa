const t = new IdentityTransformStream();
const w = t.writable.getWriter();
const r = t.readable.getReader();
w.write(new Uint8Array([1, 2]));
w.write('hi');
w.close();
for (;;) {
  const { value, done } = await r.read();
  if (done) break;
  console.log(value.constructor.name, value.join());
}
const f = new FixedLengthStream(3);
const fw = f.writable.getWriter();
const fr = f.readable.getReader();
fw.write(new Uint8Array([7, 8]));
const closing = fw.close();
console.log(JSON.stringify(await fr.read()));
try { await closing; console.log('closed'); } catch (e) { console.log('close:', e.constructor.name, e.message); }
