// config: date=2026-09-15 flags=nodejs_compat
// process in use: util.inherits from EventEmitter, nextTick/microtask/immediate/timer order, process.env's string conversion and descriptor checks, getBuiltinModule's answers, exitCode, stdout/stderr.write lines and chunk checks.
const util = process.getBuiltinModule('node:util');
const EventEmitter = process.getBuiltinModule('node:events');
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : String(v)); } catch (e) { console.log(e.constructor.name + ': ' + e.message, e.code); } };
function Child() { EventEmitter.call(this); this.n = 1; }
util.inherits(Child, EventEmitter);
const c = new Child();
c.on('x', function (v) { console.log('child got', v, this.n, this instanceof EventEmitter); });
c.emit('x', 5);
console.log(Child.super_ === EventEmitter, Object.keys(c).join());
const order = [];
process.nextTick((a, b) => order.push('tick ' + a + b), 1, 2);
queueMicrotask(() => order.push('micro'));
Promise.resolve().then(() => order.push('promise'));
setImmediate(() => order.push('immediate'));
setTimeout(() => order.push('timeout'), 0);
process.nextTick(() => order.push('tick2'));
await new Promise((r) => setTimeout(r, 5));
console.log(order.join(', '));

show(() => process.env.FOO === undefined && typeof process.env);
process.env.NEWVAR = 5;
show(() => typeof process.env.NEWVAR + process.env.NEWVAR);
show(() => { delete process.env.NEWVAR; return 'NEWVAR' in process.env; });
show(() => Object.keys(process.env).length);
show(() => process.emit('custom', 1));
show(() => process.listenerCount('warning'));
show(() => process.title + process.argv0 + process.execPath);
show(() => process.version.startsWith('v') + ' ' + typeof process.versions.v8);
show(() => process.getBuiltinModule('nope'));
show(() => process.getBuiltinModule('node:nope'));
show(() => process.getBuiltinModule(5));
show(() => typeof process.getBuiltinModule('events'));
show(() => process.getBuiltinModule('buffer') === process.getBuiltinModule('node:buffer'));
show(() => process.exitCode = 3);
show(() => process.exitCode);
show(() => { process.exitCode = 'x'; return process.exitCode; });
show(() => process.exit.name + process.abort.name);
show(() => process.stdout.write('partial'));
show(() => process.stdout.write(' line\n'));
show(() => process.stdout.write(Buffer.from('buf\n')));
show(() => process.stderr.write('err line\n'));
show(() => process.stdout.write(5));
process.env.A = 5; process.env.B = { x: 1 }; process.env.C = undefined;
console.log(typeof process.env.A, process.env.B, typeof process.env.C, process.env.C, JSON.stringify(Object.keys(process.env)));
try { Object.defineProperty(process.env, 'D', { value: 7 }); } catch (e) { console.log(e.constructor.name + ': ' + e.message, e.code); }
Object.defineProperty(process.env, 'F', { value: 8, configurable: true, writable: true, enumerable: true }); console.log(typeof process.env.F);

console.log(Object.prototype.toString.call(process.env));
