const { port1 } = new MessageChannel();
function namedFn() {}
const values = [namedFn, () => 1, class K {}, { f: function inner() { return 1; } }, Math.max, namedFn.bind(null)];
for (const v of values) {
  try { structuredClone(v); console.log('no throw'); } catch (e) { console.log('structuredClone', e.constructor.name, e.name, e.code, e.message); }
  try { port1.postMessage(v); console.log('no throw'); } catch (e) { console.log('postMessage', e.constructor.name, e.name, e.code, e.message); }
}
