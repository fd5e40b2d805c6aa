// config: date=2026-11-17
// process.nextTick queues a microtask: FIFO with promise reactions and queueMicrotask.
const log = [];
Promise.resolve().then(() => log.push('p1'));
process.nextTick(() => log.push('t1'));
queueMicrotask(() => log.push('q1'));
process.nextTick((a, b) => { log.push('t2:' + a + b); process.nextTick(() => log.push('t3')); Promise.resolve().then(() => log.push('p3')); }, 'x', 'y');
Promise.resolve().then(() => log.push('p2'));
log.push('sync');
await null;
await null;
await null;
console.log(log.join(' '));
