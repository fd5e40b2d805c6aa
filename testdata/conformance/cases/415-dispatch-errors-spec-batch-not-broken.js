// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => { console.log('global error:', ev.message); ev.preventDefault(); });
port2.onmessageerror = (e) => console.log('messageerror', e.data.message);
port1.postMessage('q1');
port1.postMessage('q2');
port1.postMessage('q3');
port2.onmessage = (e) => { console.log('got', e.data); throw new Error('fail ' + e.data); };
