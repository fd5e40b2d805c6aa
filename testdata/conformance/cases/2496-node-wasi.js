// config: date=2026-11-23 flags=nodejs_compat
// node:wasi: WASI's option checks (object, version, args, env, preopens, stdin/stdout/stderr, returnOnExit) in workerd's order, then its ERR_METHOD_NOT_IMPLEMENTED; the prototype's methods
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
const spec = 'node:wasi';
const wasi = await import(spec);
shape(wasi);
const { WASI } = wasi;
for (const [label, opts] of [
  ['none', undefined], ['null', null], ['number', 1], ['array', []], ['no version', {}],
  ['bad version', { version: 'x' }], ['preview1', { version: 'preview1' }],
  ['args', { version: 'unstable', args: 'a' }], ['env', { version: 'unstable', env: 1 }],
  ['preopens', { version: 'unstable', preopens: [] }], ['stdin', { version: 'unstable', stdin: -1 }],
  ['stdout', { version: 'unstable', stdout: 1.5 }], ['stderr', { version: 'unstable', stderr: '2' }],
  ['returnOnExit', { version: 'unstable', returnOnExit: 1 }],
]) await show('new WASI ' + label, () => new WASI(opts));
const p = Object.create(WASI.prototype);
await show('start', () => p.start({}));
await show('initialize', () => p.initialize({}));
await show('finalizeBindings', () => p.finalizeBindings({}));
await show('getImportObject', () => p.getImportObject());
