// config: date=2025-08-15 flags=nodejs_compat
// nodejs_compat implies nodejs_compat_v2 from 2024-09-23: the globals, process v1 before 2025-09-15.
const names = ['setImmediate', 'clearImmediate', 'process', 'Buffer', 'global'];
for (const n of names) console.log(n, typeof globalThis[n], Object.hasOwn(globalThis, n), n in globalThis);
console.log('process.version', typeof process === 'object' ? String(process.version) : '-');
