// config: date=2026-11-23 flags=nodejs_compat
// node:console: importing it gives the global console Node's members; its named exports are bound functions; Console over given streams (log, error, warn, group, count, dir, assert, table of objects, arrays, Maps, Sets and primitives), its ERR_CONSOLE_WRITABLE_STREAM, and context/createTask's ERR_METHOD_NOT_IMPLEMENTED.
const spec = ['node', 'console'].join(':');
const c = await import(spec);
console.log(c.default === console, Object.keys(c).join());
console.log(typeof c.log, c.log === console.log, c.Console.name, c.Console.length, Object.keys(c.Console.prototype).join());
console.log(console._times instanceof Map, console._ignoreErrors, console._stdout === process.stdout, console._stderr === process.stderr, typeof console._stdoutErrorHandler, console.Console === c.Console);
for (const f of [() => new c.Console({}), () => new c.Console(5), () => c.context(), () => c.createTask(), () => console.context()]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
c.log('via named', 1);
const { Writable } = await import('node:stream');
const out = [], err = [];
const o = new Writable({ write(ch, enc, cb) { out.push(String(ch)); cb(); } });
const e = new Writable({ write(ch, enc, cb) { err.push(String(ch)); cb(); } });
const k = new c.Console(o, e);
console.log(Object.keys(k).join(), k instanceof c.Console, c.Console(o) instanceof c.Console);
k.log('hello %d %s', 5, 'x'); k.info({ a: 1 }); k.debug('d'); k.dirxml('x');
k.error('e1'); k.warn('w1');
k.group('g1'); k.log('in\nmulti'); k.groupCollapsed(); k.log('deeper'); k.groupEnd(); k.groupEnd(); k.log('out');
k.count(); k.count(); k.count('x'); k.countReset(); k.count();
k.dir({ a: { b: { c: { d: 1 } } } }); k.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
k.assert(true, 'no'); k.assert(false, 'bad %s', 'thing'); k.assert(false);
k.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
k.table([{ a: 1, b: 2 }], ['b']);
k.table([1, 'two', { three: 3 }]);
k.table(new Map([['k1', 1], ['k2', { v: 2 }]]));
k.table(new Set(['s', 1]));
k.table({ r1: { c: 1 }, r2: { c: 22 } });
k.table('not tabular');
try { k.table([], 'x'); } catch (x) { console.log(x.name, x.code, x.message); }
const k2 = new c.Console({ stdout: o, groupIndentation: 4 });
k2.group('G'); k2.error('to stdout too'); k2.groupEnd();
await new Promise((resolve) => setTimeout(resolve, 5));
console.log(JSON.stringify(out));
console.log(JSON.stringify(err));
for (const k of ['_stdout', '_stderr', '_times', '_ignoreErrors']) { const d = Object.getOwnPropertyDescriptor(console, k); console.log(k, typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d); }
console.log(console._stdout === process.stdout);
