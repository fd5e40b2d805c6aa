// config: date=2026-11-23 flags=nodejs_compat
// node:worker_threads: its exports (MessageChannel and MessagePort are the globals), the main thread's values, environment data, Worker's and BroadcastChannel's ERR_METHOD_NOT_IMPLEMENTED and Worker's methods (async ones reject), the no-op helpers
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
const spec = 'node:worker_threads';
const wt = await import(spec);
console.log('named:', Object.keys(wt).join(','));
console.log('default keys:', Object.keys(wt.default).join(','));
for (const k of Object.keys(wt)) if (!['default', 'MessageChannel', 'MessagePort'].includes(k)) console.log(' ', k, desc(wt[k]));
console.log(wt.MessageChannel === MessageChannel, wt.MessagePort === MessagePort, wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'));
await show('new Worker', () => new wt.Worker('./w.js'));
await show('new BroadcastChannel', () => new wt.BroadcastChannel('c'));
const w = Object.create(wt.Worker.prototype);
for (const m of ['cpuUsage', 'postMessage', 'postMessageToThread', 'ref', 'unref', 'terminate', 'getHeapSnapshot', 'getHeapStatistics', 'startCpuProfile', 'startHeapProfile']) await show('Worker#' + m, () => w[m]());
await show('Worker#asyncDispose', () => w[Symbol.asyncDispose]());
await show('getEnvironmentData', () => wt.getEnvironmentData('k'));
await show('setEnvironmentData', () => wt.setEnvironmentData('k', { v: 1 }));
await show('getEnvironmentData after', () => wt.getEnvironmentData('k'));
const { port1 } = new MessageChannel();
await show('receiveMessageOnPort', () => wt.receiveMessageOnPort(port1));
await show('isMarkedAsUntransferable', () => wt.isMarkedAsUntransferable(new ArrayBuffer(1)));
await show('markAsUntransferable', () => wt.markAsUntransferable(new ArrayBuffer(1)));
await show('markAsUncloneable', () => wt.markAsUncloneable({}));
await show('moveMessagePortToContext', () => wt.moveMessagePortToContext(port1, {}));
await show('postMessageToThread', () => wt.postMessageToThread(1, 'x'));
port1.close();
