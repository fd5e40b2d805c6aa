const { port1, port2 } = new MessageChannel();
port2.addEventListener('close', (e) => console.log('once close', e.type), { once: true });
port2.onmessageerror = () => console.log('never');
port2.close();
port2.close();
console.log('end');
