const { port1, port2 } = new MessageChannel();
const a = (e) => console.log('a got', e.data);
port2.addEventListener('message', a);
port1.postMessage('scheduled then listener removed');
port2.removeEventListener('message', a);
port1.postMessage('queued after removal');
await new Promise((r) => setTimeout(r, 5));
console.log('re-adding');
port2.addEventListener('message', a);
