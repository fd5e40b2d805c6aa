// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => ev.preventDefault());
let n = 0;
port2.onmessage = (e) => { n++; console.log('message event', n, typeof e.data); throw new Error('x'); };
port1.postMessage('m');
await new Promise((r) => setTimeout(r, 5));
console.log('message events total', n);
