const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableStreamDefaultController', 'ReadableByteStreamController',
  'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'CompressionStream', 'DecompressionStream', 'IdentityTransformStream',
  'FixedLengthStream'];
for (const n of names) {
  const C = globalThis[n];
  console.log(n, typeof C, C.length, Object.hasOwn(globalThis, n), n in globalThis,
    Object.getOwnPropertyNames(C.prototype).sort().join(','));
}
console.log(Object.getOwnPropertyNames(ReadableStream).sort().join(','));
const rs = new ReadableStream();
console.log(Object.prototype.toString.call(rs), Object.keys(rs).length, rs.locked);
const d = Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
const m = Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'getReader');
console.log(m.writable, m.enumerable, m.configurable);
console.log(typeof ReadableStream.prototype[Symbol.asyncIterator]);
