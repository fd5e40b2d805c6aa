const { port1, port2 } = new MessageChannel();
const h = (e) => console.log('got', e.data);
port2.addEventListener('message', h);
port1.postMessage('m1 scheduled');
port2.removeEventListener('message', h);
port1.postMessage('m2 queued');
port2.addEventListener('message', h);
port1.postMessage('m3 scheduled');
console.log('sync end');
