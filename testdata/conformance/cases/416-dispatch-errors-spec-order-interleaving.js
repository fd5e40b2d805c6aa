// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => { console.log('  global error', ev.error); ev.preventDefault(); });
port2.addEventListener('message', () => { console.log('A throws'); throw 'a'; });
port2.addEventListener('message', () => { console.log('B runs'); });
port2.addEventListener('message', () => { console.log('C throws'); throw 'c'; });
port2.addEventListener('messageerror', (e) => console.log('messageerror data', e.data));
port1.postMessage('m');
