// What a clone of an Error or a DOMException has as own properties, and the clone errors of
// functions (workerd prints the source) and symbols.
const show = (o) => Object.getOwnPropertyNames(o).map((k) => { const d = Object.getOwnPropertyDescriptor(o, k); return k + (k === 'stack' ? '' : (d.enumerable ? '+e' : '') + (d.writable ? '+w' : '')); }).join();
const e1 = structuredClone(new Error('')); console.log(show(e1), JSON.stringify(e1.message), e1.hasOwnProperty('message'));
const e2 = structuredClone(new Error()); console.log(show(e2), e2.hasOwnProperty('message'), JSON.stringify(e2.message));
const e3 = new RangeError('r'); e3.extra = 1; const c3 = structuredClone(e3); console.log(show(c3), c3.extra, c3 instanceof RangeError, c3.message);
const e4 = new TypeError('t', { cause: 7 }); const c4 = structuredClone(e4); console.log(show(c4), c4.cause);
const e5 = new Error('m'); e5.name = 'Custom'; const c5 = structuredClone(e5); console.log(c5.name, c5.constructor.name, show(c5));
const d = new DOMException('dm', 'NotFoundError'); d.extra = 2; const cd = structuredClone(d);
console.log(show(cd), cd.extra, cd.code, cd.name, cd.message, cd.stack === d.stack, cd instanceof DOMException);
const d2 = structuredClone(new DOMException()); console.log(show(d2), JSON.stringify(d2.message), d2.name, d2.code);
for (const v of [() => 1, function named(a, b) { return a + b; }, { f() {} }, Symbol('s'), class K {}]) {
  try { structuredClone(v); } catch (e) { console.log(e.constructor.name, e.name, e.message); }
}
try { new MessageChannel().port1.postMessage({ g: async () => 2 }); } catch (e) { console.log(e.constructor.name, e.message); }
