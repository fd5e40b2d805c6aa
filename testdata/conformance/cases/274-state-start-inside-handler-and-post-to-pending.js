const a = new MessageChannel();
const b = new MessageChannel();
b.port1.postMessage('b queued');
a.port2.onmessage = (e) => {
  console.log('a got', e.data);
  b.port2.addEventListener('message', (ev) => console.log('b got', ev.data));
  Promise.resolve().then(() => console.log('microtask from a handler'));
};
a.port1.postMessage('x');
a.port1.postMessage('y');
