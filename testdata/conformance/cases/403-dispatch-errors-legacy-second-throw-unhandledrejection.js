const { port1, port2 } = new MessageChannel();
const first = new Error('first');
const second = new Error('second');
globalThis.addEventListener('unhandledrejection', (ev) => {
  console.log('unhandledrejection', ev.constructor.name, ev.reason === second, ev.reason.message);
  ev.preventDefault();
});
port2.onmessage = (e) => {
  if (e.data === 'm1') { console.log('throw first'); throw first; }
  if (e.data === first) { console.log('second event; throw second'); throw second; }
  console.log('got', e.data);
};
port1.postMessage('m1');
port1.postMessage('m2');
await new Promise((r) => setTimeout(r, 10));
