let holder = globalThis;
while (holder && !Object.prototype.hasOwnProperty.call(holder, 'MessageChannel')) holder = Object.getPrototypeOf(holder);
console.log(holder === Object.getPrototypeOf(globalThis));
console.log(Object.prototype.toString.call(holder));
for (const n of ['MessageChannel', 'MessagePort']) {
  const d = Object.getOwnPropertyDescriptor(holder, n);
  console.log(n, 'value' in d, d.writable, d.enumerable, d.configurable, d.value === globalThis[n]);
}
