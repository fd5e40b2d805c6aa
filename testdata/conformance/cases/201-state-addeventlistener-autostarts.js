const { port1, port2 } = new MessageChannel();
port1.postMessage('queued before listener');
port2.addEventListener('message', (e) => console.log('listener got', e.data));
console.log('sync after addEventListener');
port1.postMessage('posted after listener');
await new Promise((r) => setTimeout(r, 5));
