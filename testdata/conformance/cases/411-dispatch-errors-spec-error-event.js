// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
const boom = new RangeError('bad');
globalThis.addEventListener('error', (ev) => {
  console.log(ev.constructor.name, ev.type, ev.message, ev.error === boom, ev.cancelable, ev.isTrusted);
  console.log(typeof ev.filename, typeof ev.lineno, typeof ev.colno);
  ev.preventDefault();
  console.log('defaultPrevented', ev.defaultPrevented);
});
port2.onmessage = () => { throw boom; };
port1.postMessage('m');
