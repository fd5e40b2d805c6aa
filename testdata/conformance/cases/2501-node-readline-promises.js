// config: date=2026-11-23 flags=nodejs_compat
// node:readline/promises: its exports, an Interface whose question resolves to '', Readline's chainable no-op cursor methods and its commit promise
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
const spec = 'node:readline/promises';
const rlp = await import(spec);
shape(rlp);
const i = rlp.createInterface({ input: null, output: null });
console.log(desc(i));
await show('question', () => i.question('name? '));
await show('question with signal', () => i.question('name? ', { signal: new AbortController().signal }));
for await (const line of i) console.log('line', JSON.stringify(line));
const r = new rlp.Readline({});
for (const m of ['clearLine', 'clearScreenDown', 'cursorTo', 'moveCursor', 'rollback']) await show(m, () => r[m](0, 0) === r);
await show('commit', () => r.commit());
