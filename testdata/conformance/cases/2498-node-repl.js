// config: date=2026-11-23 flags=nodejs_compat
// node:repl: its exports, builtinModules (workerd's list, without sqlite, test and the _ names) and _builtinLibs, writer.options, Recoverable (a SyntaxError keeping err), REPLServer (a readline/promises Interface) and start's ERR_METHOD_NOT_IMPLEMENTED
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
const spec = 'node:repl';
const repl = await import(spec);
console.log('named:', Object.keys(repl).join(','));
console.log('default keys:', Object.keys(repl.default).join(','));
for (const k of ['REPLServer', 'REPL_MODE_SLOPPY', 'REPL_MODE_STRICT', 'Recoverable', 'start', 'writer']) console.log(' ', k, desc(repl[k]));
console.log(repl.builtinModules.join(','));
console.log(repl._builtinLibs === repl.builtinModules, repl.builtinModules.length);
console.log(JSON.stringify(repl.writer.options));
const inner = new Error('inner');
const r = new repl.Recoverable(inner);
console.log(r instanceof SyntaxError, r.err === inner, r.name, JSON.stringify(r.message), Object.keys(r).join(','));
const rlp = await import(['node', 'readline/promises'].join(':'));
console.log(Object.getPrototypeOf(repl.REPLServer) === rlp.Interface);
await show('start', () => repl.start());
await show('writer', () => repl.writer({}));
await show('new REPLServer', () => new repl.REPLServer());
const p = Object.create(repl.REPLServer.prototype);
for (const m of ['setupHistory', 'defineCommand', 'displayPrompt', 'clearBufferedCommand']) await show(m, () => p[m]());
await show('getPrompt (inherited)', () => p.getPrompt());
