const { port1, port2 } = new MessageChannel();
Promise.resolve().then(() => console.log('microtask queued before close'));
port1.onclose = () => console.log('port1 onclose');
port2.onclose = () => console.log('port2 onclose');
port1.close();
console.log('sync after close');
