const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => console.log('permanent', e.data));
port2.addEventListener('message', (e) => console.log('once', e.data), { once: true });
port1.postMessage('m1');
port1.postMessage('m2');
