// config: date=2026-11-23 flags=nodejs_compat
// util.promisify.custom on node:timers' setTimeout and setImmediate (there once node:timers, node:timers/promises or node:util is loaded, not node:assert or node:console) and on node:stream's finished and pipeline: the promise forms, read-only own properties. And node:timers' setImmediate and clearImmediate are bound functions (no prototype).
const c = Symbol.for('nodejs.util.promisify.custom');
const has = () => [setTimeout, setImmediate, setInterval].map((f) => Object.getOwnPropertySymbols(f).length).join();
console.log('start', has());
process.getBuiltinModule('node:assert'); process.getBuiltinModule('node:console'); process.getBuiltinModule('node:dns');
console.log('assert console dns', has());
const stream = process.getBuiltinModule('node:stream');
console.log('stream', has());
const util = process.getBuiltinModule('node:util');
console.log('util', has());
const timers = process.getBuiltinModule('node:timers');
const tp = process.getBuiltinModule('node:timers/promises');
const sp = process.getBuiltinModule('node:stream/promises');
for (const [n, f, p] of [['setTimeout', timers.setTimeout, tp.setTimeout], ['setImmediate', timers.setImmediate, tp.setImmediate], ['finished', stream.finished, sp.finished], ['pipeline', stream.pipeline, sp.pipeline]]) {
  const d = Object.getOwnPropertyDescriptor(f, c);
  console.log(n, d.value === p, d.writable, d.enumerable, d.configurable, d.value.name, d.value.length, util.promisify(f) === p);
}
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate, typeof setImmediate[c], typeof setInterval[c], typeof timers.setInterval[c]);
console.log(await util.promisify(setTimeout)(1, 'slept'), await util.promisify(timers.setImmediate)('next'));
try { 'use strict'; Object.defineProperty(setTimeout, c, { value: 1 }); } catch (e) { console.log(e.name); }
for (const f of [timers.setImmediate, timers.clearImmediate]) console.log(f.name, f.length, Object.getOwnPropertyNames(f).join(), f === setImmediate || f === clearImmediate);
