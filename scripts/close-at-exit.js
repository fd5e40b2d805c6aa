// close-at-exit.js: what close does not do: no 'close' event fires when the
// script ends with its ports open.
//
//   mcrepl run scripts/close-at-exit.js
//
// 'close' fires only when close() is called on one of the two ports. Ports
// left open at the end do not keep the Worker alive and are never closed for
// you, so their close listeners never run: do not use 'close' to learn that a
// conversation is over, send a message that says so.
const { port1, port2 } = new MessageChannel();
port1.onclose = () => console.log('port1 closed');
port2.onclose = () => console.log('port2 closed');
port2.onmessage = (e) => console.log('got', e.data);

port1.postMessage('last message');
console.log('the script ends with both ports open');
