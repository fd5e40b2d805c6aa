// config: date=2025-08-15
// console.log of the MessageChannel and MessagePort classes, as workerd's inspect shows its JavaScript classes: [class X], what it extends, own properties.
console.log(MessageChannel);
console.log(MessagePort);
console.log([MessageChannel, MessagePort], { c: MessageChannel });
class Sub extends MessagePort {}
console.log(Sub);
MessageChannel.extra = 1;
console.log(MessageChannel);
const mc = new MessageChannel();
delete mc.port1;
console.log(mc);
Object.setPrototypeOf(MessagePort, Function.prototype);
console.log(MessagePort);
