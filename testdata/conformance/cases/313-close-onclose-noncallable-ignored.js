const { port1, port2 } = new MessageChannel();
port2.onclose = { handleEvent() { console.log('handleEvent (never)'); } };
port1.onclose = 'not a function';
port2.addEventListener('close', () => console.log('port2 listener runs'));
port1.addEventListener('close', () => console.log('port1 listener runs'));
port1.close();
