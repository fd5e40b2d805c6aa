// config: date=2026-10-01
// With enhanced_error_serialization, an error's own properties are read back before the error
// exists, so a value that refers back to an error being cloned cannot be deserialized; workerd
// deserializes at once, so structuredClone and postMessage throw. A reference to an ordinary
// object being cloned is fine; a message that is another object is refused as not a string.
const t = (label, mk) => {
  try {
    const r = structuredClone(mk());
    console.log(label, 'ok', r instanceof Error, typeof r.name, String(r.name), Object.keys(r).join());
  } catch (x) {
    console.log(label, x.constructor.name + ': ' + x.message);
  }
};
t('name-self', () => { const f = new Error('x'); f.name = f; return f; });
t('message-self', () => { const f = new Error('x'); f.message = f; return f; });
t('message-object', () => { const f = new Error('x'); f.message = {}; return f; });
t('cause-self', () => { const f = new Error('x'); f.cause = f; return f; });
t('cause-nested', () => { const f = new Error('x'); f.cause = { e: f }; return f; });
t('array-of-self', () => { const f = new Error('x'); f.extra = [f]; return f; });
t('two-errors', () => { const f = new Error('x'); const g = new Error('y'); f.g = g; g.f = f; return f; });
t('outer-object', () => { const f = new Error('x'); const o = { f }; f.o = o; return o; });
t('same-error-twice', () => { const f = new Error('x'); return [f, f]; });
t('name-object', () => { const f = new Error('x'); f.name = { a: 1 }; return f; });
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('message', typeof e.data);
const f = new Error('x');
f.cause = f;
try { port1.postMessage(f); console.log('posted'); } catch (x) { console.log('post threw', x.constructor.name + ': ' + x.message); }
port1.postMessage(1);
await scheduler.wait(20);
