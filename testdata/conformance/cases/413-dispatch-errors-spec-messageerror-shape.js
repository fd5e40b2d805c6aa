// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => ev.preventDefault());
const boom = { custom: 'thrown object' };
port2.addEventListener('message', () => { throw boom; });
port2.addEventListener('messageerror', (e) => {
  console.log(e.constructor.name, e.type, e.data === boom, e.isTrusted, e.source === port2, e.origin, JSON.stringify(e.lastEventId), Array.isArray(e.ports), e.ports.length);
});
port1.postMessage('m');
