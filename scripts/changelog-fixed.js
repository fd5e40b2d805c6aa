// changelog-fixed.js: the changelog's example, fixed: post on one port and
// listen on the other.
//
//   mcrepl run scripts/changelog-fixed.js
//
// port1 posts, port2 listens: setting onmessage starts port2, and the message
// is delivered in a microtask, after the synchronous code. Listening on port1
// and posting on port2 works just as well; what matters is that the listener
// is on the other port.
const {port1, port2} = new MessageChannel();
port2.onmessage = e => console.log(e.data);
port1.postMessage('Hello from port1!');
console.log('posted');
