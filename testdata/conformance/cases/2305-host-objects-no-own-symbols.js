// Host objects carry no own symbol or string keys: their state is internal.
const objs = {
  ReadableStream: new ReadableStream(),
  WritableStream: new WritableStream(),
  TransformStream: new TransformStream(),
  TextEncoderStream: new TextEncoderStream(),
  TextDecoderStream: new TextDecoderStream(),
  CompressionStream: new CompressionStream('gzip'),
  DigestStream: new crypto.DigestStream('SHA-256'),
  reader: new ReadableStream().getReader(),
  writer: new WritableStream().getWriter(),
  Response: new Response('x'),
  Request: new Request('https://example.com/'),
  Headers: new Headers(),
  URL: new URL('https://example.com/?a=1'),
  URLSearchParams: new URLSearchParams('a=1'),
  Blob: new Blob(['x']),
  AbortController: new AbortController(),
  MessageChannel: new MessageChannel(),
  EventTarget: new EventTarget(),
};
for (const [name, o] of Object.entries(objs)) {
  console.log(name, Reflect.ownKeys(o).map(String).join(',') || '(none)');
}
