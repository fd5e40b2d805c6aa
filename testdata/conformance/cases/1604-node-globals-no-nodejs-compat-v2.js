// config: date=2026-11-17 flags=no_nodejs_compat_v2
// nodejs_compat without nodejs_compat_v2: no Node.js global.
const names = ['setImmediate', 'clearImmediate', 'process', 'Buffer', 'global'];
for (const n of names) console.log(n, typeof globalThis[n], Object.hasOwn(globalThis, n), n in globalThis);
console.log('process.version', typeof process === 'object' ? String(process.version) : '-');
console.log('own setTimeout', Object.hasOwn(globalThis, 'setTimeout'));
