// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => {
  console.log(JSON.stringify(ev.message), 'filename', JSON.stringify(ev.filename), 'lineno', ev.lineno, 'colno', ev.colno);
  ev.preventDefault();
});
const pre = new Error('created before the throw');
port2.addEventListener('message', () => { throw pre; });
port2.addEventListener('message', () => { throw 'a primitive'; });
port2.addEventListener('message', () => { throw { plain: 'object' }; });
port2.addEventListener('message', () => { throw null; });
port1.postMessage('m');
