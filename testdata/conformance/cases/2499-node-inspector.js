// config: date=2026-11-23 flags=nodejs_compat
// node:inspector and node:inspector/promises: their exports, console's methods (one no-op), open/close/url/waitForDebugger (no-ops in node:inspector, ERR_METHOD_NOT_IMPLEMENTED in the promises module), Session and Network's ERR_METHOD_NOT_IMPLEMENTED; the two modules' objects are their own
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
const a = 'node:inspector', b = 'node:inspector/promises';
const ins = await import(a), insp = await import(b);
for (const m of [ins, insp]) {
  shape(m);
  await show('open', () => m.open(9229, 'localhost', false));
  await show('close', () => m.close());
  await show('url', () => m.url());
  await show('waitForDebugger', () => m.waitForDebugger());
  await show('console.log', () => m.console.log('x'));
  await show('new Session', () => new m.Session());
  const s = Object.create(m.Session.prototype);
  for (const k of ['connect', 'connectToMainThread', 'disconnect', 'post']) await show('Session#' + k, () => s[k]('Runtime.evaluate'));
  for (const k of Object.keys(m.Network)) await show('Network.' + k, () => m.Network[k]({}));
}
const d = ins.open()[Symbol.dispose];
await show('dispose', () => d());
console.log(ins.console === insp.console, ins.Network === insp.Network, ins.Session === insp.Session, ins.console.log === ins.console.warn);
