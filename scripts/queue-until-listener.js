// queue-until-listener.js: messages wait on a port until it has a listener;
// addEventListener starts the port, no start() needed.
//
//   mcrepl run --trace all scripts/queue-until-listener.js
//
// A new port is not started: what arrives is queued, without limit.
// addEventListener('message', ...) (or setting onmessage) starts it, as in
// Node (the HTML spec says only start() and onmessage should). The queued
// messages are then delivered together, in one microtask, and later posts
// each get their own. --trace all shows the queueing, the start and the post.
const { port1, port2 } = new MessageChannel();
port1.postMessage('one');
port1.postMessage('two');
console.log('two messages posted, port2 has no listener');

setTimeout(() => {
  console.log('a timer later: addEventListener on port2');
  port2.addEventListener('message', (e) => console.log('got', e.data));
  port1.postMessage('three');
  console.log('timer done');
}, 0);
