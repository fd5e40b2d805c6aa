const { port1, port2 } = new MessageChannel();
port2.addEventListener('close', () => { console.log('port2 close; calling port2.close() again'); port2.close(); port1.close(); });
port1.addEventListener('close', () => console.log('port1 close'));
port1.close();
console.log('done');
