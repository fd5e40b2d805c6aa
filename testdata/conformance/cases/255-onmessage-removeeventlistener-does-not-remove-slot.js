const { port1, port2 } = new MessageChannel();
const f = (e) => console.log('f', e.data);
port2.onmessage = f;
port2.removeEventListener('message', f);
port1.postMessage('m1');
await new Promise((r) => setTimeout(r, 5));
port2.addEventListener('message', f);
port1.postMessage('m2: f as onmessage and as listener');
