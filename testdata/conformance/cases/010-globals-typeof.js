console.log(typeof MessageChannel, typeof MessagePort);
console.log('MessageChannel' in globalThis, 'MessagePort' in globalThis);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'MessageChannel') === undefined);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'MessagePort') === undefined);
console.log(Object.keys(globalThis).includes('MessageChannel'), Object.keys(globalThis).includes('MessagePort'));
console.log(Object.prototype.hasOwnProperty.call(globalThis, 'MessageChannel'));
