const a = new MessageChannel();
const b = Reflect.construct(MessageChannel, []);
const c = new MessageChannel(1, 'two', {});
console.log(a instanceof MessageChannel, b instanceof MessageChannel, c instanceof MessageChannel);
console.log(MessageChannel.length, MessageChannel.name, MessagePort.length, MessagePort.name);
console.log(a.port1 instanceof MessagePort, a.port2 instanceof MessagePort, a.port1 !== a.port2);
console.log(a.port1 !== b.port1);
