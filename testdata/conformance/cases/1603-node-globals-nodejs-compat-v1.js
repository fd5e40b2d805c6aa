// config: date=2024-09-22 flags=nodejs_compat
// Before 2024-09-23 nodejs_compat does not imply nodejs_compat_v2: modules only, no globals.
const names = ['setImmediate', 'clearImmediate', 'process', 'Buffer', 'global'];
for (const n of names) console.log(n, typeof globalThis[n], Object.hasOwn(globalThis, n), n in globalThis);
console.log('process.version', typeof process === 'object' ? String(process.version) : '-');
