// config: date=2026-11-23
// The shape of Buffer's properties where workerd's differs from a plain
// assignment: poolSize is read-only and fixed, parent and offset are
// enumerable, non-configurable getters named "get", toLocaleString is
// toString itself, the encodings' slices and writes are named, and the float
// writes take (value, offset).
const { Buffer } = await import('node:buffer');
const P = Buffer.prototype;
const a = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return k + ':' + (x.writable ? 'w' : '') + (x.enumerable ? 'e' : '') + (x.configurable ? 'c' : '') + (x.get ? 'G:' + x.get.name : '') + (x.set ? 'S' : ''); };
console.log(['offset', 'parent', 'toString', 'toLocaleString', 'write', 'toJSON', 'slice'].map((k) => a(P, k)).join(' '));
console.log(a(Buffer, 'poolSize'), Buffer.poolSize, a(Buffer, 'from'), a(Buffer, 'alloc'));
console.log(P.toLocaleString === P.toString, P.toLocaleString.name);
for (const enc of ['ascii', 'base64', 'base64url', 'hex', 'latin1', 'ucs2', 'utf8']) {
  console.log(enc, P[enc + 'Slice'].name, P[enc + 'Slice'].length, P[enc + 'Write'].name, P[enc + 'Write'].length);
}
for (const k of ['Float', 'Double']) for (const e of ['LE', 'BE']) console.log('write' + k + e, P['write' + k + e].length, 'read' + k + e, P['read' + k + e].length);
const b = Buffer.alloc(8);
console.log(b.parent === b.buffer, b.offset === b.byteOffset, b.writeDoubleLE(1.5), b.length);
try { 'use strict'; Buffer.poolSize = 1; console.log('assigned', Buffer.poolSize); } catch (e) { console.log(e.constructor.name, e.message.slice(0, e.message.indexOf("'poolSize'") + 10)); } // V8 goes on to quote Buffer's source, which is workerd's own
