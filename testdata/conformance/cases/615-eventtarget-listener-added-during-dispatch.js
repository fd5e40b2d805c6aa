const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => {
  console.log('A', e.data);
  if (e.data === 'm1') port2.addEventListener('message', (e2) => console.log('late', e2.data));
});
port1.postMessage('m1');
port1.postMessage('m2');
