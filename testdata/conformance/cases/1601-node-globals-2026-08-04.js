// config: date=2026-08-04
// nodejs_compat (and with it nodejs_compat_v2) is on by date: Buffer, process and global are own
// properties of globalThis, setImmediate and clearImmediate live on its prototype.
const names = ['setImmediate', 'clearImmediate', 'process', 'Buffer', 'global'];
for (const n of names) console.log(n, typeof globalThis[n], Object.hasOwn(globalThis, n), n in globalThis);
console.log('process.version', typeof process === 'object' ? String(process.version) : '-');
console.log('own setTimeout', Object.hasOwn(globalThis, 'setTimeout'));
