// delivery-order.js: a message is delivered in a microtask, in line with
// promise callbacks, and before any setTimeout.
//
//   mcrepl run scripts/delivery-order.js
//
// Each postMessage to a started port queues one microtask at post time, so
// messages interleave with promise reactions and queueMicrotask in the order
// they were queued, and all run before setTimeout(0). Node and Deno deliver
// port messages as macrotasks, after the timer: code that relies on either
// order behaves differently there.
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('message', e.data);

setTimeout(() => console.log('setTimeout 0'), 0);
Promise.resolve().then(() => console.log('promise A'));
port1.postMessage('m1');
Promise.resolve().then(() => console.log('promise B'));
queueMicrotask(() => console.log('queueMicrotask C'));
port1.postMessage('m2');
console.log('synchronous code done');
