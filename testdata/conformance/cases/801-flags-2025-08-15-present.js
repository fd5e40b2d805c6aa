// config: date=2025-08-15
console.log(typeof MessageChannel, typeof MessagePort, 'MessageChannel' in globalThis, 'MessagePort' in globalThis);
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
port1.postMessage('works');
