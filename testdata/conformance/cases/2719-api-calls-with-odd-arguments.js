// config: date=2026-11-23
// Every method of 21 Worker API objects, 26 constructors and 15 functions, called without
// arguments, with a Symbol, a number or an object, and with 'x' and each of those: workerd's
// WebIDL messages for a missing argument, its conversions in its order (a Symbol is refused before
// a missing second argument is; new Request('x', 1) refuses the init before parsing the URL).
const { port1 } = new MessageChannel();
const insts = {
  Headers: new Headers(), URL: new URL('http://x/'), URLSearchParams: new URLSearchParams(), Blob: new Blob([]), FormData: new FormData(),
  EventTarget: new EventTarget(), AbortController: new AbortController(), TextEncoder: new TextEncoder(), TextDecoder: new TextDecoder(),
  Request: new Request('http://x/'), Response: new Response(''), MessagePort: port1, Crypto: crypto, SubtleCrypto: crypto.subtle,
  Performance: performance, URLPattern: new URLPattern({}), Event: new Event('x'), CustomEvent: new CustomEvent('x'),
  ReadableStream: new ReadableStream(), WritableStream: new WritableStream(), TransformStream: new TransformStream(),
};
const skip = new Set(['constructor', 'close', 'start', 'abort', 'clone', 'getReader', 'getWriter', 'cancel', 'tee', 'arrayBuffer', 'text', 'json', 'blob', 'formData', 'bytes', 'stream', 'preventDefault', 'stopPropagation', 'stopImmediatePropagation', 'composedPath', 'throwIfAborted', 'now', 'toJSON', 'toString', 'getRandomValues', 'randomUUID', 'entries', 'keys', 'values', 'sort', 'getSetCookie', 'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'eventLoopUtilization', 'timerify', 'markResourceTiming', 'setResourceTimingBufferSize', 'slice', 'encode', 'decode']);
const out = [];
const settle = [];
const variants = [['()', []], ['(sym)', [Symbol('s')]], ['(-1.5)', [-1.5]], ['(obj)', [{ toString() { return 'tostr'; } }]], ["('x', sym)", ['x', Symbol('s')]], ["('x', -1.5)", ['x', -1.5]], ["('x', 'tostr')", ['x', 'tostr']]];
for (const [label, ARGS] of variants) {
out.push('--- ' + label);
for (const [name, o] of Object.entries(insts)) {
  const proto = Object.getPrototypeOf(o);
  for (const k of Object.getOwnPropertyNames(proto).sort()) {
    if (skip.has(k)) continue;
    const d = Object.getOwnPropertyDescriptor(proto, k);
    if (typeof d.value !== 'function') continue;
    try {
      const r = d.value.apply(o, ARGS);
      if (r && typeof r.then === 'function') settle.push(r.then(() => `${name}.${k}${label} resolves`, (e) => `${name}.${k}${label} rejects ${e && e.constructor.name}: ${e && e.message}`));
      else out.push(`${name}.${k}${label} ok`);
    } catch (e) { out.push(`${name}.${k}${label} ${e.constructor.name}: ${e.message}`); }
  }
}
for (const [name, C] of Object.entries({ Headers, URL, Blob, Request, Response, Event, CustomEvent, MessageEvent, URLPattern, TextDecoder, File, CloseEvent, ErrorEvent, ByteLengthQueuingStrategy, CountQueuingStrategy, PerformanceMark, WebSocket, EventSource, DOMException, AbortController, FormData, ReadableStream, TransformStream, FixedLengthStream, IdentityTransformStream, HTMLRewriter })) {
  try { new C(...ARGS); out.push(`new ${name}${label} ok`); } catch (e) { out.push(`new ${name}${label} ${e.constructor.name}: ${e.message}`); }
}
for (const [name, f] of Object.entries({ atob, btoa, fetch, structuredClone, queueMicrotask, setTimeout, clearTimeout, 'Response.json': Response.json.bind(Response), 'Response.redirect': Response.redirect.bind(Response), 'URL.canParse': URL.canParse.bind(URL), 'URL.parse': URL.parse.bind(URL), 'AbortSignal.any': AbortSignal.any.bind(AbortSignal), 'AbortSignal.timeout': AbortSignal.timeout.bind(AbortSignal), 'AbortSignal.abort': AbortSignal.abort.bind(AbortSignal), 'scheduler.wait': scheduler.wait.bind(scheduler) })) {
  try { const r = f(...ARGS); if (r && typeof r.then === 'function') settle.push(r.then(() => `${name}${label} resolves`, (e) => `${name}${label} rejects ${e && e.constructor.name}: ${e && e.message}`)); else out.push(`${name}${label} ok`); } catch (e) { out.push(`${name}${label} ${e.constructor.name}: ${e.message}`); }
}
}
console.log(out.join('\n'));
console.log((await Promise.all(settle)).join('\n'));
