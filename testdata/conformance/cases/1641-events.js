// config: date=2026-11-17
// EventEmitter: listeners, once, prepend, removal, errors, the static helpers.
const EventEmitter = process.getBuiltinModule('node:events');
const e = new EventEmitter();
const log = [];
e.on('newListener', (n) => log.push('new:' + String(n)));
e.on('x', (a, b) => log.push('x1:' + a + b));
e.prependListener('x', () => log.push('x0'));
e.once('x', () => log.push('once'));
console.log(e.emit('x', 1, 2), e.emit('x', 3, 4), e.emit('nothing'), e.listenerCount('x'), e.eventNames().map(String).join());
console.log(log.join(' '));
const f = () => {};
e.on('y', f); e.on('y', f);
e.removeListener('y', f);
console.log(e.listenerCount('y'), e.listeners('y').length, e.rawListeners('x').length);
e.removeAllListeners('x');
console.log(e.listenerCount('x'), e.getMaxListeners(), EventEmitter.defaultMaxListeners);
try { e.emit('error', new TypeError('boom')); } catch (err) { console.log(err.constructor.name + ': ' + err.message); }
try { e.emit('error', 'str'); } catch (err) { console.log(err.name, err.code, err.message); }
try { e.on('z', 'nope'); } catch (err) { console.log(err.name, err.code, err.message); }
const [v] = await Promise.all([EventEmitter.once(e, 'ready'), Promise.resolve().then(() => e.emit('ready', 42))]);
console.log('once:', JSON.stringify(v));
console.log(Object.getOwnPropertyNames(EventEmitter.prototype).join(','));
console.log(typeof EventEmitter.errorMonitor, String(EventEmitter.captureRejectionSymbol), EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains);
class Sub extends EventEmitter {}
const s = new Sub();
s.on('a', function () { log.push(this === s); });
s.emit('a');
console.log(log.pop(), s instanceof EventEmitter);
console.log(Object.keys(new EventEmitter()).join(','), new EventEmitter().domain);
