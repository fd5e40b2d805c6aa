// config: date=2026-11-23 flags=nodejs_compat
// the errors of the not-implemented calls (ERR_METHOD_NOT_IMPLEMENTED's class and its String, stack head and own keys; the TypeError and RangeError codes), and console.log of node:domain, node:tty, a readline Interface and a cluster Worker
const cp = process.getBuiltinModule('node:child_process');
let e;
try { cp.spawn('ls'); } catch (x) { e = x; }
console.log(e instanceof Error, e.constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(e.constructor)).name, String(e), e.stack.split('\n')[0], JSON.stringify(Object.keys(e)), Object.getOwnPropertyNames(e).join());
let t; try { cp.exec(1); } catch (x) { t = x; }
console.log(t.constructor === TypeError, String(t), t.stack.split('\n')[0]);
const wasi = process.getBuiltinModule('node:wasi');
try { new wasi.WASI({ version: 'unstable', stdin: -1 }); } catch (x) { console.log(x.constructor.name, String(x), x.stack.split('\n')[0]); }
const te = process.getBuiltinModule('node:trace_events');
try { te.createTracing({ categories: [] }); } catch (x) { console.log(x.constructor === TypeError, String(x), x.stack.split('\n')[0]); }
try { new (process.getBuiltinModule('node:sqlite').DatabaseSync)(); } catch (x) { console.log(x.constructor === TypeError, String(x)); }
const e2 = (() => { try { process.getBuiltinModule('node:v8').serialize(1); } catch (x) { return x; } })();
console.log(e2.constructor === e.constructor, e2 instanceof e.constructor);
console.log(process.getBuiltinModule('node:domain'));
console.log(process.getBuiltinModule('node:sqlite').constants.SQLITE_OK, process.getBuiltinModule('node:tty'));
console.log(process.getBuiltinModule('node:readline').createInterface());
console.log(process.getBuiltinModule('node:cluster').Worker.prototype.isDead.call({}));
console.log(new (process.getBuiltinModule('node:cluster').Worker)());
