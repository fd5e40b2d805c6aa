const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('port2 got', e.data);
port1.postMessage('a');
port1.postMessage('b');
port2.close();
port1.postMessage('c (dropped)');
console.log('port2 closed itself with two messages scheduled');
