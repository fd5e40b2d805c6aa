const { port1, port2 } = new MessageChannel();
port2.addEventListener('close', () => console.log('close listener'));
port2.addEventListener('messageerror', () => console.log('messageerror listener'));
port2.addEventListener('foo', () => console.log('foo listener'));
port1.postMessage('m1');
await new Promise((r) => setTimeout(r, 5));
console.log('still queued; adding message listener');
port2.addEventListener('message', (e) => console.log('got', e.data));
