const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
port1.postMessage('m1 scheduled before close');
port1.close();
port1.postMessage('m2 dropped');
console.log('sync end');
