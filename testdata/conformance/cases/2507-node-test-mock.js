// config: date=2026-11-23 flags=nodejs_compat
// node:test: what workerd has of it (mock, MockTracker, MockFunctionContext): mock.fn's call records, mockImplementation(Once), restore, times; mock.method/getter/setter and restoreAll; mock.property's accessor and its accesses; the argument errors
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
const spec = 'node:test';
const nt = await import(spec);
shape(nt);
const { mock, MockTracker, MockFunctionContext } = nt;
const o = { a: 1 };
let p;
try { p = mock.property(o, 'a', 2); } catch (e) { console.log('prop throws', e.code, e.message); }
if (p) {
  console.log(p === o, o.a, p.a, typeof p.mock, p.mock && Object.getPrototypeOf(p.mock).constructor.name);
  const pr = Object.getPrototypeOf(p.mock);
  console.log(Reflect.ownKeys(pr).map(k => { const d = Object.getOwnPropertyDescriptor(pr, k); return String(k) + (d.get ? ':get' : '/' + (d.value.length)); }).join(' '));
  p.a = 5; console.log(o.a, p.a, p.mock.accessCount(), JSON.stringify(p.mock.accesses));
  p.mock.mockImplementation(7); console.log(p.a);
  p.mock.mockImplementationOnce(8); console.log(p.a, p.a);
  p.mock.restore(); console.log(o.a, p.a);
}
try { mock.property(o, 'zz'); } catch (e) { console.log(e.code, e.message); }
try { mock.property(1, 'zz'); } catch (e) { console.log(e.code, e.message); }
const f = mock.fn((x) => x * 2);
console.log(f(3), f.mock.callCount(), JSON.stringify(Object.keys(f.mock.calls[0])), f.mock.calls[0].arguments, f.mock.calls[0].result, typeof f.mock.calls[0].stack);
console.log(Object.getPrototypeOf(f.mock.calls[0]));
f.mock.mockImplementationOnce(() => 'once'); console.log(f(1), f(1));
f.mock.mockImplementation(() => 'impl'); console.log(f(1));
f.mock.restore(); console.log(f(1)); f.mock.resetCalls(); console.log(f.mock.callCount());
try { f.mock.mockImplementationOnce(() => 1, 0); } catch (e) { console.log(e.code, e.message); }
try { mock.fn(1); } catch (e) { console.log(e.code, e.message); }
try { mock.fn({ times: 0 }); } catch (e) { console.log(e.code, e.message); }
const g = mock.fn(() => { throw new Error('boom'); });
try { g(); } catch (e) { console.log('threw', e.message, g.mock.calls[0].error.message, g.mock.calls[0].result); }
const obj = { m(x) { return 'orig' + x; }, get v() { return 1; }, set v(x) {} };
const mm = mock.method(obj, 'm'); console.log(obj.m(1), mm.mock.callCount(), obj.m === mm);
mock.method(obj, 'm', () => 'repl'); console.log(obj.m(2));
const gg = mock.getter(obj, 'v', () => 42); console.log(obj.v, gg.mock.callCount());
try { mock.method(obj, 'nope'); } catch (e) { console.log(e.code, e.message); }
try { mock.method(obj, 1); } catch (e) { console.log(e.code, e.message); }
try { mock.method(obj, 'm', { getter: true, setter: true }); } catch (e) { console.log(e.code, e.message); }
try { mock.getter(obj, 'v', { getter: false }); } catch (e) { console.log(e.code, e.message); }
mock.restoreAll(); console.log(obj.m(3), obj.v);
mock.reset();
const t = mock.fn(function () { return 1; }, { times: 2 });
console.log(t(), t(), t());
const C = mock.fn(class A { constructor(x) { this.x = x; } });
const inst = new C(5); console.log(inst.x, C.mock.calls[0].target === undefined, C.mock.calls[0].this === inst);
const mt = new MockTracker(); console.log(typeof mt.fn, mock instanceof MockTracker);
console.log(f.name, f.length, typeof f);
try { new MockFunctionContext(); console.log('ctx ok'); } catch (e) { console.log(e.message); }
