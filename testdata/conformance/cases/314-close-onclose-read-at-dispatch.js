const { port1, port2 } = new MessageChannel();
port2.addEventListener('close', () => {
  console.log('port2 listener sets port1.onclose');
  port1.onclose = () => console.log('port1 onclose set late, still called');
});
port1.close();
