// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => { console.log('global error:', ev.message); ev.preventDefault(); });
const first = new RangeError('first');
port2.addEventListener('message', (e) => { console.log('A', e.data); throw first; });
port2.addEventListener('message', (e) => { console.log('B', e.data); throw new TypeError('second'); });
port2.addEventListener('message', (e) => console.log('C', e.data));
port2.onmessageerror = (e) => console.log('onmessageerror', e.type, e.data === first);
port2.addEventListener('messageerror', (e) => console.log('messageerror listener', e.data === first));
port1.postMessage('m1');
