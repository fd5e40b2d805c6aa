const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => { console.log('once', String(e.data)); throw new Error('boom'); }, { once: true });
port2.addEventListener('message', (e) => console.log('other', String(e.data)));
port1.postMessage('m');
