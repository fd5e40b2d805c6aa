// config: date=2026-09-01
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => { console.log('global error (never)'); ev.preventDefault(); });
port2.onmessage = (e) => { console.log('got', String(e.data)); if (e.data === 'm') throw new Error('x'); };
port2.onmessageerror = (e) => console.log('messageerror (never)');
port1.postMessage('m');
