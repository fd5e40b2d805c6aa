// DOMException as workerd has it, not as WebIDL does: an instance has its own code, name,
// message and stack; the prototype has no accessors; constants are configurable; the legacy
// codes of DOMStringSizeError, NoDataAllowedError and ValidationError; Error.isError is false.
const d = new DOMException('m', 'DOMStringSizeError');
console.log(Object.getOwnPropertyNames(d).join(), d.code, typeof Error.isError === 'function' ? Error.isError(d) : 'no Error.isError', d instanceof Error);
for (const k of ['code', 'name', 'message']) console.log(k, JSON.stringify(Object.getOwnPropertyDescriptor(d, k)));
const sd = Object.getOwnPropertyDescriptor(d, 'stack');
console.log('stack', sd.enumerable, sd.configurable, typeof d.stack, d.stack.split('\n')[0]);
console.log(Object.getOwnPropertyNames(DOMException.prototype).join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(DOMException, 'INDEX_SIZE_ERR')), JSON.stringify(Object.getOwnPropertyDescriptor(DOMException.prototype, 'DATA_CLONE_ERR')));
console.log(Object.getOwnPropertyNames(DOMException).join());
for (const n of ['IndexSizeError', 'DOMStringSizeError', 'NoDataAllowedError', 'ValidationError', 'DataCloneError', 'EncodingError', 'Foo']) console.log(n, new DOMException('', n).code);
console.log(DOMException.prototype.toString(), String(new DOMException('a', 'b')), Object.prototype.toString.call(new DOMException()));
const e0 = new DOMException(); console.log(JSON.stringify(e0.name), JSON.stringify(e0.message), e0.code, Object.keys(e0).join());
console.log(Object.getOwnPropertyDescriptor(globalThis, 'DOMException'), JSON.stringify(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), 'DOMException')).replace(/"value":[^,]*,/, ''));
class X extends DOMException {}
const x = new X('q', 'AbortError'); console.log(x.name, x.code, x instanceof X, x instanceof DOMException, Object.getOwnPropertyNames(x).join());
try { 'use strict'; Object.defineProperty(d, 'code', { value: 3 }); console.log('redefined', d.code); } catch (e) { console.log(e.constructor.name); }
