// config: date=2026-11-17
// bluebird's scheduler (src/schedule.js): under Node (String(process) is [object process])
// with a recent version (process.versions.node) it runs its queue with setImmediate, else it
// uses a resolved native promise (a microtask). This is that choice, abridged, and a
// promise-library-style deferred queue on top of it.
const isNode = typeof process !== 'undefined' && Object.prototype.toString.call(process).toLowerCase() === '[object process]';
const isRecentNode = isNode && (() => {
  const version = process.versions.node.split('.').map(Number);
  return (version[0] === 0 && version[1] > 10) || version[0] > 0;
})();
let schedule, path;
if (isNode && typeof MutationObserver === 'undefined') {
  path = isRecentNode ? 'setImmediate' : 'process.nextTick';
  const GlobalSetImmediate = globalThis.setImmediate, ProcessNextTick = process.nextTick;
  schedule = isRecentNode ? (fn) => { GlobalSetImmediate.call(globalThis, fn); } : (fn) => { ProcessNextTick.call(process, fn); };
} else {
  path = 'native promise';
  const nativePromise = Promise.resolve();
  schedule = (fn) => { nativePromise.then(fn); };
}
console.log('schedule:', path);
const queue = [];
let scheduled = false;
const async = (fn) => {
  queue.push(fn);
  if (!scheduled) { scheduled = true; schedule(() => { scheduled = false; for (const f of queue.splice(0)) f(); }); }
};
const log = [];
const ch = new MessageChannel();
ch.port2.onmessage = (e) => { log.push('port ' + e.data); };
async(() => log.push('library then 1'));
async(() => log.push('library then 2'));
setTimeout(() => log.push('timeout 0'), 0);
ch.port1.postMessage(1);
Promise.resolve().then(() => log.push('native micro'));
await new Promise((r) => setTimeout(r, 5));
console.log(log.join(' | '));
