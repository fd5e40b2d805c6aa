const E = (e) => e.constructor.name + ': ' + e.message;
const names = ['postMessage', 'start', 'close'];
const receivers = [
  ['{}', {}],
  ['EventTarget', new EventTarget()],
  ['undefined', undefined],
  ['Object.create', Object.create(MessagePort.prototype)],
];
for (const n of names) {
  for (const [label, r] of receivers) {
    try { MessagePort.prototype[n].call(r, 'x'); console.log(n, label, 'no throw'); } catch (e) { console.log(n, label, E(e)); }
  }
}
const { port1 } = new MessageChannel();
const detached = port1.postMessage;
try { detached('x'); console.log('detached no throw'); } catch (e) { console.log('detached', E(e)); }
