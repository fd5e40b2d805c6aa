// structured-clone.js: what survives a structured clone, what is lost, and
// what is refused, with workerd's exact errors.
//
//   mcrepl run scripts/structured-clone.js
//   mcrepl run --compat-date 2026-04-20 scripts/structured-clone.js
//
// postMessage clones its data exactly like structuredClone: at post time, so
// later changes to the original are not seen by the receiver. Before
// 2026-04-21 (enhanced_error_serialization) an error loses its own extra
// properties such as code.
const shared = { n: 1 };
const value = {
  date: new Date(0),
  re: /a+/gi,
  map: new Map([['k', shared]]),
  set: new Set([1, 2]),
  bytes: new Uint8Array([1, 2, 3]),
  big: 10n,
  sparse: [1, , 3],
  a: shared,
  b: shared,
};
value.self = value;
const copy = structuredClone(value);
console.log(copy);
console.log('cycle kept:', copy.self === copy, '| shared object kept:', copy.a === copy.b);

class Point {
  constructor() { this.x = 1; }
  get double() { return this.x * 2; }
}
const point = structuredClone(new Point());
console.log('class instance:', point, '| still a Point:', point instanceof Point);

const error = structuredClone(Object.assign(new RangeError('bad'), { code: 42 }));
console.log('error:', error instanceof RangeError, error.message, '| code:', error.code);

const refused = [
  function f() {},
  Symbol('s'),
  new WeakMap(),
  Promise.resolve(),
  new Proxy({}, {}),
  { nested: { deep: () => 1 } },
  new MessageChannel().port1,
];
for (const v of refused) {
  try {
    structuredClone(v);
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
