const { port1, port2 } = new MessageChannel();
port1.postMessage('q1');
console.log(port2.start(), port2.start(), port2.start());
port2.onmessage = (e) => console.log('got', e.data);
port1.postMessage('q2');
port2.close();
console.log('start on closed', port2.start());
