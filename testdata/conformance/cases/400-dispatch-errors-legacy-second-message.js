const { port1, port2 } = new MessageChannel();
const boom = new RangeError('bad');
port2.addEventListener('message', (e) => {
  console.log('A', e.data === boom ? 'the thrown error' : e.data, e.isTrusted, e.source === port2);
  if (e.data === 'm1') throw boom;
});
port2.addEventListener('message', (e) => console.log('B', e.data === boom ? 'the thrown error' : e.data));
port1.postMessage('m1');
port1.postMessage('m2');
