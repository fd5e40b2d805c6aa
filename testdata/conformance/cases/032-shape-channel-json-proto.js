const mc = new MessageChannel();
console.log(JSON.stringify(mc));
console.log(Object.getPrototypeOf(mc) === MessageChannel.prototype);
console.log(Object.getPrototypeOf(MessageChannel.prototype) === Object.prototype);
console.log(mc instanceof EventTarget, typeof mc.addEventListener);
console.log(JSON.stringify(Object.getOwnPropertyNames(MessageChannel.prototype)));
console.log(Object.prototype.toString.call(mc), String(mc));
