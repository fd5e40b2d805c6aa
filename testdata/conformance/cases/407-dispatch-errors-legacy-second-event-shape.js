const { port1, port2 } = new MessageChannel();
const boom = new Error('boom');
let n = 0;
port2.addEventListener('message', (e) => {
  n++;
  if (n === 1) throw boom;
  console.log(e.constructor.name, e.type, e.data === boom, e.isTrusted, e.source === port2, e.origin, JSON.stringify(e.lastEventId), e.ports.length, e.cancelable);
});
port1.postMessage('m');
