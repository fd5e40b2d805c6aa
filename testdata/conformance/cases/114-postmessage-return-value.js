const { port1, port2 } = new MessageChannel();
console.log(port1.postMessage('queued'));
port2.onmessage = () => {};
console.log(port1.postMessage('started'));
port2.close();
console.log(port1.postMessage('closed'));
