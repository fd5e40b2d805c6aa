// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('unhandledrejection', (ev) => { console.log('unhandledrejection (never: spec mode reports instead)'); ev.preventDefault(); });
globalThis.addEventListener('error', (ev) => { console.log('error', ev.message); ev.preventDefault(); });
port2.onmessage = () => { throw new Error('x'); };
port2.onmessageerror = () => { throw new Error('y'); };
port1.postMessage('m');
await new Promise((r) => setTimeout(r, 5));
