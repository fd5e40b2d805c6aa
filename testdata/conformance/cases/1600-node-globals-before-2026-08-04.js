// config: date=2026-08-03
// The day before nodejs_compat became the default: no Node.js global.
const names = ['setImmediate', 'clearImmediate', 'process', 'Buffer', 'global'];
for (const n of names) console.log(n, typeof globalThis[n], Object.hasOwn(globalThis, n), n in globalThis);
console.log('process.version', typeof process === 'object' ? String(process.version) : '-');
