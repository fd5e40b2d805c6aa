const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('onmessage', e.data);
port2.addEventListener('message', (e) => console.log('A', e.data));
port2.onmessage = 42;
port2.onmessage = (e) => console.log('onmessage re-added', e.data);
port1.postMessage('m1');
