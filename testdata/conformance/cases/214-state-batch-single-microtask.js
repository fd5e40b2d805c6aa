const { port1, port2 } = new MessageChannel();
port1.postMessage('q1');
port1.postMessage('q2');
port1.postMessage('q3');
Promise.resolve().then(() => console.log('microtask queued before start'));
port2.onmessage = (e) => {
  console.log('got', e.data);
  Promise.resolve().then(() => console.log('microtask from handler', e.data));
};
Promise.resolve().then(() => console.log('microtask queued after start'));
