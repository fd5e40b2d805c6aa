// config: date=2026-11-17
// node:stream: paused mode, push backpressure, Transform flush, write after end, destroy, finished, pipeline errors, Duplex, read(n).
const wait = (ms = 5) => new Promise((r) => setTimeout(r, ms));
const ev = (s, names, log) => { for (const n of names) s.on(n, (x) => log.push(n + (x !== undefined && n !== 'data' ? ':' + (x && x.message || x) : ''))); };
// paused mode with 'readable'
let log = [];
const r = new Readable({ read() {} });
r.setEncoding('utf8');
r.on('readable', () => { let c; while ((c = r.read()) !== null) log.push('read ' + c); });
ev(r, ['end', 'close'], log);
r.push('ab'); r.push('cd'); setTimeout(() => { r.push('ef'); r.push(null); }, 1);
await wait();
console.log(log.join(' | '));
// push backpressure
const r2 = new Readable({ highWaterMark: 2, read() {} });
console.log(r2.push('a'), r2.push('bc'), r2.readableLength, r2.readableFlowing);
// transform with flush
log = [];
const t = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); }, flush(cb) { cb(null, '!'); } });
t.on('data', (d) => log.push(String(d)));
ev(t, ['finish', 'end', 'close'], log);
t.write('x'); t.end('y');
await wait();
console.log(log.join(' | '));
// write after end, destroy
log = [];
const w = new Writable({ write(c, e, cb) { cb(); } });
ev(w, ['error', 'finish', 'close'], log);
w.end('a');
w.write('b', (err) => log.push('cb ' + (err && err.code)));
await wait();
console.log(log.join(' | '));
log = [];
const d = new PassThrough();
ev(d, ['error', 'close', 'end', 'finish'], log);
d.destroy(new Error('boom'));
await wait();
console.log(log.join(' | '), d.destroyed);
// finished premature close
const p = new PassThrough();
finished(p, (err) => console.log('finished:', err && err.code));
p.destroy();
await wait();
// pipeline error
const bad = new Transform({ transform(c, e, cb) { cb(new Error('tx')); } });
await new Promise((res) => pipeline(Readable.from(['1']), bad, new PassThrough(), (err) => { console.log('pipeline err:', err && err.message); res(); }));
// promises pipeline with async iterable
const out = [];
const it = { [Symbol.asyncIterator]() { let i = 0; return { next: async () => (i < 3 ? { value: 'v' + i++, done: false } : { done: true }) }; } };
await promises.pipeline(it, new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }));
console.log(out.join(','));
// Duplex
const dx = new Duplex({ read() { this.push('r'); this.push(null); }, write(c, e, cb) { out.push('w' + c); cb(); } });
dx.on('data', (c) => out.push('d' + c));
dx.end('z');
await wait();
console.log(out.slice(3).join(','), dx.readableEnded, dx.writableFinished);
// object mode ordering and read(n)
const r3 = new Readable({ read() {} });
r3.push('hello'); r3.push(' world');
await wait(1);
console.log(String(r3.read(3)), String(r3.read()), r3.read());
const r4 = Readable.from([1, 2, 3]);
const got = [];
r4.on('data', (x) => got.push(x));
await new Promise((res) => r4.on('end', res));
console.log(got.join(','), r4.readableObjectMode);
