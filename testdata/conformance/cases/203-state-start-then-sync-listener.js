const { port1, port2 } = new MessageChannel();
port1.postMessage('q1');
port1.postMessage('q2');
port2.start();
port2.addEventListener('message', (e) => console.log('got', e.data));
console.log('sync end');
