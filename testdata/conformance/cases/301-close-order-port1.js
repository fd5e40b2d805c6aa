const { port1, port2 } = new MessageChannel();
port1.addEventListener('close', () => console.log('port1 close'));
port2.addEventListener('close', () => console.log('port2 close'));
port1.close();
console.log('after port1.close()');
