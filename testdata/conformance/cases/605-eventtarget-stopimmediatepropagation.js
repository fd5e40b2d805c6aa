const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => { console.log('A', e.data); if (e.data === 'm1') e.stopImmediatePropagation(); });
port2.onmessage = (e) => console.log('onmessage', e.data);
port2.addEventListener('message', (e) => console.log('B', e.data));
port1.postMessage('m1');
port1.postMessage('m2');
