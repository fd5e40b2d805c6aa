const D = (o, k) => JSON.stringify(Object.getOwnPropertyDescriptor(o, k), (key, v) => typeof v === 'function' ? 'fn:' + v.name : v);
for (const n of ['Error', 'TypeError', 'AggregateError', 'URIError']) {
  const C = globalThis[n];
  console.log(n, Object.getOwnPropertyNames(C).join(), D(C, 'prototype'), D(C, 'name'), D(C, 'length'), D(C.prototype, 'constructor'), Object.getOwnPropertyNames(C.prototype).join(), D(globalThis, n));
}
console.log(Object.getPrototypeOf(Error) === Function.prototype, Object.getPrototypeOf(AggregateError) === Error, D(Error, 'stackTraceLimit'), D(Error, 'captureStackTrace'));
const ks = Object.getOwnPropertyNames(globalThis); console.log(ks.indexOf('Error') < ks.indexOf('TypeError'), ks.filter(k => /Error$/.test(k)).join());
console.log(new Error('a', { cause: 1 }).cause, Object.getOwnPropertyNames(new Error('a', { cause: 1 })).join());
console.log(Reflect.construct(Error, ['r'], Array).constructor === Array, Reflect.construct(Error, ['r'], Array) instanceof Array);
console.log(Function.prototype.toString.call(TypeError), TypeError.call(null, 'c').message);
