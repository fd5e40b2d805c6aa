// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
let n = 0;
globalThis.addEventListener('error', (ev) => { n++; if (n === 1) ev.preventDefault(); console.log('global error', n, ev.message); });
port2.addEventListener('message', () => { throw new Error('suppressed'); });
port2.addEventListener('message', () => { throw new Error('logged'); });
port1.postMessage('m');
