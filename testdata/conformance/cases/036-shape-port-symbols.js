const syms = Object.getOwnPropertySymbols(MessagePort.prototype);
console.log(syms.length);
console.log(JSON.stringify(syms.map(String).sort()));
const d = Object.getOwnPropertyDescriptor(MessagePort.prototype, Symbol.toStringTag);
console.log(d.value, d.writable, d.enumerable, d.configurable);
