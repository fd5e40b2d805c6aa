// nodejs-scheduler.js: why a library leaves the MessageChannel from 2026-08-04.
//
//   mcrepl run scripts/nodejs-scheduler.js
//   mcrepl --compat-date 2025-08-15 run scripts/nodejs-scheduler.js
//   mcrepl --trace all run scripts/nodejs-scheduler.js
//
// React's scheduler, the setimmediate and core-js polyfills and promise
// libraries pick setImmediate when the global scope has it, and a
// MessageChannel otherwise. workerd has setImmediate (nodejs_compat, on by
// date) from 2026-08-04: the same code then schedules a task, which runs after
// the timers already due, instead of posting a message, which is delivered
// as a microtask. --trace all shows the immediate in the event log.
const schedule = typeof setImmediate === 'function'
  ? (fn) => setImmediate(fn)
  : (() => {
    const { port1, port2 } = new MessageChannel();
    let pending = [];
    port1.onmessage = () => { const run = pending; pending = []; run.forEach((f) => f()); };
    return (fn) => { pending.push(fn); port2.postMessage(null); };
  })();
console.log('scheduling with', typeof setImmediate === 'function' ? 'setImmediate' : 'MessageChannel');
setTimeout(() => console.log('timeout 0'), 0);
schedule(function performWork() { console.log('scheduled work'); });
Promise.resolve().then(() => console.log('microtask'));
