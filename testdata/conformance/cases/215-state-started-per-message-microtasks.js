const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => {
  console.log('got', e.data);
  Promise.resolve().then(() => console.log('microtask from handler', e.data));
};
port1.postMessage('s1');
port1.postMessage('s2');
port1.postMessage('s3');
