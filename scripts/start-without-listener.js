// start-without-listener.js: start() with no listener loses the queued
// messages.
//
//   mcrepl run scripts/start-without-listener.js
//
// start() releases the queue in a microtask. If nothing listens by then, the
// messages are dispatched to nobody and are gone: a listener added later
// (here in a timer) only gets what is posted after it. A listener added in
// the same synchronous code as start() would still have got them. mcrepl's
// event log shows the two messages reaching 0 listeners, and its report says
// what was lost.
const { port1, port2 } = new MessageChannel();
port1.postMessage('first');
port1.postMessage('second');
port2.start();

setTimeout(() => {
  port2.onmessage = (e) => console.log('got', e.data);
  port1.postMessage('third');
}, 0);
