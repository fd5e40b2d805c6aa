const { port1 } = new MessageChannel();
console.log(port1.onmessage === null);
console.log('onmessage' in port1, 'onclose' in port1, 'onmessageerror' in port1);
console.log(port1.onclose === undefined, port1.onmessageerror === undefined);
console.log('onmessageerror' in MessagePort.prototype, 'onclose' in EventTarget.prototype);
