const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', async (e) => { console.log('async listener got', e.data); });
port1.postMessage('m');
