// config: date=2026-11-17
// The store of the code that set a timer or an immediate is the store of its callback.
const { AsyncLocalStorage } = process.getBuiltinModule('node:async_hooks');
const als = new AsyncLocalStorage();
const log = [];
const note = (what) => log.push(what + '=' + als.getStore());
als.run('T', () => {
  setTimeout(() => note('timeout'), 0);
  setTimeout((x) => note('timeout arg ' + x), 1, 'x');
  const iv = setInterval(() => { note('interval'); clearInterval(iv); }, 1);
  setImmediate(() => { note('immediate'); setTimeout(() => note('timeout from immediate'), 0); });
  queueMicrotask(() => note('queueMicrotask'));
  process.nextTick(() => note('nextTick'));
});
setTimeout(() => note('timeout outside'), 0);
als.run('W', async () => { await new Promise((r) => setTimeout(r, 2)); note('after awaited timer'); });
await new Promise((r) => setTimeout(r, 8));
console.log(log.join(' | '));
