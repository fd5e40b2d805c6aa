const { port1, port2 } = new MessageChannel();
port1.postMessage('lost1');
port1.postMessage('lost2');
console.log('start returns', port2.start());
await new Promise((r) => setTimeout(r, 5));
port1.postMessage('also lost: started, no listener');
await new Promise((r) => setTimeout(r, 5));
port2.addEventListener('message', (e) => console.log('got', e.data));
port1.postMessage('kept');
