// config: date=2026-11-17
// The exports of the node: modules mcrepl has, as process.getBuiltinModule returns them
// (a module's default export: events is EventEmitter itself).
for (const m of ['buffer', 'events', 'async_hooks', 'util', 'timers', 'timers/promises', 'path', 'path/posix', 'assert', 'assert/strict', 'string_decoder', 'url', 'util/types', 'process']) {
  const x = process.getBuiltinModule('node:' + m);
  console.log(m, typeof x, Object.keys(x).length < 100 ? Object.keys(x).join(',') : Object.keys(x).length);
}
console.log(process.getBuiltinModule('node:buffer').Buffer === Buffer, process.getBuiltinModule('buffer') === process.getBuiltinModule('node:buffer'));
console.log(process.getBuiltinModule('node:nope'), process.getBuiltinModule('nope'));
try { process.getBuiltinModule(1); } catch (e) { console.log(e.name, e.code, e.message); }
