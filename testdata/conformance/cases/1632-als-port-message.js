// config: date=2026-11-17
// A message event runs in the store of its postMessage, not of addEventListener.
const { AsyncLocalStorage } = process.getBuiltinModule('node:async_hooks');
const als = new AsyncLocalStorage();
const ch = new MessageChannel();
const log = [];
als.run('listener', () => {
  ch.port2.onmessage = (e) => { log.push(e.data + '=' + als.getStore()); };
});
als.run('A', () => ch.port1.postMessage('m1'));
ch.port1.postMessage('m2');
await als.run('B', async () => {
  await null;
  ch.port1.postMessage('m3');
});
const et = new EventTarget();
als.run('L', () => et.addEventListener('x', () => log.push('dispatch=' + als.getStore())));
als.run('D', () => et.dispatchEvent(new Event('x')));
await new Promise((r) => setTimeout(r, 2));
console.log(log.join(' | '));
