// config: date=2026-11-23 flags=nodejs_compat
// node:dns through process.getBuiltinModule with and without the prefix: the same default export as import(), and dns.promises' namespace refuses writes and new keys (its members stay as they were; mcrepl's say they are read-only, docs/nodejs.md).
const m = await import('node:dns');
const a = process.getBuiltinModule('node:dns'), b = process.getBuiltinModule('dns'), c = process.getBuiltinModule('dns/promises');
console.log(a === m.default, b === a, c === (await import('node:dns/promises')).default, a.promises === m.promises);
const ns = m.promises;
for (const [label, f] of [['set', () => { ns.lookup = 1; }], ['add', () => { ns.extra = 1; }], ['delete', () => { delete ns.lookup; }], ['define', () => Object.defineProperty(ns, 'x', { value: 1 })]]) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name); }
}
console.log(typeof ns.lookup, 'extra' in ns, Object.isSealed(ns), Object.isExtensible(ns));
m.default.extra = 1;
console.log(m.default.extra, 'extra' in a);
delete m.default.extra;
