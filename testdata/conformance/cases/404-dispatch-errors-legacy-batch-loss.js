const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('unhandledrejection', (ev) => { console.log('unhandledrejection', ev.reason.message); ev.preventDefault(); });
port1.postMessage('q1');
port1.postMessage('q2');
port1.postMessage('q3');
port2.onmessage = (e) => {
  console.log('got', e.data instanceof Error ? 'error ' + e.data.message : e.data);
  if (e.data === 'q1') throw new Error('e1');
  if (e.data instanceof Error) throw new Error('e2');
};
port1.postMessage('live1');
port1.postMessage('live2');
await new Promise((r) => setTimeout(r, 10));
