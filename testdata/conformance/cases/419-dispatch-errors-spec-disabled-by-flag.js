// config: date=2026-09-15 flags=no_spec_compliant_dispatch_exceptions
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => { console.log('got', String(e.data)); if (e.data === 'm') throw new Error('x'); };
port2.onmessageerror = (e) => console.log('messageerror (never)');
port1.postMessage('m');
