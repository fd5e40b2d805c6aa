// config: date=2024-01-01 flags=expose_global_message_channel
const mc = new MessageChannel();
console.log(typeof MessageChannel, 'MessageChannel' in globalThis);
console.log(Object.prototype.toString.call(mc.port1), String(mc.port1), String(mc));
console.log(Object.getOwnPropertySymbols(MessagePort.prototype).map(String).includes('Symbol(Symbol.toStringTag)'));
console.log(mc.port1[Symbol.toStringTag]);
mc.port2.addEventListener('message', function () { console.log('listener this === globalThis', this === globalThis, 'this === port2', this === mc.port2); });
mc.port2.onmessage = function () { console.log('onmessage this === globalThis', this === globalThis); };
mc.port1.postMessage('m');
