// config: date=2026-11-17
// Where the Node.js globals live and their attributes.
const d = (o, n) => {
  const x = Object.getOwnPropertyDescriptor(o, n);
  return x ? [x.writable, x.enumerable, x.configurable, typeof x.value].join(' ') : 'none';
};
const P = Object.getPrototypeOf(globalThis);
// Read first: mcrepl builds its globals on first use (docs/differences.md).
for (const n of ['setImmediate', 'clearImmediate', 'process', 'Buffer', 'global']) void globalThis[n];
for (const n of ['setImmediate', 'clearImmediate', 'process', 'Buffer', 'global']) {
  console.log(n, 'own:', d(globalThis, n), '| proto:', d(P, n));
}
console.log(global === globalThis, globalThis.global === self);
console.log(setImmediate.name, setImmediate.length, clearImmediate.name, clearImmediate.length);
