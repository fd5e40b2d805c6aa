const { port1, port2 } = new MessageChannel();
port1.postMessage('q1');
port1.postMessage('q2');
port1.postMessage('q3');
const h = (e) => { console.log('got', e.data); port2.removeEventListener('message', h); };
port2.addEventListener('message', h);
await new Promise((r) => setTimeout(r, 5));
console.log('re-adding');
port2.addEventListener('message', (e) => console.log('later got', e.data));
