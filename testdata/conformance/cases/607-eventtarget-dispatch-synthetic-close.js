const { port1, port2 } = new MessageChannel();
port2.onclose = (e) => console.log('onclose', e.isTrusted);
port2.addEventListener('close', (e) => console.log('close listener', e.isTrusted));
port1.addEventListener('close', () => console.log('port1 close'));
console.log(port2.dispatchEvent(new Event('close')));
port2.onmessage = (e) => console.log('port still open, got', e.data);
port1.postMessage('after synthetic close');
await new Promise((r) => setTimeout(r, 5));
port2.close();
