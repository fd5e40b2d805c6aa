// nodejs-async-context.mjs: AsyncLocalStorage keeps its store across await,
// timers and port messages, as in workerd.
//
//   mcrepl run scripts/nodejs-async-context.mjs
//
// A message listener runs in the store of the postMessage that sent the
// message, not of the code that added the listener.
import { AsyncLocalStorage } from 'node:async_hooks';

const requestId = new AsyncLocalStorage();
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log(e.data, 'in request', requestId.getStore());

await requestId.run('r1', async () => {
  await null;
  console.log('after await in request', requestId.getStore());
  setTimeout(() => console.log('timer in request', requestId.getStore()), 0);
  port1.postMessage('message');
});
console.log('outside any request:', requestId.getStore());
