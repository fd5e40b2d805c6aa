// config: date=2026-09-15 flags=nodejs_compat
// node:stream's Duplex.fromWeb over a TransformStream pair and Duplex.toWeb of a PassThrough, with their argument errors.
const { Duplex, PassThrough } = process.getBuiltinModule('node:stream');
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : String(v)); } catch (e) { console.log(e.constructor.name + ': ' + e.message, e.code); } };
show(() => Duplex.fromWeb(5));
show(() => Duplex.fromWeb({}));
show(() => Duplex.fromWeb({ readable: new ReadableStream() }));
show(() => Duplex.toWeb(5));
show(() => Duplex.toWeb(new (process.getBuiltinModule('node:stream').Readable)()));
const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(new TextEncoder().encode(new TextDecoder().decode(c).toUpperCase())); } });
const d = Duplex.fromWeb(ts);
d.write('hello');
d.end();
const out = [];
for await (const c of d) out.push(String(c));
console.log(out.join(), d.constructor.name);
const { readable, writable } = Duplex.toWeb(new PassThrough());
const w = writable.getWriter(); w.write(new TextEncoder().encode('pt')); w.close();
const r = readable.getReader(); const { value } = await r.read();
console.log(new TextDecoder().decode(value), Object.prototype.toString.call(readable), Object.prototype.toString.call(writable));
