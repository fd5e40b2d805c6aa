// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => { console.log('global error', JSON.stringify(ev.message), ev.error); ev.preventDefault(); });
port2.onmessage = () => { throw 'a string'; };
port2.onmessageerror = (e) => console.log('messageerror', e.data);
port1.postMessage('m');
