console.log(Function.prototype.toString.call(MessageChannel));
console.log(Function.prototype.toString.call(MessagePort));
console.log(String(MessagePort.prototype.postMessage).replace(/\s+/g, ' '));
