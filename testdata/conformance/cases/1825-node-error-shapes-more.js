// config: date=2026-09-15 flags=nodejs_compat
// More error shapes: process's ERR_EPERM (syscall, errno, path), not-implemented and finalized errors, argument errors of util/events/assert/url/timers, AsyncLocalStorage's brand check, Buffer.fill's native hex message.
const shape = (f) => { try { f(); console.log('no throw'); } catch (e) {
  console.log(e.constructor.name, e.name, e.code, JSON.stringify(Object.keys(e)), String(e), Object.getPrototypeOf(e) === Error.prototype, e.stack.split('\n')[0]); } };
shape(() => process.setuid(1));
shape(() => process.initgroups('a', 'b'));
shape(() => process.kill(1));
shape(() => process.binding('x'));
shape(() => { const h = process.getBuiltinModule('node:crypto').createHash('sha1'); h.digest(); h.digest(); });
shape(() => process.getBuiltinModule('node:util').callbackify(5));
shape(() => process.getBuiltinModule('node:events').setMaxListeners(-1));
shape(() => process.getBuiltinModule('node:assert').strictEqual(1));
shape(() => process.getBuiltinModule('node:util').parseArgs());
shape(() => process.getBuiltinModule('node:url').fileURLToPath('http://x'));
shape(() => process.getBuiltinModule('node:timers').enroll());
shape(() => process.getBuiltinModule('node:async_hooks').AsyncLocalStorage.prototype.enterWith(1));
shape(() => process.getBuiltinModule('node:buffer').Buffer.alloc(1).fill('zz', 'hex'));
const { AsyncLocalStorage } = process.getBuiltinModule('node:async_hooks');
try { process.setuid(1); } catch (e) { console.log(JSON.stringify([e.syscall, e.errno, e.path, e.code, e.name, e.message])); }
try { process.setgid(1); } catch (e) { console.log(JSON.stringify([e.syscall, e.errno, e.path])); }
try { process.setgroups([]); } catch (e) { console.log(JSON.stringify([e.syscall, e.errno, e.path])); }
try { process.initgroups('u', 1); } catch (e) { console.log(JSON.stringify([e.syscall, e.errno, e.path])); }
try { process.seteuid(1); } catch (e) { console.log(JSON.stringify([e.syscall, e.errno, e.path])); }
try { process.setegid(1); } catch (e) { console.log(JSON.stringify([e.syscall, e.errno, e.path])); }
for (const m of ['run', 'exit', 'getStore', 'enterWith', 'disable']) { try { AsyncLocalStorage.prototype[m].call({}, () => {}); console.log(m, 'ok'); } catch (e) { console.log(m, e.constructor.name, e.message.slice(0, 40)); } }
try { console.log(Object.getOwnPropertyDescriptor(AsyncLocalStorage.prototype, 'name').get.call({})); } catch (e) { console.log('name', e.constructor.name, e.message.slice(0, 40)); }
