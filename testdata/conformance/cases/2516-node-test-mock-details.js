// config: date=2026-11-23 flags=nodejs_compat
// node:test's mock in detail, as workerd has it: symbol-named methods (restore leaves no implementation), inherited methods mocked as own and restored, times on a method, setters, a MockFunctionContext made directly, async functions, a call record's fields, mockImplementationOnce at a later call, the argument errors, mock.property's accesses and once-values, reset restoring properties
const spec = 'node:test';
const { mock, MockTracker, MockFunctionContext } = await import(spec);
const tr = new MockTracker();
const sym = Symbol('s');
const o = { [sym]() { return 'sym'; }, n: 1, m() { return 'm'; } };
const ms = tr.method(o, sym, () => 'mocked');
console.log(o[sym](), ms.mock.callCount());
tr.restoreAll();
try { o[sym](); } catch (e) { console.log('restored symbol method:', e.constructor.name, o[sym] === ms, ms.mock.callCount()); }
const proto = { inherited() { return 'p'; } };
const child = Object.create(proto);
const mi = tr.method(child, 'inherited', () => 'c');
console.log(child.inherited(), Object.hasOwn(child, 'inherited'), proto.inherited());
mi.mock.restore();
console.log(child.inherited(), Object.hasOwn(child, 'inherited'));
const times = tr.method(o, 'm', () => 'x', { times: 2 });
console.log(o.m(), o.m(), o.m(), times.mock.callCount());
const sset = { _v: 0, set v(x) { this._v = x; }, get v() { return this._v; } };
const st = tr.setter(sset, 'v', function (x) { this._v = x * 10; });
sset.v = 2;
console.log(sset._v, st.mock.callCount(), st.mock.calls[0].arguments[0]);
const fctx = new MockFunctionContext(() => 1, { __proto__: null, original: () => 2 }, 3);
console.log(fctx.callCount(), JSON.stringify(fctx.calls), typeof fctx.trackCall, typeof fctx.nextImpl);
fctx.restore();
const af = tr.fn(async (x) => x + 1);
const r = af(1);
console.log(r instanceof Promise, await r, af.mock.calls[0].result instanceof Promise);
const f = tr.fn();
f.call('self', 1, 2);
const c0 = f.mock.calls[0];
console.log(String(c0.this), c0.arguments.length, c0.result, c0.error, c0.target, c0.stack instanceof Error);
console.log(Object.keys(f.mock), f.mock instanceof MockFunctionContext, typeof f.mock.calls, f.mock.calls !== f.mock.calls);
f.mock.mockImplementationOnce(() => 'third', 2);
console.log(f(), f(), f());
try { f.mock.mockImplementationOnce(() => 1, 1); } catch (e) { console.log(e.code, e.message); }
try { f.mock.mockImplementation(1); } catch (e) { console.log(e.code, e.message); }
try { tr.fn(() => 1, 5); } catch (e) { console.log(e.code, e.message); }
try { tr.fn(() => 1, () => 2, 5); } catch (e) { console.log(e.code, e.message); }
try { tr.fn({ times: 1.5 }); } catch (e) { console.log(e.code, e.message); }
try { tr.method(null, 'x'); } catch (e) { console.log(e.code, e.message); }
try { tr.method(o, 'n'); } catch (e) { console.log(e.code, e.message); }
try { tr.method(o, 'm', 5); } catch (e) { console.log(e.code, e.message); }
try { tr.method(o, 'm', () => 1, { getter: 1 }); } catch (e) { console.log(e.code, e.message); }
try { tr.getter(o, 'm', () => 1, 5); } catch (e) { console.log(e.code, e.message); }
try { tr.setter(o, 'm', { setter: false }); } catch (e) { console.log(e.code, e.message); }
try { tr.property(o, 5); } catch (e) { console.log(e.code, e.message); }
const po = { p: 'orig' };
try { tr.property(po); } catch (e) { console.log(e.code, e.message); }
const pp = tr.property(po, 'p');
console.log(pp.p, pp.mock.accessCount(), pp.mock.accesses[0].type, pp.mock.accesses[0].value);
pp.mock.resetAccesses();
console.log(pp.mock.accessCount());
pp.mock.mockImplementationOnce('later', 2);
console.log(po.p, po.p, po.p, po.p);
try { pp.mock.mockImplementationOnce('x', 0); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(po, 'p')).replace(/"(get|set)":\{\}/g, '"$1":"fn"'));
tr.reset();
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(po, 'p')), o.m());
console.log(mock === (await import(spec)).default.mock);
