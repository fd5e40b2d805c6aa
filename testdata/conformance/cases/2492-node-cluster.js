// config: date=2026-11-23 flags=nodejs_compat
// node:cluster: its named exports, the default export (a Cluster, an EventEmitter: its fields, events through it), Worker, and fork/disconnect/setupPrimary/setupMaster's ERR_METHOD_NOT_IMPLEMENTED (setupMaster's names setupWorker)
const fnDesc = (f) => {
  let s = JSON.stringify(f.name) + '/' + f.length;
  if (f.prototype && typeof f.prototype === 'object') {
    const p = f.prototype;
    s += ' proto{' + Reflect.ownKeys(p).filter((k) => k !== 'constructor').map((k) => {
      const d = Object.getOwnPropertyDescriptor(p, k);
      const n = typeof k === 'symbol' ? k.description : k;
      if (d.get || d.set) return n + ':get' + (d.set ? 'set' : '');
      if (typeof d.value === 'function') return n + '/' + d.value.length + (d.value.name === '' ? '(anonymous)' : '');
      return n + '=' + (typeof d.value === 'object' ? typeof d.value : String(d.value));
    }).join(' ') + '}';
  }
  return s;
};
const desc = (v, deep = true) => {
  if (typeof v === 'function') return 'function ' + fnDesc(v);
  if (typeof v === 'symbol') return v.toString();
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : String(v);
  const proto = Object.getPrototypeOf(v);
  const tag = proto === null ? '[null prototype] ' : proto === Object.prototype ? '' : proto === Array.prototype ? 'Array ' : (proto.constructor?.name ?? '?') + ' ';
  if (!deep) return tag + 'object';
  return tag + '{' + Reflect.ownKeys(v).map((k) => String(typeof k === 'symbol' ? k.toString() : k) + ': ' + desc(v[k], false)).join(', ') + '}';
};
const shape = (ns) => {
  console.log('named:', Object.keys(ns).join(','));
  console.log('default keys:', Object.keys(ns.default).join(','));
  for (const k of Object.keys(ns)) if (k !== 'default') console.log(' ', k, desc(ns[k]));
};
const err = (e) => e !== null && typeof e === 'object' ? e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message : 'thrown ' + String(e);
const show = async (label, f) => {
  try {
    const r = f();
    if (r instanceof Promise) {
      try { console.log(label, '-> resolves', desc(await r)); } catch (e) { console.log(label, '-> rejects', err(e)); }
    } else console.log(label, '->', desc(r));
  } catch (e) { console.log(label, '-> throws', err(e)); }
};
const spec = 'node:cluster';
const ns = await import(spec);
console.log('named:', Object.keys(ns).join(','));
for (const k of Object.keys(ns)) if (k !== 'default' && k !== '_events' && k !== '_maxListeners') console.log(' ', k, desc(ns[k]));
const c = ns.default;
console.log(c instanceof ns.Cluster, c.isPrimary, c.isMaster, c.isWorker, c.schedulingPolicy, c.SCHED_NONE, c.SCHED_RR, c.Worker === ns.Worker, c.settings === ns.settings, c.workers === ns.workers);
let seen = '';
c.on('fork', (w) => { seen += 'fork:' + w; });
c.emit('fork', 1);
console.log(seen, c.listenerCount('fork'));
for (const m of ['fork', 'disconnect', 'setupPrimary', 'setupMaster']) {
  await show('default.' + m, () => c[m]());
  await show('named ' + m, () => ns[m]());
}
const w = new ns.Worker();
console.log(desc(w));
await show('isConnected', () => w.isConnected());
await show('isDead', () => w.isDead());
await show('send', () => w.send('x'));
await show('exitedAfterDisconnect', () => w.exitedAfterDisconnect);
await show('process', () => w.process === process);
w._connected = true;
await show('isConnected after', () => w.isConnected());
await show('disconnect', () => w.disconnect() === w);
await show('isConnected then', () => w.isConnected());
const c2 = new ns.Cluster();
console.log(Object.keys(c2).join(','));
