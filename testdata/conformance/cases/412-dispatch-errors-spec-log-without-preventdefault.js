// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => console.log('global error:', ev.message));
port2.onmessage = () => { throw new Error('logged to stderr'); };
port2.onmessageerror = (e) => console.log('messageerror', e.data.message);
port1.postMessage('m');
