globalThis.addEventListener('error', () => console.log('error event (never in legacy mode)'));
globalThis.addEventListener('unhandledrejection', (ev) => { console.log('unhandledrejection', ev.reason.message); ev.preventDefault(); });
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => { throw new Error(e.data instanceof Error ? 'again' : 'once'); };
port1.postMessage('m');
await new Promise((r) => setTimeout(r, 5));
