const { port1, port2 } = new MessageChannel();
port1.postMessage('q1');
port1.postMessage('q2');
port2.addEventListener('message', (e) => console.log('once got', e.data), { once: true });
await new Promise((r) => setTimeout(r, 5));
console.log('adding another listener');
port2.addEventListener('message', (e) => console.log('later got', e.data));
