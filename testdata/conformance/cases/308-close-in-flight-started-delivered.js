const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('port2 got', e.data);
port1.onmessage = (e) => console.log('port1 got', e.data);
port2.addEventListener('close', () => console.log('port2 close'));
port1.addEventListener('close', () => console.log('port1 close'));
port1.postMessage('to port2, scheduled');
port2.postMessage('to port1, scheduled');
port1.close();
console.log('closed');
