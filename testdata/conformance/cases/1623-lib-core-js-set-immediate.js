// config: date=2026-11-17
// core-js's setImmediate (internals/task.js) keeps a native setImmediate/clearImmediate pair;
// without one it defers with process.nextTick under Node (classof(process) === 'process'),
// else a MessageChannel, else setTimeout. This is that choice, abridged.
const classof = (v) => Object.prototype.toString.call(v).slice(8, -1);
let set = globalThis.setImmediate, clear = globalThis.clearImmediate, defer = null, path = 'native';
if (!set || !clear) {
  const queue = new Map();
  let counter = 0;
  const run = (id) => { const fn = queue.get(id); if (fn) { queue.delete(id); fn(); } };
  set = (handler, ...args) => { queue.set(++counter, () => handler(...args)); defer(counter); return counter; };
  clear = (id) => { queue.delete(id); };
  if (typeof process !== 'undefined' && classof(process) === 'process') {
    path = 'process.nextTick';
    defer = (id) => process.nextTick(run, id);
  } else if (typeof MessageChannel !== 'undefined') {
    path = 'MessageChannel';
    const channel = new MessageChannel();
    const port = channel.port2;
    channel.port1.onmessage = (event) => run(event.data);
    defer = (id) => port.postMessage(id);
  } else {
    path = 'setTimeout';
    defer = (id) => setTimeout(run, 0, id);
  }
}
console.log('task:', path);
const log = [];
const ch = new MessageChannel();
ch.port2.onmessage = (e) => { log.push('port ' + e.data); };
set(() => log.push('imm 1'));
setTimeout(() => log.push('timeout 0'), 0);
const c = set(() => log.push('cleared'));
clear(c);
set(() => log.push('imm 2'));
ch.port1.postMessage(1);
Promise.resolve().then(() => log.push('micro'));
await new Promise((r) => setTimeout(r, 5));
console.log(log.join(' | '));
