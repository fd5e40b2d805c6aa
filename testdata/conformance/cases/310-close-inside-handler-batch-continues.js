const { port1, port2 } = new MessageChannel();
port1.postMessage('q1');
port1.postMessage('q2');
port1.postMessage('q3');
port2.onclose = () => console.log('port2 onclose');
port2.onmessage = (e) => {
  console.log('got', e.data);
  if (e.data === 'q1') { port2.close(); console.log('closed inside handler'); }
};
