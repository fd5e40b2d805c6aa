// config: date=2026-11-23 flags=nodejs_compat
// Exports that probing found missing: node:timers' Timeout (a class whose new arms a timer), node:stream/promises' promises, stream.compose (and its argument checks), events' kMaxEventTargetListeners symbols and the anonymous init that the namespace leaves out, util without internals; import() namespaces of a computed specifier.
const spec = (n) => ['node', n].join(':');
const t = await import(spec('timers'));
const T = t.Timeout;
console.log(typeof T, T.name, T.length, Object.getOwnPropertyNames(T.prototype).join(), 'Timeout' in t, Object.keys(t).join());
const h = t.setTimeout(() => {}, 1);
t.clearTimeout(h);
console.log(h instanceof T, h.constructor === T, setTimeout(() => {}, 0) instanceof T);
await new Promise((resolve) => { const x = new T(() => { console.log('constructed timer fired', x instanceof T); resolve(); }, 2); });
const sp = await import(spec('stream/promises'));
console.log(Object.keys(sp).join(), sp.promises === sp.default, Object.keys(sp.default).join());
const e = await import(spec('events'));
console.log('init' in e, typeof e.default.init, e.default.init.name === '', String(e.default.kMaxEventTargetListeners), String(e.default.kMaxEventTargetListenersWarned));
const d = Object.getOwnPropertyDescriptor(e.default, 'kMaxEventTargetListeners');
console.log(d.writable, d.enumerable, d.configurable, Object.keys(e).length);
const u = await import(spec('util'));
console.log(Object.getOwnPropertyNames(u.default).filter((k) => k.startsWith('__')).length);
const { compose, Transform, PassThrough, Readable, Writable } = await import(spec('stream'));
const up = new Transform({ transform(c, enc, cb) { cb(null, String(c).toUpperCase()); } });
const bang = new Transform({ transform(c, enc, cb) { cb(null, c + '!'); } });
const dd = compose(up, bang);
const out = [];
dd.on('data', (c) => out.push(String(c)));
dd.write('ab'); dd.end('cd');
await new Promise((resolve) => dd.on('end', resolve));
console.log(out.join(''), dd.constructor.name, typeof Readable.prototype.compose);
for (const f of [() => compose(), () => compose(new Writable({ write(c, enc, cb) { cb(); } }), new PassThrough()), () => compose(new PassThrough(), Readable.from(['x']))]) {
  try { f(); } catch (x) { console.log(x.name, x.code, x.message.split('. Received')[0]); }
}
const p = new PassThrough();
console.log(compose(p) === p);
console.log(t.setImmediate.name, t.setImmediate.length, t.clearImmediate.name, t.clearImmediate.length, t.enroll.length, e.getMaxListeners.name);
for (const k of ['captureRejections', 'defaultMaxListeners']) console.log(k, Object.getOwnPropertyDescriptor(e.default, k).configurable);
