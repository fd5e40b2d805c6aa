const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => console.log('port1 got (never)', e.data);
port2.onmessage = (e) => console.log('port2 got (never)', e.data);
port2.addEventListener('close', () => {
  console.log('port2 close; posting');
  console.log(port2.postMessage('from close listener'));
  try { port2.postMessage(() => 1); } catch (e) { console.log('still validated', e.name); }
});
port1.addEventListener('close', () => { console.log('port1 close; posting'); port1.postMessage('x'); });
port1.close();
