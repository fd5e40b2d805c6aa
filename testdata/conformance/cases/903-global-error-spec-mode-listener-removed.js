// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
const onErr = (ev) => { console.log('global error', ev.message); ev.preventDefault(); };
globalThis.addEventListener('error', onErr);
port2.onmessage = (e) => { throw new Error('e-' + e.data); };
port1.postMessage(1);
await new Promise((r) => setTimeout(r, 5));
globalThis.removeEventListener('error', onErr);
port1.postMessage(2);
await new Promise((r) => setTimeout(r, 5));
