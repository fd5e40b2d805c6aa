// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => { console.log('global error:', ev.message); ev.preventDefault(); });
port2.onmessage = (e) => { throw new Error('in message'); };
port2.onmessageerror = () => { console.log('onmessageerror throws'); throw new Error('in onmessageerror'); };
port2.addEventListener('messageerror', () => { console.log('messageerror listener still runs'); throw new Error('in messageerror listener'); });
port1.postMessage('m');
await new Promise((r) => setTimeout(r, 5));
console.log('nothing further');
