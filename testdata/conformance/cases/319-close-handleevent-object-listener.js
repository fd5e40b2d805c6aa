const { port1, port2 } = new MessageChannel();
const h = { handleEvent(e) { console.log('handleEvent close', e.type, this === h, e.target === port2); } };
port2.addEventListener('close', h);
port1.close();
