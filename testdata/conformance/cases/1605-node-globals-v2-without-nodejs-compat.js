// config: date=2026-11-17 flags=no_nodejs_compat
// nodejs_compat_v2 by date without nodejs_compat: the globals are there, but process is the
// first, plain-object process (enable_nodejs_process_v2 is implied by nodejs_compat only).
console.log(typeof setImmediate, typeof Buffer, typeof global, typeof process);
console.log(Object.getOwnPropertyNames(process).join(','));
console.log(Object.prototype.toString.call(process), Object.getPrototypeOf(process) === Object.prototype);
console.log(process.platform, JSON.stringify(process.env), JSON.stringify(process.features));
console.log(typeof process.nextTick, typeof process.getBuiltinModule, process.version);
console.log(typeof process.getBuiltinModule('node:buffer'), process.getBuiltinModule('nope'));
