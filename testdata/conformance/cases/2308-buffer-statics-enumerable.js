// config: date=2026-09-15 flags=nodejs_compat
// Buffer's statics are enumerable, as in workerd: safer-buffer and iconv-lite
// copy them onto their own Buffer with for-in.
const { Buffer } = process.getBuiltinModule('node:buffer');
console.log(Object.keys(Buffer).join(','));
const d = Object.getOwnPropertyDescriptor(Buffer, 'from');
console.log(d.enumerable, d.writable, d.configurable);
const copy = {};
for (const k in Buffer) copy[k] = Buffer[k];
console.log(typeof copy.alloc, typeof copy.from, copy.poolSize);
console.log(Buffer);
