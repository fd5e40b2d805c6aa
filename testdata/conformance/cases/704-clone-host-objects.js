const mc = new MessageChannel();
const values = [['MessagePort', mc.port1], ['MessageChannel', mc], ['EventTarget', new EventTarget()], ['Event', new Event('x')], ['AbortController', new AbortController()], ['AbortSignal', new AbortController().signal], ['URL', new URL('https://example.com')]];
for (const [label, v] of values) {
  try { structuredClone(v); console.log(label, 'no throw'); } catch (e) { console.log(label, e.name, e.message); }
  try { mc.port2.postMessage({ nested: v }); console.log(label, 'post: no throw'); } catch (e) { console.log(label, 'post', e.name, e.message); }
}
