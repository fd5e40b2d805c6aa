// config: date=2026-11-17
// process is an EventEmitter with Node's whole surface (enable_nodejs_process_v2).
console.log(Object.keys(process).join(','));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(process)).join(','));
console.log(Object.prototype.toString.call(process), process.constructor.name);
console.log(process.getBuiltinModule('node:process') === process, process.getBuiltinModule('process') === process);
