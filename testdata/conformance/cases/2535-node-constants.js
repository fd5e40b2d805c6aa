// config: date=2026-11-23 flags=nodejs_compat
// node:constants: every key and value (workerd's, whose errno and signal numbers are not node:os's), each read-only but configurable, not frozen.
const k = (await import('node:constants')).default;
console.log(JSON.stringify(k));
console.log(Object.getPrototypeOf(k) === Object.prototype, Object.isFrozen(k), JSON.stringify(Object.getOwnPropertyDescriptor(k, 'EPERM')));
try { k.EPERM = 99; } catch (e) { console.log(e.name, e.message.split(" of object")[0]); }
console.log(k.EPERM);
const os = await import('node:os');
console.log(k.EAGAIN, os.constants.errno.EAGAIN, k.SIGCHLD, os.constants.signals.SIGCHLD);
