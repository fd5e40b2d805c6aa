const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => console.log('once got', e.data), { once: true });
port1.postMessage('m1');
port1.postMessage('m2 (scheduled, lost)');
await new Promise((r) => setTimeout(r, 5));
port1.postMessage('m3 (queued)');
await new Promise((r) => setTimeout(r, 5));
console.log('adding permanent listener');
port2.addEventListener('message', (e) => console.log('permanent got', e.data));
