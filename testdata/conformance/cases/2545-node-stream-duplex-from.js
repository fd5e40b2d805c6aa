// config: date=2026-11-23 flags=nodejs_compat
// stream.Duplex.from as workerd has it: a Duplex as itself, Node.js and web streams, a pair, a promise, a Blob, an async function given the written chunks; an iterable (or an async generator's) fails as in workerd (its from(Duplexify, ...) call); compose of one stream or of a function goes through it.
const { Duplex, Readable, Writable, PassThrough, compose } = await import('node:stream');
const read = (d) => new Promise((resolve, reject) => { const got = []; d.on('data', (c) => got.push(String(c))); d.on('end', () => resolve(got.join('|'))); d.on('error', reject); });
const t = async (label, f) => { try { console.log(label, await f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); } };
await t('array', () => read(Duplex.from(['x', 'y'])));
await t('string', () => read(Duplex.from('str')));
await t('promise', () => read(Duplex.from(Promise.resolve('pv'))));
await t('web', () => read(Duplex.from(new Blob(['blob']).stream())));
await t('blob', () => read(Duplex.from(new Blob(['blob2']))));
await t('writable', async () => { const chunks = []; const w = Duplex.from(new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } })); w.end('to-writable'); await new Promise((r) => w.on('finish', r)); return chunks.join(); });
await t('asyncgen', async () => { const gen = Duplex.from(async function* (source) { for await (const c of source) yield String(c).toUpperCase(); }); const gp = read(gen); gen.write('g1'); gen.end('g2'); return gp; });
await t('asyncfn', async () => { const got = []; const d = Duplex.from(async function (source) { for await (const c of source) got.push(String(c)); }); d.write('f1'); d.end('f2'); await new Promise((r) => d.on('finish', r)); await new Promise((r) => setTimeout(r, 5)); return got.join(); });
await t('pair', () => { const d = Duplex.from({ readable: Readable.from(['pr']), writable: new PassThrough() }); return read(d); });
for (const bad of [5, null, () => 5]) await t('bad', () => Duplex.from(bad));
await t('compose fn', async () => { const c = compose(async function* (src) { for await (const x of src) yield String(x) + '1'; }, new PassThrough()); const cp = read(c); c.end('q'); return cp; });
await t('compose 1', () => compose(Readable.from(['z'])) instanceof Duplex);
await t('ctor', () => [Duplex.from(Readable.from(['a'])).constructor.name, Duplex.from(Promise.resolve(1)).constructor.name]);
