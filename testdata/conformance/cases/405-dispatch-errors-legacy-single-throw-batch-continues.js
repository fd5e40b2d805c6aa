const { port1, port2 } = new MessageChannel();
port1.postMessage('q1');
port1.postMessage('q2');
port2.onmessage = (e) => {
  console.log('got', e.data instanceof Error ? 'error ' + e.data.message : e.data);
  if (e.data === 'q1') throw new Error('e1');
};
