// config: date=2025-08-15
// React's scheduler (scheduler/cjs/scheduler.production.js) picks how it schedules its work loop
// once, when it loads: setImmediate if there is one ("Node.js and old IE"), else a
// MessageChannel, else setTimeout(0). This is that choice and a small work loop around it; a
// task that returns a function is continued in a later round, as the scheduler does.
const localSetImmediate = typeof setImmediate !== 'undefined' ? setImmediate : null;
let schedulePerformWorkUntilDeadline, path;
if (typeof localSetImmediate === 'function') {
  path = 'setImmediate';
  schedulePerformWorkUntilDeadline = () => { localSetImmediate(performWorkUntilDeadline); };
} else if (typeof MessageChannel !== 'undefined') {
  path = 'MessageChannel';
  const channel = new MessageChannel();
  const port = channel.port2;
  channel.port1.onmessage = performWorkUntilDeadline;
  schedulePerformWorkUntilDeadline = () => { port.postMessage(null); };
} else {
  path = 'setTimeout';
  schedulePerformWorkUntilDeadline = () => { setTimeout(performWorkUntilDeadline, 0); };
}
const log = [];
const queue = [];
let isMessageLoopRunning = false;
function performWorkUntilDeadline() {
  if (!isMessageLoopRunning) return;
  const task = queue.shift();
  const next = task && task();
  if (typeof next === 'function') queue.push(next);
  if (queue.length > 0) schedulePerformWorkUntilDeadline();
  else isMessageLoopRunning = false;
}
function scheduleCallback(fn) {
  queue.push(fn);
  if (!isMessageLoopRunning) { isMessageLoopRunning = true; schedulePerformWorkUntilDeadline(); }
}
console.log('path:', path);
const ch = new MessageChannel();
ch.port2.onmessage = (e) => { log.push('port ' + e.data); };
scheduleCallback(() => { log.push('task A'); return () => { log.push('task A continued'); }; });
scheduleCallback(() => { log.push('task B'); Promise.resolve().then(() => log.push('micro in B')); });
setTimeout(() => log.push('timeout 0'), 0);
ch.port1.postMessage(1);
Promise.resolve().then(() => log.push('micro'));
await new Promise((r) => setTimeout(r, 5));
console.log(log.join(' | '));
