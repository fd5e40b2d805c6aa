const { port1, port2 } = new MessageChannel();
const b = (e) => console.log('B', e.data);
port2.addEventListener('message', (e) => { console.log('A', e.data); port2.removeEventListener('message', b); });
port2.addEventListener('message', b);
port1.postMessage('m1');
