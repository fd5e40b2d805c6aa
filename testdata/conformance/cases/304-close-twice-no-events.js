const { port1, port2 } = new MessageChannel();
let n1 = 0, n2 = 0;
port1.addEventListener('close', () => n1++);
port2.addEventListener('close', () => n2++);
port1.close();
port1.close();
port2.close();
port2.close();
console.log('port1 close events', n1, 'port2 close events', n2);
