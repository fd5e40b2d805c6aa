// The source text of the constructors: workerd 2026-12-01 gives its JavaScript class source (not kept here: only its shape is printed); so is its method's.
for (const C of [MessageChannel, MessagePort]) {
  const s = Function.prototype.toString.call(C);
  console.log(C.name, s.startsWith('class ' + C.name + ' '), s.includes('[native code]'), /^class MessagePort extends /.test(s), s.endsWith('}'));
}
const m = String(MessagePort.prototype.postMessage);
console.log(m.startsWith('postMessage('), m.startsWith('function postMessage('), m.includes('[native code]'));
