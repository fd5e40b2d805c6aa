// config: date=2026-11-23
// Every setter of 11 Worker API objects' prototype chains given a Symbol, a number, an object, null
// and a function: workerd's conversions and refusals.
const { port1 } = new MessageChannel();
const insts = { URL: new URL('http://x/a'), AbortSignal: new AbortController().signal, MessagePort: port1, Event: new Event('x'), Response: new Response(''), Request: new Request('http://x/'), Blob: new Blob([]), URLSearchParams: new URLSearchParams(), TextDecoder: new TextDecoder(), Performance: performance, EventTarget: new EventTarget() };
const out = [];
for (const [name, o] of Object.entries(insts)) {
  for (let p = Object.getPrototypeOf(o); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const k of Object.getOwnPropertyNames(p).sort()) {
      const d = Object.getOwnPropertyDescriptor(p, k);
      if (!d.set) continue;
      for (const [label, v] of [['sym', Symbol('s')], ['num', 5], ['obj', {}], ['null', null], ['fn', () => {}]]) {
        try { d.set.call(o, v); let g; try { g = o[k]; } catch (e) { g = 'get throws'; } out.push(`${name}.${k} = ${label} ok -> ${typeof g === 'symbol' ? 'symbol' : typeof g === 'function' ? 'function' : String(g)}`); } catch (e) { out.push(`${name}.${k} = ${label} ${e.constructor.name}: ${String(e.message).slice(0, 80)}`); }
      }
    }
  }
}
port1.close();
console.log(out.join('\n'));
