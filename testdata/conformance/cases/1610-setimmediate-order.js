// config: date=2026-11-17
// setImmediate is a 0 ms timer in workerd: after the synchronous code, port messages,
// microtasks and process.nextTick callbacks (microtasks too), in one FIFO with setTimeout(f, 0).
const log = [];
const ch = new MessageChannel();
ch.port2.onmessage = (e) => { log.push('msg' + e.data); };
setTimeout(() => log.push('t0'), 0);
setImmediate(() => {
  log.push('i1');
  Promise.resolve().then(() => log.push('i1-micro'));
  process.nextTick(() => log.push('i1-tick'));
});
setImmediate(() => {
  log.push('i2');
  setImmediate(() => log.push('i2-nested'));
  setTimeout(() => log.push('i2-t0'), 0);
  ch.port1.postMessage(2);
});
ch.port1.postMessage(1);
Promise.resolve().then(() => log.push('micro'));
process.nextTick(() => log.push('tick'));
queueMicrotask(() => log.push('qm'));
setTimeout(() => log.push('t0-after'), 0);
log.push('sync');
await new Promise((r) => setTimeout(r, 5));
console.log(log.join(' '));
