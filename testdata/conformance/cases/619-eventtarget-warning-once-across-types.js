const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', () => 1);
port2.addEventListener('message', async () => {});
port2.addEventListener('close', () => 'str');
port1.postMessage('m');
await new Promise((r) => setTimeout(r, 5));
port2.close();
console.log('one warning for this port');
