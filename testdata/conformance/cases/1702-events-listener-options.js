// addEventListener's options as workerd reads them (capture, passive, once, signal), a null
// callback ignored before capture is refused, passive listeners' preventDefault() ignored,
// and cancelBubble as workerd has it (false clears it; stopImmediatePropagation leaves it).
const t = new EventTarget();
const order = [];
const opts = {};
for (const k of ['capture', 'once', 'passive', 'signal']) Object.defineProperty(opts, k, { get() { order.push(k); return undefined; } });
t.addEventListener('y', () => {}, opts);
console.log('read', order.join());
for (const [cb, o] of [[null, true], [null, { capture: true }], [undefined, true], [5, true], [{}, false], [() => {}, true], [() => {}, { capture: true }]]) {
  try { t.addEventListener('x', cb, o); console.log('add ok'); } catch (e) { console.log('add', e.constructor.name, e.message); }
}
try { t.removeEventListener('x', null, true); } catch (e) { console.log('remove', e.message); }
const p = new EventTarget();
p.addEventListener('x', (ev) => { ev.preventDefault(); console.log('passive', ev.defaultPrevented, ev.returnValue); }, { passive: true });
p.addEventListener('x', (ev) => { console.log('next', ev.defaultPrevented); ev.preventDefault(); console.log('after', ev.defaultPrevented); });
const pe = new Event('x', { cancelable: true });
console.log('dispatch', p.dispatchEvent(pe), pe.defaultPrevented);
let e = new Event('x'); e.stopImmediatePropagation(); console.log('stopImmediatePropagation', e.cancelBubble);
e = new Event('x'); e.stopPropagation(); console.log('stopPropagation', e.cancelBubble); e.cancelBubble = false; console.log('cancelBubble = false', e.cancelBubble);
e = new Event('x'); e.cancelBubble = 1; console.log('cancelBubble = 1', e.cancelBubble); e.cancelBubble = 0; console.log('cancelBubble = 0', e.cancelBubble);
const s = new EventTarget(); let n = 0;
s.addEventListener('x', (ev) => { n++; ev.stopImmediatePropagation(); console.log('in listener', ev.cancelBubble); });
s.addEventListener('x', () => { n++; });
const se = new Event('x'); s.dispatchEvent(se); console.log('calls', n, 'cancelBubble after', se.cancelBubble);
