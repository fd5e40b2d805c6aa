// The shape of 29 Worker API objects and their prototypes: every own
// string-named key (and the well-known symbols) with its attributes (w, e,
// c, G for a getter, S for a setter). workerd's internal symbols
// (cloudflare:internal-class, kResourceTypeInspect, the streams' state
// accessors) and a DOMException's own stack (an accessor in V8) are left out:
// docs/differences.md lists them.
{
const desc = (o) => {
  if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return String(o);
  const shown = (k) => typeof k === 'string' ? k !== 'stack' : [Symbol.iterator, Symbol.asyncIterator, Symbol.toStringTag].includes(k);
  const own = Reflect.ownKeys(o).filter(shown).sort((a, b) => String(a) < String(b) ? -1 : 1).map((k) => { const d = Object.getOwnPropertyDescriptor(o, k); return String(k) + ':' + (d.writable ? 'w' : '') + (d.enumerable ? 'e' : '') + (d.configurable ? 'c' : '') + (d.get ? 'G' : '') + (d.set ? 'S' : ''); });
  return own.join(' ');
};
const { port1 } = new MessageChannel();
const objs = {
  request: new Request('http://x/a?b=1', { method: 'POST', body: 'x', headers: { a: '1' } }),
  response: new Response('x', { status: 201, headers: { a: '1' } }),
  headers: new Headers({ a: '1' }),
  url: new URL('http://u:p@x:81/a?b=1#c'),
  params: new URLSearchParams('a=1'),
  blob: new Blob(['x']),
  file: new File(['x'], 'f.txt'),
  event: new Event('x'),
  custom: new CustomEvent('x', { detail: 1 }),
  message: new MessageEvent('message', { data: 1 }),
  port: port1,
  controller: new AbortController(),
  signal: new AbortController().signal,
  readable: new ReadableStream(),
  writable: new WritableStream(),
  transform: new TransformStream(),
  encoder: new TextEncoder(),
  decoder: new TextDecoder(),
  formdata: new FormData(),
  domexception: new DOMException('m', 'AbortError'),
  cryptoKeyPromise: crypto.subtle,
  crypto: crypto,
  performance: performance,
  navigator: navigator,
  urlpattern: new URLPattern({ pathname: '/a' }),
  compression: new CompressionStream('gzip'),
  textencoderstream: new TextEncoderStream(),
  bytelength: new ByteLengthQueuingStrategy({ highWaterMark: 1 }),
  eventtarget: new EventTarget(),
};
for (const [name, o] of Object.entries(objs)) {
  console.log(name, 'own:', desc(o));
  const proto = Object.getPrototypeOf(o);
  console.log(name, 'proto', proto && proto.constructor && proto.constructor.name, ':', desc(proto));
}
}
