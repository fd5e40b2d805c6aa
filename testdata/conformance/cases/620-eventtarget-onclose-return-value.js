const { port1, port2 } = new MessageChannel();
port2.onclose = () => 5;
port1.onclose = () => ({});
port1.close();
console.log('return values of onclose');
