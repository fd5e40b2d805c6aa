// config: date=2025-08-15 flags=spec_compliant_dispatch_exceptions
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => { console.log('global error:', ev.message); ev.preventDefault(); });
port2.onmessage = (e) => { console.log('got', String(e.data)); throw new Error('x'); };
port2.onmessageerror = (e) => console.log('messageerror', e.data.message);
port1.postMessage('m');
