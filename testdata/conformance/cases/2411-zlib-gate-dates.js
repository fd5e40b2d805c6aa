// config: date=2024-09-01 flags=nodejs_compat
// Before 2024-09-23 nodejs_compat does not imply nodejs_zlib: node:zlib is there and its functions throw; process.getBuiltinModule is absent at that date.
const z = await import('node:zlib');
try { z.gzipSync('x'); console.log('worked'); } catch (e) { console.log(e.message); }
console.log(z.crc32('workerd'), typeof globalThis.process);
