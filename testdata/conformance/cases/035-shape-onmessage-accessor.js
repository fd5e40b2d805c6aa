const d = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
console.log('value' in d, typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(JSON.stringify(d.get.name), d.get.length, JSON.stringify(d.set.name), d.set.length);
