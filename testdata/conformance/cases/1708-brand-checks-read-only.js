// Brand checks and read-only assignments of the event, abort and port classes: which throw,
// and with which TypeError message (the read-only ones compare only their start: goja's
// message lacks V8's "of object '#<X>'").
const tries = {
  'Event.type getter on {}': () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}),
  'Event.preventDefault on {}': () => Event.prototype.preventDefault.call({}),
  'CustomEvent.detail on an Event': () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')),
  'ErrorEvent.message on an Event': () => Object.getOwnPropertyDescriptor(ErrorEvent.prototype, 'message').get.call(new Event('x')),
  'EventTarget.addEventListener on {}': () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}),
  'EventTarget.dispatchEvent with {}': () => new EventTarget().dispatchEvent({}),
  'AbortSignal.aborted on {}': () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}),
  'AbortSignal.onabort setter on {}': () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').set.call({}, null),
  'AbortController.abort on {}': () => AbortController.prototype.abort.call({}),
  'MessagePort.postMessage on {}': () => MessagePort.prototype.postMessage.call({}, 1),
  'MessagePort.onmessage on an EventTarget': () => Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage').get.call(new EventTarget()),
  'new Event(x, 1)': () => new Event('x', 1),
  'new MessageChannel() called': () => MessageChannel(),
};
for (const [name, f] of Object.entries(tries)) {
  try { f(); console.log(name, 'ok'); } catch (e) { console.log(name, e.constructor.name, e.message.split(':')[0]); }
}
const ro = {
  'event.type': () => { 'use strict'; const e = new Event('x'); e.type = 'y'; },
  'signal.aborted': () => { 'use strict'; new AbortController().signal.aborted = true; },
  'domexception.code': () => { 'use strict'; new DOMException('m').code = 1; },
  'messageEvent.data': () => { 'use strict'; new MessageEvent('m', { data: 1 }).data = 2; },
  'DOMException.INDEX_SIZE_ERR': () => { 'use strict'; DOMException.INDEX_SIZE_ERR = 2; },
};
for (const [name, f] of Object.entries(ro)) {
  try { f(); console.log(name, 'assigned'); } catch (e) { console.log(name, e.constructor.name, e.message.slice(0, 'Cannot assign to read only property'.length + 1).trim() || e.message); }
}
