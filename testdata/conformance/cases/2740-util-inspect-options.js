// config: date=2026-11-23
// util.inspect with each of its options (depth, compact, breakLength, sorted, showHidden,
// maxArrayLength, maxStringLength, getters, numericSeparator, showProxy), as workerd 2026-12-01.
const util = await import('node:util');
const v = { b: 2, a: [1, 2, { c: 'x'.repeat(30) }], m: new Map([['k', { deep: { deeper: { deepest: 1 } } }]]), s: new Set([1, 2]), f() {}, d: new Date(0), r: /x/g };
const out = [];
for (const opts of [{}, { depth: 0 }, { depth: Infinity }, { compact: true }, { compact: false }, { breakLength: 20 }, { sorted: true }, { showHidden: true, depth: 0 }, { maxArrayLength: 1 }, { maxStringLength: 5 }, { getters: true }, { numericSeparator: true }]) {
  out.push(JSON.stringify(opts) + '\n' + util.inspect(opts.numericSeparator ? 1234567.891 : (opts.getters ? { get g() { return 5; } } : v), opts).replace(/\n\s+at [^\n]+/g, ''));
}
out.push(util.inspect('str'), util.inspect([,'a',,]), util.inspect({ 'a-b': 1, 1: 2, [Symbol('s')]: 3 }), util.inspect(Object.assign(Object.create(null), { x: 1 })), util.inspect(new (class Foo extends Map {})()), util.inspect([new Uint8Array(3)]), util.inspect(new Proxy({ a: 1 }, {})), util.inspect(new Proxy({ a: 1 }, {}), { showProxy: true }));
console.log(out.join('\n'));
