// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => {
  console.log('filename', JSON.stringify(ev.filename), 'lineno', ev.lineno, 'colno', ev.colno);
  ev.preventDefault();
});
port2.onmessage = () => { throw new Error('where'); };
port1.postMessage('m');
