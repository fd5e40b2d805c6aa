// close-both-ports.js: close() fires 'close' on both ports, the peer first,
// before close() returns.
//
//   mcrepl run scripts/close-both-ports.js
//
// There is no onclose accessor on MessagePort: onclose is a plain property,
// read when the event fires and called before addEventListener listeners.
// Closing either port closes both, and a second close() does nothing. Posting
// on a closed port is silently ignored; mcrepl's report lists what was dropped.
const { port1, port2 } = new MessageChannel();
port1.onclose = (e) => console.log('port1 onclose', e.constructor.name, e.isTrusted);
port2.addEventListener('close', () => console.log('port2 close listener'));

console.log('calling port2.close()');
port2.close();
console.log('port2.close() returned');

port1.close();
port1.postMessage('too late');
console.log('done');
