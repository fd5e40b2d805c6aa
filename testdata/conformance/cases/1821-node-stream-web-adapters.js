// config: date=2026-09-15 flags=nodejs_compat
// node:stream's web adapters: Readable.fromWeb (bytes, objectMode, encoding, an erroring source), Readable.toWeb (chunk types), Writable.fromWeb and Writable.toWeb, their argument errors.
const { Readable, Writable } = process.getBuiltinModule('node:stream');
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : String(v)); } catch (e) { console.log(e.constructor.name + ': ' + e.message, e.code); } };
const rs = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('ab')); c.enqueue(new TextEncoder().encode('cd')); c.close(); } });
const nr = Readable.fromWeb(rs);
const got = [];
for await (const c of nr) got.push(Buffer.isBuffer(c) + ':' + String(c));
console.log(got.join(), nr.readableObjectMode);
const nr2 = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('s1'); c.enqueue({ o: 1 }); c.close(); } }), { objectMode: true });
const got2 = []; for await (const c of nr2) got2.push(typeof c); console.log(got2.join());
const nr3 = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.error(new Error('web fail')); } }));
nr3.on('data', (c) => console.log('nr3 data', String(c)));
await new Promise((r) => nr3.on('error', (e) => { console.log('nr3 error', e.message); r(); }));
const nr4 = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('str'); c.close(); } }), { encoding: 'utf8' });
const got4 = []; for await (const c of nr4) got4.push(typeof c + ':' + c); console.log(got4.join());
show(() => Readable.fromWeb(5));
show(() => Readable.toWeb(5));
const ws = Readable.toWeb(Readable.from(['x', 'y']));
console.log(Object.prototype.toString.call(ws));
const reader = ws.getReader(); const parts = [];
for (;;) { const { value, done } = await reader.read(); if (done) break; parts.push(Object.prototype.toString.call(value) + ':' + (typeof value === 'string' ? value : new TextDecoder().decode(value))); }
console.log(parts.join());
const ws2 = Readable.toWeb(new Readable({ read() { this.push(Buffer.from('buf')); this.push(null); } }));
const r2 = ws2.getReader(); const v2 = await r2.read(); console.log(Object.prototype.toString.call(v2.value), v2.value.constructor.name, (await r2.read()).done);
const sink = []; const wws = new WritableStream({ write(c) { sink.push(typeof c === 'string' ? c : new TextDecoder().decode(c)); } });
const nw = Writable.fromWeb(wws);
nw.write('w1'); nw.write(Buffer.from('w2'));
await new Promise((r) => nw.end(r));
console.log(sink.join());
show(() => Writable.fromWeb(5));
const tw = Writable.toWeb(new Writable({ write(c, e, cb) { console.log('node got', String(c)); cb(); } }));
const tww = tw.getWriter(); await tww.write(new TextEncoder().encode('tw')); await tww.close();
show(() => Writable.toWeb(5));
