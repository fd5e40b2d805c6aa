// config: date=2026-11-23 flags=nodejs_compat
// flush() (sync and full flushes) hands the inflating side what was written so far; params() changes the level mid-stream; reset() starts over; flush after end and finish.
const z = await import('node:zlib');
const tick = () => new Promise((r) => setTimeout(r, 1));
const d = z.createDeflate();
const inf = z.createInflate();
d.pipe(inf);
const got = [];
inf.on('data', (c) => got.push(c.toString()));
d.write('one;');
await new Promise((r) => d.flush(r));
await tick();
console.log('after flush', JSON.stringify(got.join('')));
d.write('two;');
await new Promise((r) => d.flush(z.constants.Z_FULL_FLUSH, r));
await tick();
console.log('after full flush', JSON.stringify(got.join('')));
await new Promise((r) => d.params(9, z.constants.Z_DEFAULT_STRATEGY, r));
d.write('three;'.repeat(100));
await new Promise((r) => d.params(0, z.constants.Z_DEFAULT_STRATEGY, r));
d.write('four;');
await new Promise((r) => d.params(0, z.constants.Z_DEFAULT_STRATEGY, r));
await new Promise((r) => d.flush(z.constants.Z_SYNC_FLUSH, r));
await tick();
console.log('after params', got.join('').length, got.join('').endsWith('four;'), d._level, d._strategy);
d.end('end');
await new Promise((r) => inf.on('end', r));
console.log('all', got.join('').length, got.join('').slice(-8));
let flushed = 0;
d.flush(() => flushed++);
await tick();
console.log('flush after finish calls back', flushed);
// the gzip side: flush, then end
const g = z.createGzip();
const gu = z.createGunzip();
g.pipe(gu);
const gs = [];
gu.on('data', (c) => gs.push(String(c)));
g.write('gz one');
await new Promise((r) => g.flush(r));
await tick();
console.log('gzip flushed', JSON.stringify(gs.join('')));
g.end(' gz two');
await new Promise((r) => gu.on('end', r));
console.log('gzip', JSON.stringify(gs.join('')));
// reset: the inflater starts a new stream
const r = z.createInflate();
const rs = [];
r.on('data', (c) => rs.push(String(c)));
r.write(z.deflateSync('first'));
await tick();
r.reset();
r.write(z.deflateSync('second'));
await tick();
console.log('reset', rs.join('|'));
// a Deflate stream written with the flush option Z_SYNC_FLUSH: every write is readable at once
const sf = z.createDeflate({ flush: z.constants.Z_SYNC_FLUSH });
const si = z.createInflate();
sf.pipe(si);
const ss = [];
si.on('data', (c) => ss.push(String(c)));
for (const w of ['a', 'b', 'c']) { sf.write(w); await tick(); console.log('sync flush option', ss.join('')); }
// finishFlush Z_SYNC_FLUSH: a truncated stream ends without an error
const half = z.deflateSync('x'.repeat(100000)).subarray(0, 50);
const tf = z.createInflate({ finishFlush: z.constants.Z_SYNC_FLUSH });
tf.on('error', (e) => console.log('error', e.message));
tf.resume();
tf.end(half);
await new Promise((res) => tf.on('end', res));
console.log('truncated with finishFlush sync: ended');
