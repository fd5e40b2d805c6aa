const { port1 } = new MessageChannel();
console.log(Object.getPrototypeOf(port1) === MessagePort.prototype);
console.log(Object.getPrototypeOf(MessagePort.prototype) === EventTarget.prototype);
console.log(Object.getPrototypeOf(EventTarget.prototype) === Object.prototype);
console.log(port1 instanceof EventTarget, port1 instanceof MessagePort);
console.log(Object.getPrototypeOf(MessagePort) === Function.prototype);
console.log(Object.getPrototypeOf(MessagePort) === EventTarget);
console.log(port1.constructor === MessagePort);
