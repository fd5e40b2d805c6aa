const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', () => console.log('global error (never)'));
port2.onmessageerror = () => console.log('onmessageerror (never)');
port2.addEventListener('messageerror', () => console.log('messageerror listener (never)'));
port2.onmessage = (e) => {
  console.log('onmessage', e.type, e.data instanceof Error ? 'Error: ' + e.data.message : e.data);
  if (e.data === 'm1') throw new Error('oops');
};
port1.postMessage('m1');
