// nodejs-async-context.mjs: AsyncLocalStorage keeps its store across await,
// timers and port messages, as in workerd.
//
//   mcrepl run scripts/nodejs-async-context.mjs
//
// A message listener runs in the store of the postMessage that sent the
// message, not of the code that added the listener. The "request" runs in
// test(), a handler: workerd refuses timers at a module's top level.
import { AsyncLocalStorage } from 'node:async_hooks';

const requestId = new AsyncLocalStorage();
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log(e.data, 'in request', requestId.getStore());

export default {
  async test(controller, env, ctx) {
    await requestId.run('r1', async () => {
      await null;
      console.log('after await in request', requestId.getStore());
      // waitUntil: the test lasts until the timer has fired.
      ctx.waitUntil(new Promise((done) => setTimeout(() => {
        console.log('timer in request', requestId.getStore());
        done();
      }, 0)));
      port1.postMessage('message');
    });
    console.log('outside any request:', requestId.getStore());
  },
};
