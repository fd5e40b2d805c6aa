const { port1, port2 } = new MessageChannel();
port2.addEventListener('close', function () { console.log('listener, this === port2:', this === port2); });
port2.onclose = function (e) { console.log('onclose first, this === globalThis:', this === globalThis, e.type); };
port2.addEventListener('close', function () { console.log('listener 2'); });
port1.close();
