// config: date=2026-09-15 flags=nodejs_compat
// Which uncaught exceptions reach the global error event: a microtask's, a
// listener's, process.nextTick's and reportError's do; a timer's and an
// immediate's do not (workerd fails the request instead). rejectionhandled
// fires inside the late catch(), with reason undefined.
addEventListener('error', (e) => console.log('error event', e.message));
addEventListener('unhandledrejection', (e) => { console.log('unhandledrejection', e.reason.message); e.preventDefault(); });
addEventListener('rejectionhandled', (e) => console.log('rejectionhandled', e.constructor.name, String(e.reason), e.promise === p, e.cancelable));
setTimeout(() => { throw new Error('from timer'); }, 1);
setImmediate(() => { throw new Error('from immediate'); });
queueMicrotask(() => { throw new Error('from microtask'); });
const mc = new MessageChannel();
mc.port2.onmessage = () => { throw new Error('from listener'); };
mc.port1.postMessage(1);
reportError(new Error('reported'));
const p = Promise.reject(new Error('late handled'));
await new Promise((r) => setTimeout(r, 10));
p.catch(() => console.log('caught late'));
console.log('after catch');
await new Promise((r) => setTimeout(r, 10));
mc.port1.close();
console.log('done');
