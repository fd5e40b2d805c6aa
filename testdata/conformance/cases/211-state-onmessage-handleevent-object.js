const { port1, port2 } = new MessageChannel();
const obj = { handleEvent(e) { console.log('handleEvent called', e.data); } };
port1.postMessage('m1');
port2.onmessage = obj;
console.log('getter returns same object', port2.onmessage === obj);
await new Promise((r) => setTimeout(r, 5));
console.log('m1 was dispatched to nobody');
port2.addEventListener('message', (e) => console.log('listener got', e.data));
port1.postMessage('m2');
