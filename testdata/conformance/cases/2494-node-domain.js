// config: date=2026-11-23 flags=nodejs_compat
// node:domain: its exports (create is a Domain, as in workerd), Domain's run (calls the function with the domain as this and the arguments), bind and intercept (the callback itself), the no-op members, _errorHandler, and EventEmitter.usingDomains
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
const spec = 'node:domain';
const domain = await import(spec);
shape(domain);
const d = domain.createDomain();
console.log(d instanceof domain.Domain, domain.create instanceof domain.Domain, domain.create === domain.default.create, domain.active);
console.log(desc(d));
await show('run', () => d.run(function (a, b) { return [this === d, a, b].join(); }, 1, 2));
await show('run throws', () => d.run(() => { throw new Error('inner'); }));
const cb = () => 1;
await show('bind', () => d.bind(cb) === cb);
await show('intercept', () => d.intercept(cb) === cb);
await show('enter', () => d.enter());
await show('exit', () => d.exit());
await show('add', () => d.add({}));
await show('remove', () => d.remove({}));
await show('_errorHandler', () => d._errorHandler(new Error('handled')));
await show('members', () => d.members);
let n = 0;
d.on('error', () => { n++; });
d.emit('error', new Error('x'));
console.log(n);
const { EventEmitter } = await import(['node', 'events'].join(':'));
console.log(EventEmitter.usingDomains);
