const { port1, port2 } = new MessageChannel();
port2.onmessage = function (e) {
  console.log('onmessage this === globalThis', this === globalThis, 'this === port2', this === port2);
};
port2.addEventListener('message', function (e) {
  console.log('listener this === port2', this === port2, 'this === globalThis', this === globalThis);
});
port1.postMessage('m');
