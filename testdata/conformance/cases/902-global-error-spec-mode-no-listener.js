// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
port2.onmessage = () => { throw new TypeError('reported, only on stderr'); };
port2.onmessageerror = (e) => console.log('messageerror', e.data.constructor.name, e.data.message);
port1.postMessage('m');
