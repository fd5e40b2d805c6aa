// workerd's interface constants are enumerable and configurable, on the
// constructor and on the prototype (WebIDL's are not configurable): Event's
// phases, WebSocket's and EventSource's ready states, DOMException's codes.
// A script can redefine or delete them.
{
const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return x ? k + ':' + (x.writable ? 'w' : '') + (x.enumerable ? 'e' : '') + (x.configurable ? 'c' : '') : k + ':none'; };
for (const [name, keys] of [
  ['Event', ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE']],
  ['WebSocket', ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED', 'READY_STATE_OPEN']],
  ['EventSource', ['CONNECTING', 'OPEN', 'CLOSED']],
  ['DOMException', ['INDEX_SIZE_ERR', 'DATA_CLONE_ERR']],
  ['CustomEvent', ['NONE']],
  ['MessageEvent', ['AT_TARGET']],
]) {
  const C = globalThis[name];
  console.log(name, keys.map((k) => d(C, k) + '/' + d(C.prototype, k)).join(' '));
}
const e = new Event('x');
console.log(Object.hasOwn(e, 'AT_TARGET'), e.AT_TARGET, new CustomEvent('y').BUBBLING_PHASE);
Object.defineProperty(Event.prototype, 'AT_TARGET', { value: 9 });
console.log(e.AT_TARGET, delete Event.AT_TARGET, Event.AT_TARGET, delete WebSocket.prototype.OPEN, WebSocket.prototype.OPEN);
}
