console.log(JSON.stringify(Object.getOwnPropertyNames(MessagePort.prototype).sort()));
console.log(JSON.stringify(Object.keys(MessagePort.prototype).sort()));
for (const k of ['close', 'postMessage', 'start']) {
  const d = Object.getOwnPropertyDescriptor(MessagePort.prototype, k);
  console.log(k, typeof d.value, d.writable, d.enumerable, d.configurable, d.value.length, d.value.name);
}
const c = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'constructor');
console.log('constructor', c.value === MessagePort, c.writable, c.enumerable, c.configurable);
